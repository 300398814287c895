package com.kafkaconnectkraken.source.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.rest.KrakenRestClient;
import com.kafkaconnectkraken.client.spot.protocol.RestTier;
import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import com.kafkaconnectkraken.client.ws.KrakenWsConfig;
import com.kafkaconnectkraken.client.ws.KrakenWsEvent;
import com.kafkaconnectkraken.client.ws.KrakenWsListener;
import com.kafkaconnectkraken.client.ws.KrakenWsMessage;
import com.kafkaconnectkraken.client.ws.KrakenWsResponse;
import com.kafkaconnectkraken.client.ws.KrakenWsSession;
import com.kafkaconnectkraken.schema.DecimalHandlingMode;
import com.kafkaconnectkraken.simulator.KrakenSimulator;
import com.kafkaconnectkraken.simulator.exchange.ExchangeConfig;
import com.kafkaconnectkraken.simulator.exchange.ExchangeFaults;
import com.kafkaconnectkraken.source.book.Precisions;
import com.kafkaconnectkraken.source.config.KrakenSourceConnectorConfig;
import com.kafkaconnectkraken.source.mapping.FrameMapper;
import com.kafkaconnectkraken.source.mapping.RecordFactory;
import com.kafkaconnectkraken.source.mapping.StructMapper;
import com.kafkaconnectkraken.source.rest.ExecutionBackfill;
import com.kafkaconnectkraken.source.testing.Vectors;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An executions gap whose REST backfill fails (found by the fault harness's socket drops: the client-side REST
 * counter had no room for TradesHistory): the fill of the gap is recovered later, once, by the next executions
 * message or heartbeat after {@link ChannelRouter#BACKFILL_RETRY}, and by the next gap; a fill recovered by a backfill and then
 * sent on the WebSocket is published once (found by the same run: 5 fills twice); against the simulator's exchange.
 */
class ExecutionsBackfillRetryIT {

    private static final String KEY = "backfill-retry-key";
    private static final String SECRET = "c2VjcmV0LXNlY3JldC1zZWNyZXQ=";

    private KrakenSimulator simulator;
    private KrakenRestClient rest;
    private ChannelRouter router;

    @BeforeEach
    void start() {
        simulator = KrakenSimulator.builder().symbols("BTC/USD").seed(12).rate(50).account(KEY, SECRET)
                .exchangeConfig(ExchangeConfig.builder().restTier(RestTier.PRO).build()).build().start();
        simulator.exchange().deposit(KEY, "USD", new BigDecimal("1000000"));
        rest = KrakenRestClient.builder(simulator.rest()).credentials(KEY, SECRET).build();
        RecordFactory records = new RecordFactory(new StructMapper(DecimalHandlingMode.PRECISE),
                new KrakenSourceConnectorConfig(Map.of("symbols", "BTC/USD")).topicNames());
        router = new ChannelRouter(new FrameMapper(records), new Precisions(), null, null,
                new ExecutionBackfill(rest, records, KEY), null, new GapRecords(records), Map.of(SpotChannel.EXECUTIONS, List.of()),
                false);
    }

    @AfterEach
    void stop() {
        rest.close();
        simulator.close();
    }

    @Test
    void aFailedBackfillIsRecoveredOnceByTheNextExecutionsMessage() throws Exception {
        Instant gapStart = Instant.now().minusSeconds(2);
        String orderId = marketBuy();
        simulator.faults().exchange().failNextRestCalls(1, ExchangeFaults.UNAVAILABLE);
        Instant gapEnd = Instant.now();
        List<SourceRecord> atGap = router.onGap(new KrakenWsEvent.Gap(gapStart, gapEnd, Duration.between(gapStart, gapEnd)));
        assertEquals(0, fills(atGap, orderId), "the backfill failed");
        assertEquals(false, ((Struct) atGap.get(0).value()).get("backfilled"), "the gap record says so");

        assertEquals(0, fills(router.onMessage(executionsMessage(orderId, gapEnd.plusSeconds(1))), orderId), "too soon to retry");
        List<SourceRecord> later = router.onMessage(executionsMessage(orderId, gapEnd.plus(ChannelRouter.BACKFILL_RETRY).plusSeconds(2)));
        assertEquals(1, fills(later, orderId), "the fill of the gap, recovered");
        String execId = later.stream().map(r -> (Struct) r.value()).filter(e -> "trade".equals(e.get("exec_type")))
                .map(e -> (String) e.get("exec_id")).findFirst().orElseThrow();
        assertEquals(0, fills(router.onMessage(tradeMessage(orderId, execId, gapEnd.plusSeconds(10))), orderId),
                "the same fill on the WebSocket afterwards is not published again");
        assertEquals(0, fills(router.onMessage(executionsMessage(orderId, gapEnd.plusSeconds(60))), orderId), "and only once");
        Instant next = Instant.now();
        assertEquals(0, fills(router.onGap(new KrakenWsEvent.Gap(next, next, Duration.ZERO)), orderId), "nor at the next gap");
    }

    @Test
    void aFailedBackfillIsRecoveredByAHeartbeatOnAQuietAccount() throws Exception {
        Instant gapStart = Instant.now().minusSeconds(2);
        String orderId = marketBuy();
        simulator.faults().exchange().failNextRestCalls(1, ExchangeFaults.UNAVAILABLE);
        Instant gapEnd = Instant.now();
        assertEquals(0, fills(router.onGap(new KrakenWsEvent.Gap(gapStart, gapEnd, Duration.between(gapStart, gapEnd))), orderId));
        assertEquals(0, fills(router.onHeartbeat(gapEnd.plusSeconds(1)), orderId), "too soon to retry");
        assertEquals(1, fills(router.onHeartbeat(gapEnd.plus(ChannelRouter.BACKFILL_RETRY).plusSeconds(2)), orderId));
        assertEquals(0, fills(router.onHeartbeat(gapEnd.plusSeconds(60)), orderId), "once");
    }

    @Test
    void aFailedBackfillIsRecoveredByTheNextGapFromTheEarlierStart() throws Exception {
        Instant gapStart = Instant.now().minusSeconds(2);
        String orderId = marketBuy();
        simulator.faults().exchange().failNextRestCalls(1, ExchangeFaults.UNAVAILABLE);
        Instant gapEnd = Instant.now();
        assertEquals(0, fills(router.onGap(new KrakenWsEvent.Gap(gapStart, gapEnd, Duration.between(gapStart, gapEnd))), orderId));
        // the next gap starts later than the fill: its own window alone would not hold it
        Thread.sleep(2_100);
        Instant next = Instant.now();
        List<SourceRecord> atNextGap = router.onGap(new KrakenWsEvent.Gap(next, next, Duration.ZERO));
        assertEquals(1, fills(atNextGap, orderId), "recovered from the failed gap's start");
        assertEquals(true, ((Struct) atNextGap.get(0).value()).get("backfilled"));
    }

    private static long fills(List<SourceRecord> records, String orderId) {
        return records.stream().filter(r -> "kraken.execution".equals(r.topic())).map(r -> (Struct) r.value())
                .filter(e -> orderId.equals(e.get("order_id")) && "trade".equals(e.get("exec_type"))).count();
    }

    /** Kraken's documented status update (exec_type new), as one of {@code orderId}, received at {@code at}. */
    private static KrakenWsMessage executionsMessage(String orderId, Instant at) {
        ObjectNode frame = Vectors.json("ws-v2/executions.json").get("update_new").deepCopy();
        ((ObjectNode) frame.get("data").get(0)).put("order_id", orderId);
        return KrakenWsMessage.from(frame, at, System.nanoTime());
    }

    /** Kraken's documented trade sample, as the fill {@code execId} of {@code orderId}. */
    private static KrakenWsMessage tradeMessage(String orderId, String execId, Instant at) {
        ObjectNode frame = Vectors.json("ws-v2/executions.json").get("update_trade").deepCopy();
        ((ObjectNode) frame.get("data").get(0)).put("order_id", orderId).put("exec_id", execId);
        return KrakenWsMessage.from(frame, at, System.nanoTime());
    }

    private String marketBuy() throws Exception {
        String token = rest.webSocketsToken().token();
        KrakenWsConfig config = KrakenWsConfig.builder(simulator.privateWs()).name("trader").build();
        try (KrakenWsSession trader = new KrakenWsSession(config, () -> token, new KrakenWsListener() { })) {
            trader.connect().get(10, TimeUnit.SECONDS);
            ObjectNode params = KrakenJson.mapper().createObjectNode().put("order_type", "market").put("side", "buy")
                    .put("order_qty", new BigDecimal("0.01")).put("symbol", "BTC/USD");
            KrakenWsResponse ack = trader.request("add_order", params).get(10, TimeUnit.SECONDS);
            assertTrue(ack.success(), ack.toString());
            return ack.result().get("order_id").asText();
        }
    }
}
