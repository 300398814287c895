package com.kafkaconnectkraken.simulator.trader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.simulator.KrakenSimulator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Subscriptions, quoteEvent and depthEvent over a real port. */
class TraderMarketDataTest {

    private static final Pattern ISO_MILLIS = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    private static KrakenSimulator sim;

    @BeforeAll
    static void start() {
        sim = KrakenSimulator.builder().rate(0).futuresRate(0).traderQuoteRate(50)
                .addTraderUser("alice", "s3cret", "acc_1").build().start();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private static TraderWs connect() {
        return TraderWs.connect(sim.traderWs(), sim.trader().issueToken("alice"));
    }

    @Test
    void quoteEventsStreamWithTheSymbolsDecimals() throws Exception {
        try (TraderWs ws = connect()) {
            ws.send("subscribe", "{\"symbols\":[\"EURUSD\",\"USDJPY\"],\"events\":[\"quoteEvent\"]}");
            ws.next("subscribed");
            for (String symbol : new String[] {"EURUSD", "USDJPY"}) {
                JsonNode quote = ws.nextRawMatching(f -> f.path("type").asText().equals("quoteEvent")
                        && f.path("payload").path("symbol").asText().equals(symbol), TraderWs.WAIT).path("payload");
                int decimals = symbol.equals("USDJPY") ? 3 : 5;
                assertEquals(decimals, quote.path("bid").decimalValue().scale(), quote.toString());
                assertEquals(decimals, quote.path("ask").decimalValue().scale(), quote.toString());
                assertTrue(quote.path("bid").isNumber() && quote.path("ask").decimalValue().compareTo(
                        quote.path("bid").decimalValue()) > 0, quote.toString());
                assertTrue(ISO_MILLIS.matcher(quote.path("ts").asText()).matches(), quote.toString());
            }
        }
    }

    @Test
    void aSetQuoteIsSentExactlyAsDecimalText() throws Exception {
        try (TraderWs ws = connect()) {
            ws.send("subscribe", "{\"symbols\":[\"GBPUSD\"],\"events\":[\"quoteEvent\"]}");
            ws.next("subscribed");
            sim.trader().setQuote("GBPUSD", new BigDecimal("1.2685"), new BigDecimal("1.26871"));
            String raw = null;
            while (raw == null || !raw.contains("\"bid\":1.26850")) {
                raw = ws.frames.poll(5, java.util.concurrent.TimeUnit.SECONDS);
                assertTrue(raw != null, "no quote with the set bid");
            }
            assertTrue(raw.matches("\\{\"type\":\"quoteEvent\",\"payload\":\\{\"symbol\":\"GBPUSD\",\"bid\":1\\.26850,"
                    + "\"ask\":1\\.26871,\"ts\":\"[^\"]+\"}}"), raw);
        }
    }

    @Test
    void depthEventIsTheWholeBookToTheRequestedDepthBestFirst() throws Exception {
        try (KrakenSimulator frozen = KrakenSimulator.builder().rate(0).futuresRate(0).traderQuoteRate(0)
                .addTraderUser("bob", "pw", "acc_b").build().start();
             TraderWs ws = TraderWs.connect(frozen.traderWs(), frozen.trader().issueToken("bob"))) {
            frozen.trader().setQuote("EURUSD", new BigDecimal("1.08430"), new BigDecimal("1.08450"));
            ws.send("depthSubscribe", "{\"symbol\":\"EURUSD\",\"depth\":3}");
            assertEquals("{\"symbol\":\"EURUSD\",\"depth\":3}", ws.next("subscribed").path("payload").toString());
            JsonNode depth = ws.next("depthEvent").path("payload");
            assertEquals("EURUSD", depth.path("symbol").asText());
            assertEquals("[[1.08430,1000000],[1.08429,2000000],[1.08428,3000000]]", depth.path("bids").toString());
            assertEquals("[[1.08450,1000000],[1.08451,2000000],[1.08452,3000000]]", depth.path("asks").toString());
            frozen.trader().setQuote("EURUSD", new BigDecimal("1.08500"), new BigDecimal("1.08501"));
            JsonNode next = ws.next("depthEvent").path("payload");
            assertEquals("[[1.08500,1000000],[1.08499,2000000],[1.08498,3000000]]", next.path("bids").toString());
            assertEquals("[[1.08501,1000000],[1.08502,2000000],[1.08503,3000000]]", next.path("asks").toString());
        }
    }

    @Test
    void depthDefaultsToTenLevels() throws Exception {
        try (TraderWs ws = connect()) {
            ws.send("depthSubscribe", "{\"symbol\":\"USDJPY\"}");
            assertEquals("{\"symbol\":\"USDJPY\",\"depth\":10}", ws.next("subscribed").path("payload").toString());
            JsonNode depth = ws.next("depthEvent").path("payload");
            assertEquals(10, depth.path("bids").size());
            assertEquals(10, depth.path("asks").size());
            assertTrue(Instant.parse(depth.path("ts").asText()).isAfter(Instant.now().minusSeconds(60)));
        }
    }

    @Test
    void unsubscribeIsEchoedAndStopsTheQuotes() throws Exception {
        try (TraderWs ws = connect()) {
            ws.send("subscribe", "{\"symbols\":[\"EURUSD\"],\"events\":[\"quoteEvent\"]}");
            ws.next("quoteEvent");
            ws.send("unsubscribe", "{\"symbols\":[\"EURUSD\"],\"events\":[\"quoteEvent\"]}");
            assertEquals("{\"symbols\":[\"EURUSD\"],\"events\":[\"quoteEvent\"]}",
                    ws.next("unsubscribed").path("payload").toString());
            Thread.sleep(100);
            ws.frames.clear();
            Thread.sleep(300);
            assertEquals(0, ws.frames.size(), "frames after unsubscribe: " + ws.frames);
        }
    }

    @Test
    void subscriptionErrorsCarryTheirCodes() throws Exception {
        try (TraderWs ws = connect()) {
            ws.send("subscribe", "{\"symbols\":[\"EURUSD\",\"XXXYYY\"],\"events\":[\"quoteEvent\"]}");
            assertEquals("INVALID_SYMBOL", ws.next("error").path("payload").path("code").asText());
            ws.send("subscribe", "{\"symbols\":[\"EURUSD\"],\"events\":[\"tradeEvent\"]}");
            assertEquals("INVALID_REQUEST", ws.next("error").path("payload").path("code").asText());
            ws.send("depthSubscribe", "{\"symbol\":\"EURUSD\",\"depth\":51}");
            assertEquals("INVALID_REQUEST", ws.next("error").path("payload").path("code").asText());
            ws.send("metricsSubscribe", "{\"accountId\":\"acc_other\"}");
            assertEquals("UNKNOWN_ACCOUNT", ws.next("error").path("payload").path("code").asText());
            assertTrue(sim.trader().subscribeRequests() >= 2);
        }
    }
}
