package com.kafkaconnectkraken.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.book.BookJson;
import com.kafkaconnectkraken.client.book.L2Book;
import java.math.BigInteger;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generator behind a real port, spoken to by a real OkHttp WebSocket client. */
class PublicMarketDataIT {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static KrakenSimulator sim;

    @BeforeAll
    static void start() {
        sim = KrakenSimulator.builder().symbols("BTC/USD", "ETH/USD").seed(7).rate(4000).build().start();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void statusOnConnectCarriesUnsigned64BitConnectionId() throws Exception {
        try (WsProbe ws = new WsProbe(sim.publicWs())) {
            JsonNode status = WsProbe.parse(ws.nextRaw(WAIT));
            assertEquals("status", status.path("channel").asText());
            assertEquals("update", status.path("type").asText());
            JsonNode data = status.path("data").path(0);
            assertEquals("online", data.path("system").asText());
            assertEquals("v2", data.path("api_version").asText());
            BigInteger id = data.path("connection_id").bigIntegerValue();
            assertTrue(id.compareTo(BigInteger.valueOf(Long.MAX_VALUE)) > 0, "top bit set: " + id);
        }
    }

    @Test
    void pingIsAnsweredWithPongEchoingReqId() throws Exception {
        try (WsProbe ws = new WsProbe(sim.publicWs())) {
            ws.next(WAIT);
            ws.send("{\"method\":\"ping\",\"req_id\":101}");
            JsonNode pong = ws.next(WAIT);
            assertEquals("pong", pong.path("method").asText());
            assertEquals(101, pong.path("req_id").asInt());
            assertTrue(pong.path("time_in").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z"));
            assertTrue(pong.has("time_out"));
        }
    }

    @Test
    void bookSubscribeGivesOneAckPerSymbolEachFollowedByItsSnapshot() throws Exception {
        try (WsProbe ws = new WsProbe(sim.publicWs())) {
            ws.next(WAIT);
            ws.send("{\"method\":\"subscribe\",\"params\":{\"channel\":\"book\",\"symbol\":[\"BTC/USD\",\"ETH/USD\"],\"depth\":25},\"req_id\":5}");
            for (String symbol : new String[] {"BTC/USD", "ETH/USD"}) {
                JsonNode ack = ws.nextMatching(f -> f.has("method"), WAIT);
                assertEquals("subscribe", ack.path("method").asText());
                assertTrue(ack.path("success").asBoolean());
                assertEquals(5, ack.path("req_id").asInt());
                JsonNode result = ack.path("result");
                assertEquals("book", result.path("channel").asText());
                assertEquals(25, result.path("depth").asInt());
                assertTrue(result.path("snapshot").asBoolean());
                assertEquals(symbol, result.path("symbol").asText());
                JsonNode snapshot = ws.nextMatching(f -> "book".equals(f.path("channel").asText())
                        && f.path("data").path(0).path("symbol").asText().equals(symbol), WAIT);
                assertEquals("snapshot", snapshot.path("type").asText(), "first book frame after the ack");
                assertEquals(25, snapshot.path("data").path(0).path("bids").size());
                assertEquals(25, snapshot.path("data").path(0).path("asks").size());
            }
        }
    }

    @Test
    void everyBookFrameChecksumVerifiesWithTheClientsOwnL2Book() throws Exception {
        for (int depth : new int[] {10, 25, 100, 1000}) {
            try (WsProbe ws = new WsProbe(sim.publicWs())) {
                ws.next(WAIT);
                ws.send("{\"method\":\"subscribe\",\"params\":{\"channel\":\"book\",\"symbol\":[\"BTC/USD\",\"ETH/USD\"],\"depth\":"
                        + depth + "}}");
                Map<String, L2Book> books = new HashMap<>();
                books.put("BTC/USD", new L2Book("BTC/USD", depth, 1, 8));
                books.put("ETH/USD", new L2Book("ETH/USD", depth, 2, 8));
                int verified = 0;
                while (verified < 400) {
                    JsonNode frame = ws.nextMatching(f -> "book".equals(f.path("channel").asText()), WAIT);
                    JsonNode data = frame.path("data").path(0);
                    L2Book book = books.get(data.path("symbol").asText());
                    if ("snapshot".equals(frame.path("type").asText())) {
                        book.applySnapshot(BookJson.levels(data.get("bids")), BookJson.levels(data.get("asks")));
                    } else {
                        book.applyUpdate(BookJson.levels(data.get("bids")), BookJson.levels(data.get("asks")));
                    }
                    book.verify(data.path("checksum").asLong());
                    verified++;
                }
                if (depth <= 100) {
                    assertEquals(depth, books.get("BTC/USD").bids().size(), "book stays full at depth " + depth);
                }
            }
        }
    }

    @Test
    void pricesAndQuantitiesCarryExactlyTheInstrumentPrecision() throws Exception {
        try (WsProbe ws = new WsProbe(sim.publicWs())) {
            ws.next(WAIT);
            ws.send("{\"method\":\"subscribe\",\"params\":{\"channel\":\"book\",\"symbol\":[\"BTC/USD\"]}}");
            ws.next(WAIT);
            String snapshot = ws.nextRaw(WAIT);
            Matcher prices = Pattern.compile("\"price\":([0-9.]+)").matcher(snapshot);
            Matcher qtys = Pattern.compile("\"qty\":([0-9.]+)").matcher(snapshot);
            int n = 0;
            while (prices.find() && qtys.find()) {
                assertTrue(prices.group(1).matches("\\d+\\.\\d"), "price_precision 1: " + prices.group(1));
                assertTrue(qtys.group(1).matches("\\d+\\.\\d{8}"), "qty_precision 8: " + qtys.group(1));
                n++;
            }
            assertEquals(20, n);
        }
    }

    @Test
    void instrumentSnapshotAnnouncesThePrecisions() throws Exception {
        try (WsProbe ws = new WsProbe(sim.publicWs())) {
            ws.next(WAIT);
            ws.send("{\"method\":\"subscribe\",\"params\":{\"channel\":\"instrument\"},\"req_id\":79}");
            JsonNode ack = ws.next(WAIT);
            assertEquals("instrument", ack.path("result").path("channel").asText());
            assertEquals("tick_size is deprecated, use price_increment", ack.path("result").path("warnings").path(0).asText());
            assertFalse(ack.path("result").has("symbol"));
            JsonNode snapshot = ws.next(WAIT);
            assertTrue(snapshot.path("data").isObject(), "instrument data is an object");
            JsonNode btc = snapshot.path("data").path("pairs").path(0);
            assertEquals("BTC/USD", btc.path("symbol").asText());
            assertEquals(1, btc.path("price_precision").asInt());
            assertEquals(8, btc.path("qty_precision").asInt());
        }
    }

    @Test
    void unknownSymbolIsRejectedPerSymbolAndOthersStillSubscribe() throws Exception {
        try (WsProbe ws = new WsProbe(sim.publicWs())) {
            ws.next(WAIT);
            ws.send("{\"method\":\"subscribe\",\"params\":{\"channel\":\"ticker\",\"symbol\":[\"XBT/USD\",\"BTC/USD\"]},\"req_id\":9}");
            JsonNode error = ws.next(WAIT);
            assertFalse(error.path("success").asBoolean());
            assertEquals("Currency pair not supported", error.path("error").asText());
            assertEquals("XBT/USD", error.path("symbol").asText());
            assertEquals(9, error.path("req_id").asInt());
            JsonNode ack = ws.next(WAIT);
            assertTrue(ack.path("success").asBoolean());
            assertEquals("trades", ack.path("result").path("event_trigger").asText());
            JsonNode ticker = ws.next(WAIT);
            assertEquals("ticker", ticker.path("channel").asText());
            assertEquals("snapshot", ticker.path("type").asText());
        }
    }

    @Test
    void unsubscribingWhatWasNeverSubscribedAnswersSubscriptionNotFound() throws Exception {
        try (WsProbe ws = new WsProbe(sim.publicWs())) {
            ws.next(WAIT);
            ws.send("{\"method\":\"unsubscribe\",\"params\":{\"channel\":\"ticker\",\"symbol\":[\"BTC/USD\"]},\"req_id\":123456789}");
            JsonNode error = ws.next(WAIT);
            assertEquals("Subscription Not Found", error.path("error").asText());
            assertFalse(error.path("success").asBoolean());
            assertEquals("BTC/USD", error.path("symbol").asText());
            assertEquals(123456789, error.path("req_id").asInt());
        }
    }

    @Test
    void tradesHaveIncreasingIdsAndOhlcAckWarnsAboutTimestamp() throws Exception {
        try (WsProbe ws = new WsProbe(sim.publicWs())) {
            ws.next(WAIT);
            ws.send("{\"method\":\"subscribe\",\"params\":{\"channel\":\"ohlc\",\"symbol\":[\"BTC/USD\"],\"interval\":5}}");
            JsonNode ohlcAck = ws.next(WAIT);
            assertEquals(5, ohlcAck.path("result").path("interval").asInt());
            assertEquals("timestamp is deprecated, use interval_begin", ohlcAck.path("result").path("warnings").path(0).asText());
            ws.send("{\"method\":\"subscribe\",\"params\":{\"channel\":\"trade\",\"symbol\":[\"BTC/USD\"]}}");
            long last = 0;
            for (int i = 0; i < 20; i++) {
                JsonNode trade = ws.nextMatching(f -> "trade".equals(f.path("channel").asText()), WAIT);
                long id = trade.path("data").path(0).path("trade_id").asLong();
                assertTrue(id > last, "trade_id increases: " + id + " after " + last);
                last = id;
            }
        }
    }

    @Test
    void unsubscribeIsAcknowledgedPerSymbolWithTheDocumentedFields() throws Exception {
        try (WsProbe ws = new WsProbe(sim.publicWs())) {
            ws.next(WAIT);
            ws.send("{\"method\":\"subscribe\",\"params\":{\"channel\":\"ticker\",\"symbol\":[\"BTC/USD\"],"
                    + "\"event_trigger\":\"bbo\"},\"req_id\":1}");
            assertEquals("bbo", ws.next(WAIT).path("result").path("event_trigger").asText());
            assertEquals("snapshot", ws.next(WAIT).path("type").asText());
            assertEquals("update", ws.nextMatching(f -> "ticker".equals(f.path("channel").asText()), WAIT)
                    .path("type").asText(), "bbo ticker updates flow");
            ws.send("{\"method\":\"unsubscribe\",\"params\":{\"channel\":\"ticker\",\"symbol\":[\"BTC/USD\"]},\"req_id\":2}");
            JsonNode ack = ws.nextMatching(f -> f.has("method"), WAIT);
            assertEquals("unsubscribe", ack.path("method").asText());
            assertTrue(ack.path("success").asBoolean());
            assertEquals(2, ack.path("req_id").asInt());
            JsonNode result = ack.path("result");
            assertEquals("ticker", result.path("channel").asText());
            assertEquals("BTC/USD", result.path("symbol").asText());
            assertEquals("bbo", result.path("event_trigger").asText());
        }
    }

    @Test
    void heartbeatsFlowOnceSubscribed() throws Exception {
        try (WsProbe ws = new WsProbe(sim.publicWs())) {
            ws.next(WAIT);
            ws.send("{\"method\":\"subscribe\",\"params\":{\"channel\":\"instrument\"}}");
            JsonNode heartbeat = ws.nextMatching(f -> "heartbeat".equals(f.path("channel").asText()), WAIT);
            assertEquals(1, heartbeat.size(), "heartbeat has only the channel field");
        }
    }
}
