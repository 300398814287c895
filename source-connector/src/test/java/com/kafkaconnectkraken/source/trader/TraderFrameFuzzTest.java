package com.kafkaconnectkraken.source.trader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.trader.TraderTokens;
import com.kafkaconnectkraken.client.ws.FuzzWires;
import com.kafkaconnectkraken.client.ws.KrakenWsConfig;
import com.kafkaconnectkraken.client.ws.TraderMessage;
import com.kafkaconnectkraken.client.ws.TraderWsListener;
import com.kafkaconnectkraken.client.ws.TraderWsSession;
import com.kafkaconnectkraken.schema.DecimalHandlingMode;
import com.kafkaconnectkraken.source.fuzz.FrameFuzz;
import com.kafkaconnectkraken.source.mapping.RecordFactory;
import com.kafkaconnectkraken.source.metrics.TaskMetrics;
import com.kafkaconnectkraken.source.stream.GapRecords;
import com.kafkaconnectkraken.source.stream.RecordQueue;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Fuzz of the Trader source (issue 15, scenario 5): mutations of the Trader event frames the mapper tests use, routed
 * through the session's Trader frame router into {@link TraderStream}. Size and seed: see {@link FrameFuzz}.
 */
class TraderFrameFuzzTest {

    private static final List<String> FRAMES = List.of(
            frame("quoteEvent", "{'symbol':'EURUSD','bid':1.08430,'ask':1.08450,'ts':'2026-06-01T12:00:00Z'}"),
            frame("depthEvent", "{'symbol':'EURUSD','bids':[[1.0842,1],[1.0841,2]],'asks':[[1.0845,1],[1.0846,3]],"
                    + "'ts':'2026-06-01T12:00:00Z'}"),
            frame("executionEvent", "{'accountId':'acc_1','orderId':'o-7','clientOrderId':'c-1','symbol':'EURUSD',"
                    + "'side':'SELL','type':'LIMIT','quantity':10000,'filledQuantity':2500,'price':1.08500,"
                    + "'avgPrice':1.08450,'status':'PARTIALLY_FILLED','ts':'2026-06-01T12:00:00Z','commission':0.50,"
                    + "'venue':{'mic':'XOFF'},'timeInForce':'GTC'}"),
            frame("portfolioEvent", "{'accountId':'acc_1','balances':[{'currency':'USD','amount':99891.50}],"
                    + "'positions':[{'positionId':'p-1','symbol':'EURUSD','side':'BUY','quantity':10000,"
                    + "'avgPrice':1.08450,'unrealizedPnl':-2.00,'swap':0.1}],'ts':'2026-06-01T12:00:00Z'}"),
            frame("metricsEvent", "{'accountId':'acc_1','equity':100010.25,'balance':100000,'margin':0,"
                    + "'freeMargin':100010.25,'marginLevel':null,'unrealizedPnl':10.25,'realizedPnl':0,"
                    + "'ts':'2026-06-01T12:00:00Z'}"),
            frame("error", "{'code':'INVALID_SYMBOL','message':'unknown symbol'}"));

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final RecordFactory factory = TraderRecords.factory(DecimalHandlingMode.PRECISE, "kraken");
    private final RecordQueue queue = new RecordQueue(100_000);
    private final TaskMetrics metrics = new TaskMetrics("trader-fuzz", 0);
    private final FrameFuzz fuzz = new FrameFuzz("trader", metrics, queue);
    private final TraderStream stream = new TraderStream(listener -> new TraderWsSession(
            KrakenWsConfig.builder(URI.create("ws://127.0.0.1:9/api/v1/ws")).name("trader-fuzz").build(),
            TraderTokens.given(jwt(), Clock.systemUTC()), listener), new TraderRecords(factory),
            new GapRecords(factory, TraderRecordType.GAP), null, queue, metrics, List.of("EURUSD"));

    @AfterEach
    void close() {
        stream.close();
        metrics.close();
        timer.shutdownNow();
    }

    @Test
    void mutatedTraderFramesAreRecordsThatFitOrCountedOnce() throws Exception {
        Consumer<String> route = FuzzWires.trader(guarded(), timer);
        fuzz.run(seeds(), List.of(), FrameFuzz.framesPerVenue(), route, (mutation, produced) -> { });
        assertEquals(0, fuzz.escaped.size(), "exceptions escaped the stream (seed " + FrameFuzz.seed() + ")");
    }

    private TraderWsListener guarded() {
        return new TraderWsListener() {
            @Override
            public void onTraderMessage(TraderMessage message) {
                fuzz.guard(() -> stream.onTraderMessage(message));
            }

            @Override
            public void onMalformedFrame(String frame, Exception cause) {
                fuzz.guard(() -> stream.onMalformedFrame(frame, cause));
            }
        };
    }

    private static List<JsonNode> seeds() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String text : FRAMES) {
            out.add(KrakenJson.mapper().readTree(text));
        }
        return out;
    }

    private static String frame(String type, String payload) {
        return "{\"type\":\"" + type + "\",\"payload\":" + payload.replace('\'', '"') + "}";
    }

    private static String jwt() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString("{\"exp\":4102444800}".getBytes(StandardCharsets.UTF_8)) + ".sig";
    }
}
