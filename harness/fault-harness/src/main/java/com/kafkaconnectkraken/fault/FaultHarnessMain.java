package com.kafkaconnectkraken.fault;

import com.kafkaconnectkraken.cli.FaultCluster;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Runs one scenario of RELIABILITY.md, with scenario 6 (secret scan), on a fresh {@link FaultCluster}, prints its
 * counts and stops the cluster (logs kept in {@code <data-dir>/logs}); exit status 0 when every promise held, 1 when
 * one broke, 2 on bad arguments. From the repository root, after {@code ./mvnw -B -DskipTests package}:
 * <pre>
 * java -cp "harness/fault-harness/target/classes:$(cat harness/fault-harness/target/fault.classpath)" \
 *   com.kafkaconnectkraken.fault.FaultHarnessMain --scenario sink-kill --venue trader --commands 1000 --rate 50 --kills 3
 * </pre>
 * Scenarios and their options (defaults in brackets):
 * <ul>
 *   <li>{@code sink-kill} [the default] (1, {@link SinkKillScenario}): {@code --venue spot|trader} [spot, see
 *       {@link SinkVenue#named}], {@code --commands N} [1000], {@code --rate R} commands/s [50], {@code --kills K} [3];</li>
 *   <li>{@code source-kill} (2, {@link SourceKillScenario}): {@code --kills K} [3], {@code --seconds S} of market orders
 *       [180], {@code --rate R} market orders/s [2];</li>
 *   <li>{@code socket-drops} (3, {@link SocketDropScenario}): {@code --drops N} [1000], {@code --seed S} [20261207];</li>
 *   <li>{@code outages} (4, {@link OutageScenario}): {@code --broker-restarts N} [1], {@code --registry-seconds S} [60],
 *       {@code --exchange-seconds S} [30], {@code --rate R} commands/s [1].</li>
 * </ul>
 * Every scenario: {@code --base-port P} [29092], {@code --data-dir DIR} [harness/fault-harness/target/fault-run],
 * {@code --stack-home DIR} [kraken-connect-cli/target/stack].
 */
public final class FaultHarnessMain {

    private static final Set<String> OPTIONS = Set.of("scenario", "venue", "commands", "rate", "kills", "seconds", "drops",
            "seed", "broker-restarts", "registry-seconds", "exchange-seconds", "base-port", "data-dir", "stack-home");

    /** What a scenario printed and whether every promise held. */
    private record Outcome(String report, boolean clean) {
    }

    /** One scenario on a started cluster. */
    private interface Scenario {
        Outcome run(FaultCluster cluster) throws Exception;
    }

    private FaultHarnessMain() {
    }

    /** @param args see the class comment */
    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String key = args[i].startsWith("--") ? args[i].substring(2) : args[i];
            if (!OPTIONS.contains(key) || i + 1 >= args.length) {
                exit("Unknown option or missing value: " + args[i]);
            }
            o.put(key, args[i + 1]);
        }
        Scenario scenario = switch (o.getOrDefault("scenario", "sink-kill")) {
            case "sink-kill" -> cluster -> {
                SinkKillResult r = new SinkKillScenario(cluster, SinkVenue.named(o.getOrDefault("venue", "spot")))
                        .run(integer(o, "commands", 1000), integer(o, "rate", 50), integer(o, "kills", 3));
                return new Outcome(r.report(), r.clean());
            };
            case "source-kill" -> cluster -> {
                SourceKillResult r = new SourceKillScenario(cluster)
                        .run(integer(o, "kills", 3), integer(o, "seconds", 180), integer(o, "rate", 2));
                return new Outcome(r.report(), r.clean());
            };
            case "socket-drops" -> cluster -> {
                SocketDropResult r = new SocketDropScenario(cluster)
                        .run(integer(o, "drops", 1000), Long.parseLong(o.getOrDefault("seed", "20261207")));
                return new Outcome(r.report(), r.clean());
            };
            case "outages" -> cluster -> {
                OutageResult r = new OutageScenario(cluster).run(new OutageScenario.Outages(integer(o, "broker-restarts", 1),
                        integer(o, "registry-seconds", 60), integer(o, "exchange-seconds", 30), integer(o, "rate", 1)));
                return new Outcome(r.report(), r.clean());
            };
            default -> {
                exit("Unknown scenario " + o.get("scenario") + " (sink-kill, source-kill, socket-drops or outages)");
                yield null;
            }
        };
        Path stackHome = Path.of(o.getOrDefault("stack-home", "kraken-connect-cli/target/stack")).toAbsolutePath();
        Path dataDir = Path.of(o.getOrDefault("data-dir", "harness/fault-harness/target/fault-run")).toAbsolutePath();
        Outcome outcome;
        try (FaultCluster cluster = new FaultCluster(stackHome, dataDir, integer(o, "base-port", 29092))) {
            long start = System.nanoTime();
            cluster.start();
            System.out.printf("cluster up in %.0f s: broker, registry, simulator, %d workers; logs %s%n",
                    (System.nanoTime() - start) / 1e9, FaultCluster.WORKERS, cluster.logs());
            outcome = scenario.run(cluster);
        }
        System.out.println(outcome.report());
        System.exit(outcome.clean() ? 0 : 1);
    }

    private static int integer(Map<String, String> options, String key, int orElse) {
        String value = options.get(key);
        try {
            return value == null ? orElse : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            exit("--" + key + " must be a whole number, was " + value);
            return orElse;
        }
    }

    private static void exit(String message) {
        System.err.println(message);
        System.exit(2);
    }
}
