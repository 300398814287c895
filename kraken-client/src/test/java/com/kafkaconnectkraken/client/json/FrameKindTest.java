package com.kafkaconnectkraken.client.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.Vectors;
import org.junit.jupiter.api.Test;

class FrameKindTest {

    @Test
    void classifiesConnectionFrames() {
        JsonNode conn = Vectors.json("ws-v2/connection.json");
        assertEquals(FrameKind.HEARTBEAT, FrameKind.of(conn.get("heartbeat")));
        assertEquals(FrameKind.STATUS, FrameKind.of(conn.get("status_on_connect")));
        assertEquals(FrameKind.PONG, FrameKind.of(conn.get("pong_response")));
        assertEquals(FrameKind.METHOD_RESPONSE, FrameKind.of(conn.get("unsubscribe_not_subscribed_error_observed")));
        assertEquals(FrameKind.METHOD_RESPONSE, FrameKind.of(conn.get("subscribe_ack_ticker_observed")));
    }

    @Test
    void classifiesDataFramesAndTradingResponses() {
        JsonNode book = Vectors.json("checksum/book_checksum_docs_maticusd.json");
        assertEquals(FrameKind.DATA, FrameKind.of(book.get("snapshot")));
        assertEquals(FrameKind.DATA, FrameKind.of(book.get("update")));
        JsonNode cancelAll = Vectors.json("ws-v2-trading/cancel_all.json");
        assertEquals(FrameKind.METHOD_RESPONSE, FrameKind.of(cancelAll.get("response_success")));
    }

    @Test
    void unknownForNonObjectsAndMissingEnvelope() throws Exception {
        assertEquals(FrameKind.UNKNOWN, FrameKind.of(null));
        assertEquals(FrameKind.UNKNOWN, FrameKind.of(KrakenJson.mapper().readTree("[1,2]")));
        assertEquals(FrameKind.UNKNOWN, FrameKind.of(KrakenJson.mapper().readTree("{\"Error\":\"Exceeded msg rate\"}")));
    }
}
