package com.kafkaconnectkraken.source.trader;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.trader.protocol.TraderMessageType;
import com.kafkaconnectkraken.client.ws.TraderMessage;
import java.time.Instant;

/** Trader API frames as the socket delivers them (parsed by {@code KrakenJson.mapper()}, numbers exact), for tests. */
final class TraderFrames {

    static final Instant RECEIVED = Instant.parse("2026-06-01T12:00:01Z");

    private TraderFrames() {
    }

    /** @param payload the payload JSON, single quotes for double quotes */
    static TraderMessage message(String type, String payload) {
        String frame = "{\"type\":\"" + type + "\",\"payload\":" + payload.replace('\'', '"') + "}";
        try {
            return new TraderMessage(TraderMessageType.fromWire(type).orElseThrow(), KrakenJson.mapper().readTree(frame),
                    RECEIVED, 0L);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(frame, e);
        }
    }

    static TraderMessage quote(String bid, String ts) {
        return message("quoteEvent", "{'symbol':'EURUSD','bid':" + bid + ",'ask':1.08450,'ts':'" + ts + "'}");
    }

    static TraderMessage execution(String orderId, String status, String filled) {
        return message("executionEvent", "{'accountId':'acc_1','orderId':'" + orderId + "','clientOrderId':'c-1',"
                + "'symbol':'EURUSD','side':'BUY','type':'MARKET','quantity':10000,'filledQuantity':" + filled
                + ",'avgPrice':1.08450,'status':'" + status + "','ts':'2026-06-01T12:00:00.250Z'}");
    }

    static TraderMessage depth(String bids, String asks) {
        return message("depthEvent", "{'symbol':'EURUSD','bids':" + bids + ",'asks':" + asks + ",'ts':'2026-06-01T12:00:00Z'}");
    }
}
