package com.kafkaconnectkraken.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.book.BookChecksumException;
import com.kafkaconnectkraken.client.book.BookJson;
import com.kafkaconnectkraken.client.book.L2Book;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.simulator.market.MarketFaults;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each runtime fault does what it says, observed by a real WebSocket client. */
class FaultInjectionIT {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private KrakenSimulator sim;

    @BeforeEach
    void start() {
        sim = KrakenSimulator.builder().symbols("BTC/USD").seed(3).rate(500).idleTimeout(Duration.ofSeconds(2))
                .build().start();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private WsProbe subscribedToBook() throws InterruptedException {
        WsProbe ws = new WsProbe(sim.publicWs());
        ws.next(WAIT);
        ws.send("{\"method\":\"subscribe\",\"params\":{\"channel\":\"book\",\"symbol\":[\"BTC/USD\"]}}");
        ws.next(WAIT);
        return ws;
    }

    @Test
    void dropAllConnectionsEndsTheStreamWithoutACloseFrame() throws Exception {
        try (WsProbe ws = subscribedToBook()) {
            assertEquals(1, sim.faults().dropAllConnections());
            Throwable failure = ws.failed.get(5, TimeUnit.SECONDS);
            assertTrue(failure instanceof java.io.IOException, "abrupt end: " + failure);
            assertFalse(ws.closedByServer.isDone(), "no close frame was sent");
        }
    }

    @Test
    void stallSendsNothingNotEvenHeartbeatsButKeepsTheConnection() throws Exception {
        try (WsProbe ws = subscribedToBook()) {
            sim.faults().stall(true);
            ws.drainUntilQuiet(Duration.ofMillis(300), WAIT);   // frames sent before the stall took effect
            for (int i = 0; i < 3; i++) {
                ws.send("{\"method\":\"ping\",\"req_id\":" + i + "}");   // client traffic: not idle
                assertNull(ws.frames.poll(900, TimeUnit.MILLISECONDS), "nothing (not even a pong) during the stall");
            }
            assertFalse(ws.failed.isDone() || ws.closedByServer.isDone(), "connection still open");
            sim.faults().stall(false);
            assertEquals("book", ws.nextMatching(f -> f.has("channel") && !"heartbeat".equals(f.path("channel").asText()), WAIT)
                    .path("channel").asText());
        }
    }

    @Test
    void corruptNextChecksumBreaksExactlyOneFrame() throws Exception {
        try (WsProbe ws = new WsProbe(sim.publicWs())) {
            ws.next(WAIT);
            ws.send("{\"method\":\"subscribe\",\"params\":{\"channel\":\"book\",\"symbol\":[\"BTC/USD\"]}}");
            ws.next(WAIT);
            L2Book book = new L2Book("BTC/USD", 10, 1, 8);
            JsonNode snap = ws.next(WAIT).path("data").path(0);
            book.applySnapshot(BookJson.levels(snap.get("bids")), BookJson.levels(snap.get("asks")));
            book.verify(snap.path("checksum").asLong());
            sim.faults().corruptNextChecksum("BTC/USD");
            int failures = 0;
            for (int i = 0; i < 200; i++) {
                JsonNode data = ws.nextMatching(f -> "book".equals(f.path("channel").asText()), WAIT).path("data").path(0);
                book.applyUpdate(BookJson.levels(data.get("bids")), BookJson.levels(data.get("asks")));
                try {
                    book.verify(data.path("checksum").asLong());
                } catch (BookChecksumException e) {
                    failures++;
                }
            }
            assertEquals(1, failures, "exactly the one corrupted frame fails; the book itself stays right");
        }
    }

    @Test
    void malformedFrameIsNotJson() throws Exception {
        try (WsProbe ws = subscribedToBook()) {
            assertEquals(1, sim.faults().sendMalformedFrame());
            String raw;
            do {
                raw = ws.nextRaw(WAIT);
            } while (!raw.equals(MarketFaults.MALFORMED_FRAME));
            String malformed = raw;
            assertThrows(JsonProcessingException.class, () -> KrakenJson.mapper().readTree(malformed));
        }
    }

    @Test
    void delayedSubscribeAckArrivesOnlyAfterTheDelay() throws Exception {
        try (WsProbe ws = new WsProbe(sim.publicWs())) {
            ws.next(WAIT);
            sim.faults().delaySubscribeAcks(Duration.ofMillis(1500));
            ws.send("{\"method\":\"subscribe\",\"params\":{\"channel\":\"ticker\",\"symbol\":[\"BTC/USD\"]},\"req_id\":4}");
            assertNull(ws.frames.poll(700, TimeUnit.MILLISECONDS), "no ack while delayed");
            JsonNode ack = ws.next(WAIT);
            assertEquals(4, ack.path("req_id").asInt());
            assertTrue(ack.path("success").asBoolean());
            assertEquals("snapshot", ws.next(WAIT).path("type").asText());
        }
    }

    @Test
    void idleConnectionIsClosedByTheServer() throws Exception {
        try (WsProbe ws = new WsProbe(sim.publicWs())) {
            ws.next(WAIT);
            assertEquals(1000, ws.closedByServer.get(6, TimeUnit.SECONDS));
        }
    }

    @Test
    void level3RejectsMissingAndInvalidTokens() throws Exception {
        try (WsProbe ws = new WsProbe(sim.level3Ws())) {
            assertEquals("status", ws.next(WAIT).path("channel").asText());
            ws.send("{\"method\":\"subscribe\",\"params\":{\"channel\":\"level3\",\"symbol\":[\"BTC/USD\"]},\"req_id\":1}");
            JsonNode missing = ws.next(WAIT);
            assertFalse(missing.path("success").asBoolean());
            assertEquals("EGeneral:Invalid arguments:token", missing.path("error").asText());
            ws.send("{\"method\":\"subscribe\",\"params\":{\"channel\":\"level3\",\"symbol\":[\"BTC/USD\"],"
                    + "\"token\":\"G38a1tGFzqGiUCmnegBcm8d4nfP3tytiNQz6tkCBYXY\"},\"req_id\":2}");
            JsonNode invalid = ws.next(WAIT);
            assertFalse(invalid.path("success").asBoolean());
            assertEquals("ESession:Invalid session", invalid.path("error").asText());
            assertEquals(2, invalid.path("req_id").asInt());
        }
    }
}
