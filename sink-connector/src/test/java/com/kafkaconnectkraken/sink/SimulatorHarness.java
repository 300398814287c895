package com.kafkaconnectkraken.sink;

import com.kafkaconnectkraken.simulator.KrakenSimulator;
import com.kafkaconnectkraken.sink.config.KrakenSinkConnectorConfig;
import com.kafkaconnectkraken.sink.guard.PlacedOrders;
import com.kafkaconnectkraken.sink.reply.AckSink;
import com.kafkaconnectkraken.sink.reply.ReplyHistory;
import com.kafkaconnectkraken.sink.reply.ReplyWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Component-test wiring: the real simulator (WS v2 trading + executions + REST) and the sink's
 * real pipeline; only the reply topic is an in-memory producer whose records are decoded back
 * with the same JSON converter.
 */
final class SimulatorHarness implements AutoCloseable {

    static final String KEY = "sink-test-key";
    static final String SECRET = "c2luay10ZXN0LXNlY3JldC1zaW5rLXRlc3Qtc2VjcmV0";

    final KrakenSimulator simulator;
    final MockProducer<byte[], byte[]> producer = new MockProducer<>(true, null, new ByteArraySerializer(),
        new ByteArraySerializer());
    final List<SinkRecord> dlq = new ArrayList<>();
    final PlacedOrders orders = new PlacedOrders(1000);
    private final JsonConverter json = new JsonConverter();
    private final List<TradingRuntime> runtimes = new ArrayList<>();

    SimulatorHarness() {
        simulator = KrakenSimulator.builder().account(KEY, SECRET).build().start();
        simulator.exchange().deposit(KEY, "USD", new BigDecimal("10000000"));
        simulator.exchange().deposit(KEY, "BTC", new BigDecimal("100"));
        json.configure(Map.of("schemas.enable", "false"), false);
    }

    Map<String, String> props() {
        Map<String, String> p = new HashMap<>();
        p.put("topics", "orders");
        p.put("kraken.ws.private.url", simulator.privateWs().toString());
        p.put("kraken.rest.url", simulator.rest().toString());
        p.put("kraken.api.key", KEY);
        p.put("kraken.api.secret", SECRET);
        p.put("reply.topic", "orders-ack");
        p.put("reply.bootstrap.servers", "127.0.0.1:9");
        p.put("reply.value.converter.schemas.enable", "false");
        p.put("ws.request.timeout.ms", "3000");
        return p;
    }

    /** A connected runtime with a fresh reply history (like a restarted task that read no acks). */
    TradingRuntime runtime(Map<String, String> props) {
        return runtime(props, new ReplyHistory(), new ReplyHistory());
    }

    /** A connected runtime whose acknowledgements and reply-history lookups share {@code history}, as in the task. */
    TradingRuntime runtime(Map<String, String> props, ReplyHistory history) {
        return runtime(props, history, history);
    }

    private TradingRuntime runtime(Map<String, String> props, ReplyHistory written, ReplyHistory read) {
        KrakenSinkConnectorConfig config = new KrakenSinkConnectorConfig(props);
        ReplyWriter writer = new ReplyWriter(config.replyTopic(), converter(), producer, Duration.ofSeconds(5));
        ErrantRecordReporter reporter = (record, error) -> {
            dlq.add(record);
            return CompletableFuture.completedFuture(null);
        };
        TradingRuntime runtime = TradingRuntime.connect(config, new AckSink(writer, written, reporter), read, orders,
            Clock.systemUTC());
        runtimes.add(runtime);
        return runtime;
    }

    private JsonConverter converter() {
        JsonConverter c = new JsonConverter();
        c.configure(Map.of("schemas.enable", "false"), false);
        return c;
    }

    /** @return every acknowledgement written so far, decoded */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> acks() {
        List<Map<String, Object>> out = new ArrayList<>();
        producer.history().forEach(r -> out.add((Map<String, Object>) json.toConnectData("orders-ack", r.value()).value()));
        return out;
    }

    Map<String, Object> lastAck() {
        List<Map<String, Object>> all = acks();
        return all.get(all.size() - 1);
    }

    static SinkRecord record(long offset, Object value) {
        return new SinkRecord("orders", 0, null, "k" + offset, null, value, offset, System.currentTimeMillis(),
            org.apache.kafka.common.record.TimestampType.CREATE_TIME);
    }

    @Override
    public void close() {
        runtimes.forEach(r -> r.close(true));
        simulator.close();
    }
}
