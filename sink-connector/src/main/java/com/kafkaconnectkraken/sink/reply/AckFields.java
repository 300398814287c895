package com.kafkaconnectkraken.sink.reply;

import com.kafkaconnectkraken.sink.reply.OrderAck.SourceRef;
import com.kafkaconnectkraken.sink.reply.ReplyHistory.Known;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.connect.data.Struct;

/** Reads the correlation fields of an acknowledgement decoded by the reply converter (Struct or Map). */
final class AckFields {

    private AckFields() {
    }

    static Optional<Map.Entry<SourceRef, Known>> decode(Object value) {
        try {
            SourceRef ref = new SourceRef((String) field(value, "topic"), ((Number) field(value, "partition")).intValue(),
                ((Number) field(value, "offset")).longValue());
            Known known = new Known(AckStatus.valueOf((String) field(value, "status")),
                Boolean.TRUE.equals(field(value, "final_ack")), (String) field(value, "cl_ord_id"),
                (String) field(value, "order_id"));
            return Optional.of(Map.entry(ref, known));
        } catch (RuntimeException notAnAck) {
            return Optional.empty();
        }
    }

    private static Object field(Object value, String name) {
        if (value instanceof Struct s) {
            return s.get(name);
        }
        if (value instanceof Map<?, ?> m) {
            return m.get(name);
        }
        throw new IllegalArgumentException("not an acknowledgement");
    }
}
