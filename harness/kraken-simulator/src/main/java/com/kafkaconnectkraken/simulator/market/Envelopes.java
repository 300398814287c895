package com.kafkaconnectkraken.simulator.market;

import com.fasterxml.jackson.core.JsonGenerator;
import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import java.io.IOException;
import java.math.BigInteger;

/**
 * Connection-level frames and request responses docs/protocol/kraken-spot.md §1.3, 1.4; pages
 * https://docs.kraken.com/api/docs/websocket-v2/status, .../heartbeat, .../ping).
 */
final class Envelopes {

    /** {@code {"channel":"heartbeat"}}. */
    static final String HEARTBEAT = "{\"channel\":\"" + SpotChannel.HEARTBEAT.wireName() + "\"}";

    private Envelopes() {
    }

    /** @return the status frame sent on connect; {@code connectionId} is written as unsigned 64-bit */
    static String status(long connectionId) {
        BigInteger id = new BigInteger(Long.toUnsignedString(connectionId));
        return FrameWriter.write(g -> {
            g.writeStartObject();
            g.writeStringField("channel", SpotChannel.STATUS.wireName());
            g.writeStringField("type", "update");
            g.writeArrayFieldStart("data");
            g.writeStartObject();
            g.writeStringField("api_version", "v2");
            g.writeFieldName("connection_id");
            g.writeNumber(id);
            g.writeStringField("system", "online");
            g.writeStringField("version", "2.0.0");
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** @return {@code {"method":"pong","req_id":..,"time_in":..,"time_out":..}} ({@code req_id} only if sent) */
    static String pong(Long reqId, String timeIn) {
        return FrameWriter.write(g -> {
            g.writeStartObject();
            g.writeStringField("method", "pong");
            writeReqId(g, reqId);
            g.writeStringField("time_in", timeIn);
            g.writeStringField("time_out", WireTime.nowMicros());
            g.writeEndObject();
        });
    }

    /** @return a success response whose {@code result} object is written by {@code result} */
    static String success(String method, Long reqId, String timeIn, FrameWriter.Body result) {
        return FrameWriter.write(g -> {
            g.writeStartObject();
            g.writeStringField("method", method);
            writeReqId(g, reqId);
            g.writeFieldName("result");
            g.writeStartObject();
            result.write(g);
            g.writeEndObject();
            g.writeBooleanField("success", true);
            g.writeStringField("time_in", timeIn);
            g.writeStringField("time_out", WireTime.nowMicros());
            g.writeEndObject();
        });
    }

    /**
     * @param method method to report (Kraken reports {@code subscribe} even for a failed unsubscribe)
     * @param symbol the symbol the error is about, or {@code null}
     * @return a failure response {@code {"error":..,"method":..,"req_id":..,"success":false,"symbol":..,...}}
     */
    static String error(String method, Long reqId, String symbol, String error, String timeIn) {
        return FrameWriter.write(g -> {
            g.writeStartObject();
            g.writeStringField("error", error);
            g.writeStringField("method", method);
            writeReqId(g, reqId);
            g.writeBooleanField("success", false);
            if (symbol != null) {
                g.writeStringField("symbol", symbol);
            }
            g.writeStringField("time_in", timeIn);
            g.writeStringField("time_out", WireTime.nowMicros());
            g.writeEndObject();
        });
    }

    private static void writeReqId(JsonGenerator g, Long reqId) throws IOException {
        if (reqId != null) {
            g.writeNumberField("req_id", reqId);
        }
    }
}
