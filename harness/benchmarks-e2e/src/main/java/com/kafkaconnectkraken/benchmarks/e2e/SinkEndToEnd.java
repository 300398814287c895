package com.kafkaconnectkraken.benchmarks.e2e;

import com.kafkaconnectkraken.client.spot.protocol.TradingTier;
import com.kafkaconnectkraken.simulator.KrakenSimulator;
import com.kafkaconnectkraken.simulator.exchange.ExchangeConfig;
import com.kafkaconnectkraken.testkit.ApicurioConverterConfig;
import com.kafkaconnectkraken.testkit.ConnectStack;
import com.kafkaconnectkraken.testkit.SimulatorConnectorConfig;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Sink connector end to end next to a direct client, same simulator, same run: {@code add_order}
 * commands produced to Kafka, executed by the sink task through the simulator's WS v2 trading
 * endpoint, final acknowledgements consumed from the reply topic ({@link SinkClient}); and the same
 * orders sent by {@link DirectClient} straight to the simulator. Reported: latency p50/p99/p999 at a
 * fixed rate, and orders/s sent flat out.
 *
 * <p>The simulator runs with per-pair rate and open-order limits lifted (a tier of 10^9) and the sink
 * with {@code guard.rate.limit.tier=none}, so Kraken's throttle (Pro: 180 counter, -3.75/s) does
 * not cap what is measured; the orders rest far below the market and never fill.
 *
 * <p>Arguments ({@code key=value}): {@code rate} (orders/s in the paced runs, 100), {@code count}
 * (orders per paced run, 3000), {@code warmup} (orders per path before measuring, 1000),
 * {@code burst} (orders per flat-out run, 3000).
 */
public final class SinkEndToEnd {

    private static final Map<String, String> DEFAULTS = Map.of("rate", "100", "count", "3000", "warmup", "1000",
            "burst", "3000");
    private static final String KEY = "e2e-key";
    private static final String SECRET = "ZTJlLXNlY3JldC1lMmUtc2VjcmV0LWUyZS1zZWNyZXQ=";
    private static final String COMMANDS = "e2e-orders";

    private SinkEndToEnd() {
    }

    /**
     * Prints one Markdown table row per path.
     *
     * @param args {@code key=value} arguments, see the class comment
     */
    public static void main(String[] args) throws Exception {
        HarnessArgs.quietLogging();
        HarnessArgs a = new HarnessArgs(args, DEFAULTS);
        System.out.println("sink end to end " + a);
        ExchangeConfig unthrottled = ExchangeConfig.builder().tradingTier(new TradingTier(1e9, 1e9, 1_000_000)).build();
        try (KrakenSimulator simulator = KrakenSimulator.builder().symbols("BTC/USD").rate(10).exchangeConfig(unthrottled)
                     .account(KEY, SECRET).build().start();
             ConnectStack stack = ConnectStack.start()) {
            simulator.exchange().deposit(KEY, "USD", new BigDecimal("1000000000"));
            stack.createTopic(COMMANDS, 1);
            stack.deployConnector("e2e-sink", connector(stack, simulator));
            stack.awaitRunning("e2e-sink", 1);
            try (DirectClient direct = new DirectClient(simulator, KEY, SECRET);
                 SinkClient sink = new SinkClient(stack.bootstrapServers(), COMMANDS, COMMANDS + "-ack", stack.avro(),
                         SinkClient::krakenAddOrder)) {
                compare(direct, sink, a);
            }
        }
        System.exit(0);
    }

    /** Warms both paths up, then runs each paced and flat out, and prints the table. */
    private static void compare(DirectClient direct, SinkClient sink, HarnessArgs a) throws Exception {
        direct.paced("dw", a.integer("rate") * 5, a.integer("warmup"));
        sink.paced("sw", a.integer("rate") * 5, a.integer("warmup"));
        Latencies directLatency = direct.paced("dp", a.integer("rate"), a.integer("count"));
        Latencies sinkLatency = sink.paced("sp", a.integer("rate"), a.integer("count"));
        double directBurst = direct.burst("db", a.integer("burst"));
        double directSequential = direct.sequential("ds", a.integer("burst"));
        double sinkBurst = sink.burst("sb", a.integer("burst"));
        Latencies.printSinkTable("direct WS client", directLatency,
                String.format("%,.0f pipelined, %,.0f one at a time", directBurst, directSequential),
                "sink connector (command -> ack)", sinkLatency, sinkBurst);
    }

    /** @return the sink connector: schemaless JSON commands, Avro (Confluent wire) acknowledgements */
    private static Map<String, String> connector(ConnectStack stack, KrakenSimulator simulator) {
        Map<String, String> c = new HashMap<>();
        c.put("connector.class", "com.kafkaconnectkraken.sink.KrakenSinkConnector");
        c.put("tasks.max", "1");
        c.put("topics", COMMANDS);
        c.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        c.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        c.put("value.converter.schemas.enable", "false");
        c.putAll(SimulatorConnectorConfig.tradingEndpoints(simulator));
        c.putAll(SimulatorConnectorConfig.credentials(KEY, SECRET));
        c.put("reply.topic", COMMANDS + "-ack");
        c.put("reply.bootstrap.servers", stack.bootstrapServers());
        c.put("reply.value.converter", ApicurioConverterConfig.CONVERTER_CLASS);
        ApicurioConverterConfig.converterProperties(stack.registry().registryV2Url())
                .forEach((k, v) -> c.put("reply.value.converter." + k, v));
        c.put("guard.rate.limit.tier", "none");
        return c;
    }
}
