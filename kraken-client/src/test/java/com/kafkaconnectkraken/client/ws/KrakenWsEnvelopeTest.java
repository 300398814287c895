package com.kafkaconnectkraken.client.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Response and data envelopes read from the official sample frames (docs/protocol/kraken-spot.md §1.3/1.4). */
class KrakenWsEnvelopeTest {

    private static final Instant AT = Instant.parse("2024-01-01T00:00:00Z");

    @Test
    void pongWithoutSuccessFieldIsASuccess() {
        KrakenWsResponse pong = Frames.response(Frames.vector("ws-v2/connection.json", "pong_response"));
        assertEquals("pong", pong.method());
        assertEquals(101L, pong.reqId());
        assertTrue(pong.success());
        assertEquals("2023-09-24T14:10:23.799685Z", pong.timeIn());
        assertEquals("2023-09-24T14:10:23.799703Z", pong.timeOut());
    }

    @Test
    void failedResponseCarriesTheErrorString() {
        KrakenWsResponse failure = Frames.response(Frames.vector("ws-v2-trading/add_order.json", "response_failure_sdk"));
        assertFalse(failure.success());
        assertEquals("EOrder:Insufficient funds", failure.error());
        assertEquals(99L, failure.reqId());
        assertNull(failure.result());
    }

    @Test
    void symbolComesFromResultOnSuccessAndTopLevelOnFailure() {
        assertEquals("ALGO/USD", Frames.response(Frames.vector("ws-v2/ticker.json", "subscribe_ack")).symbol());
        assertEquals("BTC/USD", Frames.response(
                Frames.vector("ws-v2/connection.json", "unsubscribe_not_subscribed_error_observed")).symbol());
        assertNull(Frames.response(Frames.vector("ws-v2/executions.json", "subscribe_ack")).symbol());
    }

    @Test
    void bookUpdateKeepsExactDecimals() {
        KrakenWsMessage update = KrakenWsMessage.from(Frames.vector("ws-v2/book.json", "update"), AT, 42L);
        assertEquals("book", update.channel());
        assertEquals("update", update.type());
        assertEquals(new BigDecimal("1098.3947558"), update.data().get(0).get("bids").get(0).get("qty").decimalValue());
        assertEquals(2114181697L, update.data().get(0).get("checksum").longValue());
        assertNull(update.sequence());
        assertEquals(AT, update.receivedAt());
        assertEquals(42L, update.receivedNanos());
    }

    @Test
    void privateChannelCarriesSequence() {
        KrakenWsMessage update = KrakenWsMessage.from(Frames.vector("ws-v2/executions.json", "update_new"), AT, 0L);
        assertEquals(9L, update.sequence());
        assertEquals("OK4GJX-KSTLS-7DZZO5", update.data().get(0).get("order_id").asText());
    }

    @Test
    void statusConnectionIdIsUnsigned64Bit() {
        KrakenWsMessage status = KrakenWsMessage.from(Frames.vector("ws-v2/connection.json", "status_on_connect"), AT, 0L);
        assertEquals("status", status.channel());
        assertEquals(new BigInteger("12393906104898154338"), status.data().get(0).get("connection_id").bigIntegerValue());
    }

    @Test
    void toStringNeverShowsThePayload() {
        KrakenWsResponse ok = Frames.response(Frames.vector("ws-v2-trading/add_order.json", "response_success"));
        assertFalse(ok.toString().contains("AA5JGQ"), ok.toString());
    }
}
