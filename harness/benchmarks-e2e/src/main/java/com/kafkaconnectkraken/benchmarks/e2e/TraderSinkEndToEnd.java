package com.kafkaconnectkraken.benchmarks.e2e;

import com.kafkaconnectkraken.simulator.KrakenSimulator;
import com.kafkaconnectkraken.testkit.ApicurioConverterConfig;
import com.kafkaconnectkraken.testkit.ConnectStack;
import java.util.HashMap;
import java.util.Map;

/**
 * The Trader sink end to end next to a direct client, same simulator, same run: {@code createOrder} commands
 * produced to Kafka, executed by the Trader sink task on the simulator's Trader API endpoint, final
 * acknowledgements consumed from the reply topic ({@link SinkClient}); and the same orders sent by
 * {@link TraderDirectClient} straight to the simulator. Reported: latency p50/p99/p999 at a fixed rate, and
 * orders/s one after the other (the API has no request id: one action in flight per connection, for both paths).
 *
 * <p>Order {@code i} is a resting LIMIT buy of 1000 EURUSD at 0.5 (far below the market, never fills) with
 * {@code clientOrderId} {@code <prefix>-<i>}; the sink runs with {@code trader.max.messages.per.second=1000} (the highest allowed), the direct client unpaced.
 *
 * <p>Arguments ({@code key=value}): {@code rate} (orders/s in the paced runs, 100), {@code count} (orders per paced
 * run, 3000), {@code warmup} (orders per path before measuring, 1000), {@code burst} (orders per flat-out run, 2000).
 */
public final class TraderSinkEndToEnd {

    private static final Map<String, String> DEFAULTS = Map.of("rate", "100", "count", "3000", "warmup", "1000",
            "burst", "2000");
    private static final String USER = "e2e-trader";
    private static final String PASSWORD = "e2e-password";
    private static final String ACCOUNT = "acc_e2e";
    private static final String COMMANDS = "e2e-trader-orders";

    private TraderSinkEndToEnd() {
    }

    /**
     * Prints one Markdown table row per path.
     *
     * @param args {@code key=value} arguments, see the class comment
     */
    public static void main(String[] args) throws Exception {
        HarnessArgs.quietLogging();
        HarnessArgs a = new HarnessArgs(args, DEFAULTS);
        System.out.println("trader sink end to end " + a);
        try (KrakenSimulator simulator = KrakenSimulator.builder().addTraderUser(USER, PASSWORD, ACCOUNT).build().start();
             ConnectStack stack = ConnectStack.start()) {
            stack.createTopic(COMMANDS, 1);
            stack.deployConnector("e2e-trader-sink", connector(stack, simulator));
            stack.awaitRunning("e2e-trader-sink", 1);
            try (TraderDirectClient direct = new TraderDirectClient(simulator, USER, PASSWORD);
                 SinkClient sink = new SinkClient(stack.bootstrapServers(), COMMANDS, COMMANDS + "-ack", stack.avro(),
                         TraderSinkEndToEnd::createOrder)) {
                compare(direct, sink, a);
            }
        }
        System.exit(0);
    }

    /** @return the {@code createOrder} payload of order {@code i} of a run */
    /**
     * @param price the price as it is written: {@code 0.5} on the Trader wire, {@code "0.5"} in a sink command (the
     *              sink refuses JSON floating-point prices)
     */
    static String createOrderParams(String prefix, int i, String price) {
        return "{\"accountId\":\"" + ACCOUNT + "\",\"symbol\":\"EURUSD\",\"side\":\"BUY\",\"type\":\"LIMIT\","
                + "\"quantity\":1000,\"price\":" + price + ",\"clientOrderId\":\"" + prefix + "-" + i + "\"}";
    }

    private static String createOrder(String prefix, int i) {
        return "{\"method\":\"createOrder\",\"params\":" + createOrderParams(prefix, i, "\"0.5\"") + "}";
    }

    private static void compare(TraderDirectClient direct, SinkClient sink, HarnessArgs a) throws Exception {
        direct.paced("dw", a.integer("rate") * 2, a.integer("warmup"));
        sink.paced("sw", a.integer("rate") * 2, a.integer("warmup"));
        Latencies directLatency = direct.paced("dp", a.integer("rate"), a.integer("count"));
        Latencies sinkLatency = sink.paced("sp", a.integer("rate"), a.integer("count"));
        double directBurst = direct.burst("db", a.integer("burst"));
        double sinkBurst = sink.burst("sb", a.integer("burst"));
        Latencies.printSinkTable("direct Trader client", directLatency, String.format("%,.0f one at a time", directBurst),
                "Trader sink (command -> ack)", sinkLatency, sinkBurst);
    }

    /** @return the Trader sink: schemaless JSON commands, Avro (Confluent wire) acknowledgements */
    private static Map<String, String> connector(ConnectStack stack, KrakenSimulator simulator) {
        Map<String, String> c = new HashMap<>();
        c.put("connector.class", "com.kafkaconnectkraken.sink.trader.TraderSinkConnector");
        c.put("tasks.max", "1");
        c.put("topics", COMMANDS);
        c.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        c.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        c.put("value.converter.schemas.enable", "false");
        c.put("trader.url", simulator.traderWs().toString());
        c.put("trader.username", USER);
        c.put("trader.password", PASSWORD);
        c.put("trader.max.messages.per.second", "1000");
        c.put("reply.topic", COMMANDS + "-ack");
        c.put("reply.bootstrap.servers", stack.bootstrapServers());
        c.put("reply.value.converter", ApicurioConverterConfig.CONVERTER_CLASS);
        ApicurioConverterConfig.converterProperties(stack.registry().registryV2Url())
                .forEach((k, v) -> c.put("reply.value.converter." + k, v));
        return c;
    }
}
