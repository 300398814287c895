package com.kafkaconnectkraken.simulator.futures;

import static com.kafkaconnectkraken.simulator.futures.FuturesBookTest.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.simulator.exchange.ExchangeVectors;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Challenge authentication and the private feeds of {@code /ws/v1}, through the endpoint (no network). */
class FuturesPrivateFeedsTest {

    private static final JsonNode SAMPLES = ExchangeVectors.json("futures/feeds_samples.json");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC);
    private static final String KEY = "futures-key";
    private static final String SECRET = "c2VjcmV0LWZvci10aGUtZGVtby1hY2NvdW50";

    private final FuturesExchange futures = new FuturesExchange(List.of("PF_XBTUSD", "PI_XBTUSD"), 3, 0, CLOCK);
    private final String account = futures.addAccount(KEY, SECRET);

    @AfterEach
    void close() {
        futures.close();
    }

    private FakeConnection connect() {
        FakeConnection client = new FakeConnection();
        futures.endpoint().onOpen(client);
        client.next();
        return client;
    }

    private String challenge(FakeConnection client, String apiKey) {
        futures.endpoint().onText(client, "{\"event\":\"challenge\",\"api_key\":\"" + apiKey + "\"}");
        JsonNode reply = client.next();
        assertEquals("challenge", reply.path("event").asText());
        return reply.path("message").asText();
    }

    private void subscribe(FakeConnection client, String feed, String apiKey, String challenge, String signed) {
        futures.endpoint().onText(client, "{\"event\":\"subscribe\",\"feed\":\"" + feed + "\",\"api_key\":\"" + apiKey
                + "\",\"original_challenge\":\"" + challenge + "\",\"signed_challenge\":\"" + signed + "\"}");
    }

    /** @return the snapshot after checking the ack */
    private JsonNode subscribed(FakeConnection client, String feed) {
        String challenge = challenge(client, KEY);
        String signed = TestChallengeSigner.sign(SECRET, challenge);
        subscribe(client, feed, KEY, challenge, signed);
        JsonNode ack = client.next();
        assertEquals("{\"event\":\"subscribed\",\"feed\":\"" + feed + "\",\"api_key\":\"" + KEY + "\",\"original_challenge\":\""
                + challenge + "\",\"signed_challenge\":\"" + signed + "\"}", FuturesJson.write(ack));
        return client.next();
    }

    @Test
    void everyChallengeIsANewUuid() {
        FakeConnection client = connect();
        String first = challenge(client, KEY);
        String second = challenge(client, KEY);
        assertTrue(first.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), first);
        assertNotEquals(first, second);
        assertEquals(2, futures.challengesIssued());
    }

    @Test
    void aSignedChallengeSubscribesAndFillsFlowWithTheSamplesFields() {
        FakeConnection client = connect();
        JsonNode snapshot = subscribed(client, "fills");
        assertEquals("{\"feed\":\"fills_snapshot\",\"account\":\"" + account + "\",\"fills\":[]}", FuturesJson.write(snapshot));
        FuturesFill fill = futures.addFill(KEY, "PF_XBTUSD", FuturesSide.BUY, new BigDecimal("0.5"), new BigDecimal("60000"));
        JsonNode update = client.drain().get(0);
        assertEquals("fills", update.path("feed").asText());
        assertEquals(account, update.path("username").asText());
        JsonNode sent = update.path("fills").path(0);
        assertEquals(fields(SAMPLES.get("fills_snapshot").get("fills").get(0)), fields(sent));
        assertEquals(fill.fillId(), sent.path("fill_id").asText());
        assertTrue(sent.path("buy").asBoolean());
        assertEquals(1, sent.path("seq").asLong());
        assertEquals(0, new BigDecimal("15").compareTo(sent.path("fee_paid").decimalValue()), "0.05 % of 0.5 x 60000");
        assertEquals("USD", sent.path("fee_currency").asText());
        assertEquals(1, futures.subscribeRequests("fills"));
    }

    @Test
    void aWrongSignatureAnUnknownKeyOrAChallengeFromAnotherConnectionIsRefused() {
        FakeConnection other = connect();
        String foreign = challenge(other, KEY);
        FakeConnection client = connect();
        String challenge = challenge(client, KEY);
        String alert = "{\"event\":\"alert\",\"message\":\"Failed to subscribe to authenticated feed\"}";
        subscribe(client, "fills", KEY, challenge, TestChallengeSigner.sign("b3RoZXItc2VjcmV0", challenge));
        assertEquals(alert, client.nextRaw());
        subscribe(client, "fills", KEY, foreign, TestChallengeSigner.sign(SECRET, foreign));
        assertEquals(alert, client.nextRaw());
        String unknown = challenge(client, "nobody");
        subscribe(client, "fills", "nobody", unknown, TestChallengeSigner.sign(SECRET, unknown));
        assertEquals(alert, client.nextRaw());
        subscribe(client, "fills", "nobody", challenge, TestChallengeSigner.sign(SECRET, challenge));
        assertEquals(alert, client.nextRaw(), "the challenge was issued for another key");
        futures.addFill(KEY, "PF_XBTUSD", FuturesSide.SELL, BigDecimal.ONE, new BigDecimal("60000"));
        assertTrue(client.drain().isEmpty(), "not subscribed");
        assertEquals(4, futures.authFailures());
    }

    @Test
    void aNewConnectionsFillsSnapshotHoldsEveryEarlierFill() {
        FakeConnection first = connect();
        subscribed(first, "fills");
        FuturesFill a = futures.addFill(KEY, "PF_XBTUSD", FuturesSide.BUY, new BigDecimal("0.1"), new BigDecimal("60000"));
        futures.endpoint().onClose(first);
        FuturesFill b = futures.addFill(KEY, "PI_XBTUSD", FuturesSide.SELL, new BigDecimal("1000"), new BigDecimal("60000"));
        JsonNode snapshot = subscribed(connect(), "fills");
        assertEquals(List.of(a.fillId(), b.fillId()), FuturesBookTest.ids(snapshot.path("fills"), "fill_id"));
        assertEquals("BTC", snapshot.path("fills").path(1).path("fee_currency").asText());
        assertEquals(0, new BigDecimal("0.000008333333").compareTo(snapshot.path("fills").path(1).path("fee_paid").decimalValue()),
                "inverse: 0.05 % of 1000 USD at 60000, in BTC");
    }

    @Test
    void duplicateNextFillRepeatsThePreviousFillOnceBeforeTheNext() {
        FakeConnection client = connect();
        subscribed(client, "fills");
        FuturesFill a = futures.addFill(KEY, "PF_XBTUSD", FuturesSide.BUY, BigDecimal.ONE, new BigDecimal("60000"));
        futures.duplicateNextFill(KEY);
        FuturesFill b = futures.addFill(KEY, "PF_XBTUSD", FuturesSide.BUY, BigDecimal.ONE, new BigDecimal("60001"));
        futures.addFill(KEY, "PF_XBTUSD", FuturesSide.BUY, BigDecimal.ONE, new BigDecimal("60002"));
        List<String> ids = client.drain().stream().map(f -> f.path("fills").path(0).path("fill_id").asText()).toList();
        assertEquals(4, ids.size());
        assertEquals(List.of(a.fillId(), a.fillId(), b.fillId()), ids.subList(0, 3));
        assertEquals(3, futures.fills(KEY).size(), "stored once each");
    }

    @Test
    void ordersArePlacedFilledAndCancelledOnBothOrderFeeds() {
        FakeConnection plain = connect();
        assertEquals("{\"feed\":\"open_orders_snapshot\",\"account\":\"" + account + "\",\"orders\":[]}",
                FuturesJson.write(subscribed(plain, "open_orders")));
        FakeConnection verbose = connect();
        assertEquals("open_orders_verbose_snapshot", subscribed(verbose, "open_orders_verbose").path("feed").asText());
        FuturesOrder order = futures.placeOrder(KEY, "PI_XBTUSD", FuturesSide.SELL, new BigDecimal("304"), new BigDecimal("10640"));
        JsonNode placed = plain.next();
        assertEquals(fields(SAMPLES.get("open_orders_delta")), fields(placed));
        assertEquals(fields(SAMPLES.get("open_orders_delta").get("order")), fields(placed.get("order")));
        assertEquals(1, placed.path("order").path("direction").asInt());
        assertEquals("new_placed_order_by_user", placed.path("reason").asText());
        assertEquals("open_orders_verbose", verbose.next().path("feed").asText());
        futures.fillOrder(KEY, order.orderId(), new BigDecimal("100"));
        JsonNode partial = plain.next();
        assertEquals("partial_fill", partial.path("reason").asText());
        assertEquals(100, partial.path("order").path("filled").asInt());
        FuturesOrder other = futures.placeOrder(KEY, "PF_XBTUSD", FuturesSide.BUY, BigDecimal.ONE, new BigDecimal("59000"), "my-id");
        plain.drain();
        futures.cancelOrder(KEY, other.orderId());
        assertEquals("{\"feed\":\"open_orders\",\"order_id\":\"" + other.orderId() + "\",\"cli_ord_id\":\"my-id\","
                + "\"is_cancel\":true,\"reason\":\"cancelled_by_user\"}", plain.nextRaw());
        futures.fillOrder(KEY, order.orderId(), new BigDecimal("204"));
        JsonNode full = plain.next();
        assertEquals(Set.of("feed", "order_id", "cli_ord_id", "is_cancel", "reason"), fields(full));
        assertEquals("full_fill", full.path("reason").asText());
        assertEquals(List.of(), futures.openOrders(KEY));
        assertThrows(IllegalArgumentException.class, () -> futures.cancelOrder(KEY, order.orderId()));
    }

    @Test
    void aFillMovesThePositionTheBalanceAndTheAccountLog() {
        futures.deposit(KEY, "USD", new BigDecimal("1000"));
        FakeConnection client = connect();
        JsonNode balances = subscribed(client, "balances");
        assertEquals("balances_snapshot", balances.path("feed").asText());
        assertEquals(0, new BigDecimal("1000").compareTo(balances.path("flex_futures").path("currencies").path("USD")
                .path("quantity").decimalValue()));
        JsonNode positions = subscribed(client, "open_positions");
        assertEquals(0, positions.path("positions").size());
        JsonNode log = subscribed(client, "account_log");
        assertEquals("{\"feed\":\"account_log_snapshot\",\"logs\":[]}", FuturesJson.write(log));
        futures.addFill(KEY, "PF_XBTUSD", FuturesSide.SELL, new BigDecimal("0.5"), new BigDecimal("60000"));
        List<JsonNode> frames = client.drain();
        JsonNode position = frames.get(0).path("positions").path(0);
        assertEquals("open_positions", frames.get(0).path("feed").asText());
        assertEquals(0, new BigDecimal("-0.5").compareTo(position.path("balance").decimalValue()));
        assertEquals(0, new BigDecimal("60000").compareTo(position.path("entry_price").decimalValue()));
        JsonNode usd = frames.get(1).path("flex_futures").path("currencies").path("USD");
        assertEquals(0, new BigDecimal("985").compareTo(usd.path("quantity").decimalValue()), "1000 - 15 fee");
        assertEquals(balances.path("seq").asLong() + 1, frames.get(1).path("seq").asLong());
        JsonNode entry = frames.get(2).path("new_entry");
        assertEquals("account_log", frames.get(2).path("feed").asText());
        assertEquals("2026-01-05T10:00:00.000Z", entry.path("date").asText());
        assertEquals("flex", entry.path("margin_account").asText());
        assertEquals(0, new BigDecimal("15").compareTo(entry.path("fee").decimalValue()));
        assertEquals(java.util.Map.of("PF_XBTUSD", new BigDecimal("-0.5")), futures.positions(KEY));
    }

    @Test
    void notificationsReachEverySubscribedAccount() {
        futures.addNotification("maintenance", "high", "Planned downtime");
        FakeConnection client = connect();
        JsonNode snapshot = subscribed(client, "notifications_auth");
        assertEquals(Set.of("id", "type", "priority", "note", "effective_time"), fields(snapshot.path("notifications").path(0)));
        futures.addNotification("market", "low", "New contract");
        JsonNode update = client.next();
        assertEquals("notifications_auth", update.path("feed").asText());
        assertEquals(2, update.path("notifications").path(0).path("id").asInt());
        assertEquals(CLOCK.millis(), update.path("notifications").path(0).path("effective_time").asLong());
    }

    @Test
    void dropConnectionsAbortsEverySocket() {
        FakeConnection a = connect();
        FakeConnection b = connect();
        assertEquals(2, futures.dropConnections());
        assertTrue(a.aborted() && b.aborted());
    }
}
