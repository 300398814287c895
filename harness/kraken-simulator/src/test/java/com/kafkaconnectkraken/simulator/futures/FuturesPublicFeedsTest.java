package com.kafkaconnectkraken.simulator.futures;

import static com.kafkaconnectkraken.simulator.futures.FuturesBookTest.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.simulator.exchange.ExchangeVectors;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The public feeds of {@code /ws/v1}, driven step by step through the endpoint (no network). */
class FuturesPublicFeedsTest {

    private static final JsonNode SAMPLES = ExchangeVectors.json("futures/feeds_samples.json");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC);

    private final FuturesExchange futures = new FuturesExchange(null, 3, 0, CLOCK);
    private final FakeConnection client = new FakeConnection();

    @AfterEach
    void close() {
        futures.close();
    }

    private void connect() {
        futures.endpoint().onOpen(client);
        assertEquals("{\"event\":\"info\",\"version\":1}", client.nextRaw());
    }

    private void send(String text) {
        futures.endpoint().onText(client, text);
    }

    @Test
    void defaultProductsAreTheFourPerpetualsAndTheNextQuarterly() {
        assertEquals(List.of("PF_XBTUSD", "PF_ETHUSD", "PI_XBTUSD", "PI_ETHUSD", "FI_XBTUSD_260327"), futures.productIds());
    }

    @Test
    void bookSubscribeAcksOnceThenSnapshotsThenContiguousDeltasPerProduct() {
        connect();
        send("{\"event\":\"subscribe\",\"feed\":\"book\",\"product_ids\":[\"PI_XBTUSD\",\"PF_ETHUSD\"]}");
        assertEquals("{\"event\":\"subscribed\",\"feed\":\"book\",\"product_ids\":[\"PI_XBTUSD\",\"PF_ETHUSD\"]}",
                client.nextRaw());
        Map<String, Long> seq = new HashMap<>();
        for (String id : List.of("PI_XBTUSD", "PF_ETHUSD")) {
            JsonNode snapshot = client.next();
            assertEquals("book_snapshot", snapshot.path("feed").asText());
            assertEquals(id, snapshot.path("product_id").asText());
            assertEquals(futures.bookSeq(id), snapshot.path("seq").asLong());
            assertEquals(BookWalk.TARGET_LEVELS, snapshot.path("bids").size());
            seq.put(id, snapshot.path("seq").asLong());
        }
        futures.step(200);
        List<JsonNode> deltas = client.drain();
        assertEquals(80, deltas.size(), "two of the five products, one delta per step");
        for (JsonNode delta : deltas) {
            assertEquals(fields(SAMPLES.get("book_delta")), fields(delta));
            String id = delta.path("product_id").asText();
            assertEquals(seq.get(id) + 1, delta.path("seq").asLong(), "contiguous seq for " + id);
            seq.put(id, delta.path("seq").asLong());
        }
    }

    @Test
    void anInjectedGapIsVisibleOnTheNextDeltaOfThatProductOnly() {
        connect();
        send("{\"event\":\"subscribe\",\"feed\":\"book\",\"product_ids\":[\"PI_XBTUSD\",\"PF_XBTUSD\"]}");
        client.drain();
        long pi = futures.bookSeq("PI_XBTUSD");
        long pf = futures.bookSeq("PF_XBTUSD");
        futures.injectSeqGap("PI_XBTUSD");
        futures.step(10);
        List<Long> piSeqs = client.drain().stream().filter(d -> d.path("product_id").asText().equals("PI_XBTUSD"))
                .map(d -> d.path("seq").asLong()).toList();
        assertEquals(List.of(pi + 2, pi + 3), piSeqs, "one number skipped, then contiguous");
        assertEquals(pf + 2, futures.bookSeq("PF_XBTUSD"), "the other product has no gap");
    }

    @Test
    void anUnknownProductRefusesTheWholeRequest() {
        connect();
        send("{\"event\":\"subscribe\",\"feed\":\"book\",\"product_ids\":[\"PI_XBTUSD\",\"PI_DOGEUSD\"]}");
        assertEquals("{\"event\":\"error\",\"message\":\"Invalid product id\"}", client.nextRaw());
        futures.step(20);
        assertTrue(client.drain().isEmpty(), "nothing subscribed");
        assertEquals(1, futures.subscribeRequests("book", "PI_DOGEUSD"), "received requests are counted");
        assertEquals(1, futures.subscribeRequests("book", "PI_XBTUSD"));
    }

    @Test
    void tickerHasEveryFieldOfTheSampleAndFixedMaturitiesOmitFunding() {
        connect();
        send("{\"event\":\"subscribe\",\"feed\":\"ticker\",\"product_ids\":[\"PI_XBTUSD\",\"FI_XBTUSD_260327\"]}");
        client.next();
        JsonNode perpetual = client.next();
        assertEquals(fields(SAMPLES.get("ticker")), fields(perpetual));
        assertEquals("perpetual", perpetual.path("tag").asText());
        assertEquals("XBT:USD", perpetual.path("pair").asText());
        assertEquals(CLOCK.millis(), perpetual.path("time").asLong());
        assertTrue(perpetual.path("bid").decimalValue().compareTo(perpetual.path("ask").decimalValue()) < 0);
        JsonNode fixed = client.next();
        Set<String> expected = fields(SAMPLES.get("ticker"));
        expected.removeAll(Set.of("funding_rate", "funding_rate_prediction", "relative_funding_rate",
                "relative_funding_rate_prediction", "next_funding_rate_time"));
        assertEquals(expected, fields(fixed));
        assertEquals(81, fixed.path("dtm").asLong(), "2026-01-05 10:00 to 2026-03-27 16:00");
        assertEquals(Instant.parse("2026-03-27T16:00:00Z").toEpochMilli(), fixed.path("maturityTime").asLong());
    }

    @Test
    void tickerLiteCarriesItsDocumentedFields() {
        connect();
        send("{\"event\":\"subscribe\",\"feed\":\"ticker_lite\",\"product_ids\":[\"PF_ETHUSD\"]}");
        client.next();
        assertEquals(Set.of("feed", "product_id", "bid", "ask", "change", "premium", "volume", "tag", "pair", "dtm",
                "maturityTime", "volumeQuote"), fields(client.next()));
    }

    @Test
    void tradeSnapshotThenOneFrameForEachTradeWithRisingSeq() {
        connect();
        futures.step(500);
        send("{\"event\":\"subscribe\",\"feed\":\"trade\",\"product_ids\":[\"PF_XBTUSD\"]}");
        client.next();
        JsonNode snapshot = client.next();
        assertEquals("trade_snapshot", snapshot.path("feed").asText());
        JsonNode trades = snapshot.path("trades");
        assertTrue(trades.size() > 0, "the earlier steps traded");
        assertTrue(trades.get(0).path("seq").asLong() > trades.get(trades.size() - 1).path("seq").asLong(), "newest first");
        long last = trades.get(0).path("seq").asLong();
        futures.step(500);
        List<JsonNode> frames = client.drain();
        assertFalse(frames.isEmpty());
        for (JsonNode trade : frames) {
            assertEquals(Set.of("feed", "product_id", "uid", "side", "type", "seq", "time", "qty", "price"), fields(trade));
            assertEquals("fill", trade.path("type").asText());
            assertEquals(last + 1, trade.path("seq").asLong());
            last = trade.path("seq").asLong();
        }
    }

    @Test
    void heartbeatFlowsOnlyWhenSubscribedAndUnsubscribeStopsDeltas() {
        connect();
        futures.heartbeatNow();
        assertTrue(client.drain().isEmpty(), "no heartbeat without a subscription");
        send("{\"event\":\"subscribe\",\"feed\":\"heartbeat\"}");
        assertEquals("{\"event\":\"subscribed\",\"feed\":\"heartbeat\"}", client.nextRaw());
        futures.heartbeatNow();
        assertEquals("{\"feed\":\"heartbeat\",\"time\":" + CLOCK.millis() + "}", client.nextRaw());
        send("{\"event\":\"subscribe\",\"feed\":\"book\",\"product_ids\":[\"PI_ETHUSD\"]}");
        client.drain();
        send("{\"event\":\"unsubscribe\",\"feed\":\"book\",\"product_ids\":[\"PI_ETHUSD\"]}");
        assertEquals("{\"event\":\"unsubscribed\",\"feed\":\"book\",\"product_ids\":[\"PI_ETHUSD\"]}", client.nextRaw());
        futures.step(50);
        assertTrue(client.drain().isEmpty());
    }

    @Test
    void instrumentsListEveryServedProduct() {
        String body = futures.restEndpoint().handle(new com.kafkaconnectkraken.simulator.transport.RestRequest("GET",
                "/derivatives/api/v3/instruments", "", Map.of(), new byte[0])).body();
        JsonNode json = FakeConnection.parse(body);
        assertEquals("success", json.path("result").asText());
        JsonNode first = json.path("instruments").path(0);
        assertEquals("PF_XBTUSD", first.path("symbol").asText());
        assertEquals("flexible_futures", first.path("type").asText());
        assertEquals("0.5", first.path("tickSize").decimalValue().toPlainString());
        assertEquals(1, first.path("contractSize").asInt());
        assertTrue(first.path("tradeable").asBoolean());
        assertEquals("futures_inverse", json.path("instruments").path(2).path("type").asText());
        assertEquals("rr_xbtusd", json.path("instruments").path(2).path("underlying").asText());
        assertEquals(5, json.path("instruments").size());
    }
}
