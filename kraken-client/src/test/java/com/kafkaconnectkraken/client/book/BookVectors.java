package com.kafkaconnectkraken.client.book;

import com.fasterxml.jackson.databind.JsonNode;

/** Small readers for the book frames inside the vector files. */
final class BookVectors {

    private BookVectors() {
    }

    static JsonNode data0(JsonNode frame) {
        return frame.get("data").get(0);
    }

    static void apply(L2Book book, JsonNode frame) {
        JsonNode d = data0(frame);
        if ("snapshot".equals(frame.get("type").asText())) {
            book.applySnapshot(BookJson.levels(d.get("bids")), BookJson.levels(d.get("asks")));
        } else {
            book.applyUpdate(BookJson.levels(d.get("bids")), BookJson.levels(d.get("asks")));
        }
    }

    static long checksum(JsonNode frame) {
        return data0(frame).get("checksum").longValue();
    }

    static Integer precision(JsonNode vector, String field) {
        JsonNode p = vector.has("instrument_precision") ? vector.get("instrument_precision")
                : vector.get("instrument_precision_used_by_example");
        return p.get(field).intValue();
    }
}
