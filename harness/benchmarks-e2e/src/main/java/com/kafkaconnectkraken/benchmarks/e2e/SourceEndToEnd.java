package com.kafkaconnectkraken.benchmarks.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import com.kafkaconnectkraken.registry.ConfluentAvro;
import com.kafkaconnectkraken.simulator.KrakenSimulator;
import com.kafkaconnectkraken.testkit.ApicurioConverterConfig;
import com.kafkaconnectkraken.testkit.ConnectStack;
import com.kafkaconnectkraken.testkit.SimulatorConnectorConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.kafka.connect.json.JsonConverter;

/**
 * Source connector end to end: the simulator's generator at fixed event rates, one source task
 * subscribed to {@code book}, the worker converting to Avro (Apicurio converter, Confluent wire
 * format, real registry) and producing to a real broker. Per rate it reports the records/s that
 * reached the broker and the frame-to-broker-ack latency.
 *
 * <p>Latency of a record = the broker acknowledgement time seen by the worker's producer
 * ({@link AckTimes}) minus the frame's {@code timestamp}, which the simulator writes (wall clock,
 * microseconds) when it builds the frame, just before sending it. Both are read from the same
 * clock in this one JVM. Only records produced in the measured window count; a run is valid only
 * with 0 {@code book_reset} and 0 {@code gap} records.
 *
 * <p>Arguments ({@code key=value}): {@code symbols} (1), {@code depth} (book depth, 1000),
 * {@code rates} (generator events/s, comma separated), {@code warmup} and {@code seconds} (per rate),
 * {@code converter} (comma separated, each rate runs them in turn on the same stack: {@code avro} = Apicurio with the
 * project's caching resolver as documented, {@code avro-default-resolver} = Apicurio's own resolver, {@code json}),
 * {@code linger.ms} (the connector's {@code producer.override.linger.ms}; {@code default} = the worker's,
 * which is Kafka 4's 5 ms).
 * Run as described in BENCHMARKS.md.
 */
public final class SourceEndToEnd {

    private static final Map<String, String> DEFAULTS = Map.of("symbols", "1", "depth", "1000",
            "rates", "1000,10000,25000,50000,100000,200000", "warmup", "10", "seconds", "20", "linger.ms", "default", "converter", "avro");

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Numbers the runs of one JVM, so a rate given twice gets fresh topics. */
    private static final AtomicInteger RUNS = new AtomicInteger();

    /** What one rate gave. */
    record Result(int rate, double recordsPerSecond, long records, Latencies latency, long unacked,
                  long resets, long gaps, String cpu) {
    }

    private SourceEndToEnd() {
    }

    /**
     * Runs every rate on one stack and prints a Markdown table.
     *
     * @param args {@code key=value} arguments, see the class comment
     */
    public static void main(String[] args) throws Exception {
        HarnessArgs.quietLogging();
        HarnessArgs a = new HarnessArgs(args, DEFAULTS);
        System.out.println("source end to end " + a);
        StringBuilder cpu = new StringBuilder();
        try (ConnectStack stack = ConnectStack.builder()
                .workerProperty("producer.interceptor.classes", AckTimes.class.getName()).start()) {
            System.out.println("| converter | events/s offered | records/s at broker | records | p50 ms | p99 ms"
                    + " | p999 ms | max ms | unacked | book_reset | gap |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (int rate : a.integers("rates")) {
                for (String kind : a.texts("converter")) {
                    Result r = run(stack, rate, symbols(a.integer("symbols")), a.integer("depth"),
                            tuning(stack, kind, a.text("linger.ms")), a.integer("warmup"), a.integer("seconds"));
                    System.out.printf("| %s | %,d | %,.0f | %,d | %s | %d | %d | %d |%n", kind, r.rate(),
                            r.recordsPerSecond(), r.records(), r.latency().cells(), r.unacked(), r.resets(), r.gaps());
                    cpu.append(String.format("%nCPU at %,d events/s offered, %s (this JVM; the registry is a child"
                            + " process)%n| thread group | cores | CPU µs per record |%n|---|---:|---:|%n%s%n",
                            rate, kind, r.cpu()));
                }
            }
        }
        System.out.println(cpu);
        System.exit(0);
    }

    /** The measured window of one rate: end offsets of the book topic, its length, CPU, resets and gaps. */
    private record Window(long from, long to, double seconds, String cpu, long resets, long gaps) {
    }

    static Result run(ConnectStack stack, int rate, List<String> symbols, int depth, Map<String, String> tuning,
                      int warmup, int seconds) throws InterruptedException {
        String name = "e2e-source-" + rate + "-" + RUNS.incrementAndGet();
        String topic = name + ".book";
        Topics topics = new Topics(stack.bootstrapServers());
        AckTimes.Recorder acks = AckTimes.watch(topic, (int) Math.min(Integer.MAX_VALUE - 8,
                (long) rate * (warmup + seconds + 30) + 100_000));
        Window w;
        try (KrakenSimulator simulator = KrakenSimulator.builder().symbols(symbols).seed(42).rate(rate)
                .maxQueuedFrames(10_000_000).build().start()) {
            Map<String, String> config = config(stack, simulator, name, symbols, depth);
            config.putAll(tuning);
            stack.deployConnector(name, config);
            stack.awaitRunning(name, 1);
            Thread.sleep(warmup * 1000L);
            w = measure(topics, name, seconds);
            stack.cluster().deleteConnector(name);
        }
        Latencies latency = new Latencies();
        long[] unacked = {0};
        Function<byte[], Object> timestampText = timestampText(stack, tuning);
        topics.read(topic, w.from(), w.to(), record -> {
            Object text = timestampText.apply(record.value());
            long ackedAt = acks.ackedAt(record.offset());
            if (ackedAt == 0) {
                unacked[0]++;
            } else if (text != null) {
                latency.record(ackedAt - epochMicros(text.toString()));
            }
        });
        AckTimes.unwatch(topic);
        return new Result(rate, (w.to() - w.from()) / w.seconds(), w.to() - w.from(), latency, unacked[0], w.resets(),
                w.gaps(), w.cpu());
    }

    private static Window measure(Topics topics, String name, int seconds) throws InterruptedException {
        String topic = name + ".book";
        long from = topics.endOffset(topic);
        long start = System.nanoTime();
        ThreadCpu before = ThreadCpu.snapshot();
        Thread.sleep(seconds * 1000L);
        long to = topics.endOffset(topic);
        double measured = (System.nanoTime() - start) / 1e9;
        return new Window(from, to, measured, before.rows(ThreadCpu.snapshot(), to - from, measured),
                topics.endOffset(name + ".book_reset"), topics.endOffset(name + ".gap"));
    }

    static Map<String, String> config(ConnectStack stack, KrakenSimulator simulator, String name, List<String> symbols,
                                      int depth) {
        Map<String, String> config = new HashMap<>(SimulatorConnectorConfig.endpoints(simulator));
        config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        config.put("connector.class", "com.kafkaconnectkraken.source.KrakenSourceConnector");
        config.put("tasks.max", "1");
        config.put("topic.prefix", name);
        config.put("channels", SpotChannel.BOOK.wireName());
        config.put("symbols", String.join(",", symbols));
        config.put("book.depth", Integer.toString(depth));
        // the simulator's REST AssetPairs lists its fixed pair table, not the generated P001/USD, ...: validate()'s
        // symbol check is skipped against a closed port (it logs one INFO line); the book channel needs no REST
        config.put("kraken.rest.url", "http://127.0.0.1:9");
        return config;
    }

    /** @return the connector's converter settings plus {@code producer.override.linger.ms} unless {@code default} */
    private static Map<String, String> tuning(ConnectStack stack, String kind, String lingerMs) {
        Map<String, String> tuning = new HashMap<>(converter(stack, kind));
        if (!lingerMs.equals("default")) {
            tuning.put("producer.override.linger.ms", lingerMs);
        }
        return tuning;
    }

    /**
     * @return value converter settings: {@code avro} (Apicurio, Confluent wire format, the project's caching
     *     resolver), {@code avro-default-resolver} (the same without it: Apicurio's own resolver) or {@code json}
     *     (schemaless)
     */
    static Map<String, String> converter(ConnectStack stack, String kind) {
        return switch (kind) {
            case "avro" -> stack.avroValueConverter();
            case "avro-default-resolver" -> {
                Map<String, String> avro = new HashMap<>(stack.avroValueConverter());
                avro.remove("value.converter." + ApicurioConverterConfig.SCHEMA_RESOLVER_KEY);
                yield avro;
            }
            case "json" -> Map.of("value.converter", JsonConverter.class.getName(),
                    "value.converter.schemas.enable", "false");
            default -> throw new IllegalArgumentException(
                    "converter must be avro, avro-default-resolver or json: " + kind);
        };
    }

    /** @return reads {@code timestamp_text} from a record value written with the given converter settings */
    private static Function<byte[], Object> timestampText(ConnectStack stack, Map<String, String> converter) {
        if (JsonConverter.class.getName().equals(converter.get("value.converter"))) {
            return value -> {
                try {
                    return JSON.readTree(value).path("timestamp_text").textValue();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
        }
        ConfluentAvro avro = stack.avro();
        return value -> avro.decodeRecord(value).get("timestamp_text");
    }

    /** @return BTC/USD, then generic pairs {@code P001/USD}, ... (the simulator's defaults for unknown pairs) */
    static List<String> symbols(int count) {
        List<String> symbols = new ArrayList<>(List.of("BTC/USD"));
        for (int i = 1; i < count; i++) {
            symbols.add(String.format("P%03d/USD", i));
        }
        return symbols;
    }

    static long epochMicros(String rfc3339) {
        Instant t = Instant.parse(rfc3339);
        return t.getEpochSecond() * 1_000_000L + t.getNano() / 1_000;
    }
}
