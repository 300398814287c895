package com.kafkaconnectkraken.sink.reply;

import com.kafkaconnectkraken.schema.KrakenSchemas;
import java.util.Date;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;

/**
 * Converts {@link OrderAck} to and from its Connect form, whose schema is built once from
 * {@code order_ack.avsc} (the contract) by the schemas module.
 */
public final class AckStructs {

    /** The Connect schema of {@code order_ack.avsc}. */
    public static final Schema SCHEMA = KrakenSchemas.connect("order_ack");

    private AckStructs() {
    }

    /** @return the acknowledgement as a Struct of {@link #SCHEMA} */
    public static Struct toStruct(OrderAck ack) {
        return new Struct(SCHEMA)
            .put("status", ack.status().name())
            .put("final_ack", ack.finalAck())
            .put("method", ack.method())
            .put("command_key", ack.commandKey())
            .put("topic", ack.source().topic())
            .put("partition", ack.source().partition())
            .put("offset", ack.source().offset())
            .put("req_id", ack.reqId())
            .put("cl_ord_id", ack.clOrdId())
            .put("order_id", ack.orderId())
            .put("result", ack.result())
            .put("error", ack.error())
            .put("warnings", ack.warnings())
            .put("time_in", ack.timeIn())
            .put("time_out", ack.timeOut())
            .put("round_trip_ms", ack.roundTripMs())
            .put("resolved_by", ack.resolvedBy())
            .put("ack_time", Date.from(ack.ackTime()));
    }
}
