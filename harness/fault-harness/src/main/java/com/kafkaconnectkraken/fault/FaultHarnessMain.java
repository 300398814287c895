package com.kafkaconnectkraken.fault;

import com.kafkaconnectkraken.cli.FaultCluster;
import java.nio.file.Path;

/**
 * Runs one scenario with scenario 6 (secret scan) on a fresh {@link FaultCluster} and prints the counts; exit status 0
 * when clean, 1 when a promise broke, 2 on bad arguments. {@code --scenario sink-kill} (the default: scenario 1, kill
 * -9 of the sink task's worker, {@link SinkKillScenario}) or {@code source-kill} (scenario 2, kill -9 of the source
 * task's worker, {@link SourceKillScenario}). From the repository root, after {@code ./mvnw -B -DskipTests package}:
 * <pre>
 * java -cp "harness/fault-harness/target/classes:$(cat harness/fault-harness/target/fault.classpath)" \
 *   com.kafkaconnectkraken.fault.FaultHarnessMain --venue trader --commands 1000 --rate 50 --kills 3
 * java -cp "harness/fault-harness/target/classes:$(cat harness/fault-harness/target/fault.classpath)" \
 *   com.kafkaconnectkraken.fault.FaultHarnessMain --scenario source-kill --kills 3 --seconds 180
 * </pre>
 * Options: {@code --venue spot|trader} (sink-kill only; spot: the Kraken Spot sink; trader: the Trader WebSocket API
 * sink, see {@link SinkVenue#named}), {@code --commands N} (sink-kill: 1000), {@code --seconds S} (source-kill: how
 * long the market orders run, 180), {@code --rate R} per second (sink-kill: commands, 50; source-kill: market
 * orders, 2), {@code --kills K} (3), {@code --base-port P} (29092), {@code --data-dir DIR} (target/fault-run),
 * {@code --stack-home DIR} (kraken-connect-cli/target/stack).
 */
public final class FaultHarnessMain {

    private FaultHarnessMain() {
    }

    /** @param args see the class comment */
    public static void main(String[] args) throws Exception {
        String scenario = "sink-kill";
        SinkVenue venue = new SpotVenue();
        int commands = 1000;
        int seconds = 180;
        Integer rate = null;
        int kills = 3;
        int basePort = 29092;
        Path dataDir = Path.of("harness/fault-harness/target/fault-run");
        Path stackHome = Path.of("kraken-connect-cli/target/stack");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--scenario" -> scenario = args[i + 1];
                case "--venue" -> venue = SinkVenue.named(args[i + 1]);
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                case "--commands" -> commands = Integer.parseInt(args[i + 1]);
                case "--rate" -> rate = Integer.parseInt(args[i + 1]);
                case "--kills" -> kills = Integer.parseInt(args[i + 1]);
                case "--base-port" -> basePort = Integer.parseInt(args[i + 1]);
                case "--data-dir" -> dataDir = Path.of(args[i + 1]);
                case "--stack-home" -> stackHome = Path.of(args[i + 1]);
                default -> {
                    System.err.println("Unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        if ("source-kill".equals(scenario)) {
            SourceKillResult result = runSourceKill(stackHome, dataDir.toAbsolutePath(), basePort, kills, seconds,
                    rate == null ? 2 : rate);
            System.out.println(result.report());
            System.exit(result.clean() ? 0 : 1);
        }
        if (!"sink-kill".equals(scenario)) {
            System.err.println("Unknown scenario " + scenario + " (sink-kill or source-kill)");
            System.exit(2);
        }
        SinkKillResult result = run(stackHome, dataDir.toAbsolutePath(), basePort, venue, commands,
                rate == null ? 50 : rate, kills);
        System.out.println(result.report());
        System.exit(result.clean() ? 0 : 1);
    }

    /**
     * Starts the cluster, runs scenario 2 ({@link SourceKillScenario}), stops the cluster (logs kept in
     * {@code <dataDir>/logs}).
     *
     * @return the counts
     */
    static SourceKillResult runSourceKill(Path stackHome, Path dataDir, int basePort, int kills, int seconds, int rate)
            throws Exception {
        try (FaultCluster cluster = new FaultCluster(stackHome.toAbsolutePath(), dataDir, basePort)) {
            long start = System.nanoTime();
            cluster.start();
            System.out.printf("cluster up in %.0f s: broker, registry, simulator, %d workers; logs %s%n",
                    (System.nanoTime() - start) / 1e9, FaultCluster.WORKERS, cluster.logs());
            return new SourceKillScenario(cluster).run(kills, seconds, rate);
        }
    }

    /**
     * Starts the cluster, runs the scenarios on {@code venue}'s sink, stops the cluster (logs kept in {@code <dataDir>/logs}).
     *
     * @return the counts
     */
    static SinkKillResult run(Path stackHome, Path dataDir, int basePort, SinkVenue venue, int commands, int rate,
                              int kills) throws Exception {
        try (FaultCluster cluster = new FaultCluster(stackHome.toAbsolutePath(), dataDir, basePort)) {
            long start = System.nanoTime();
            cluster.start();
            System.out.printf("cluster up in %.0f s: broker, registry, simulator, %d workers; logs %s%n",
                    (System.nanoTime() - start) / 1e9, FaultCluster.WORKERS, cluster.logs());
            return new SinkKillScenario(cluster, venue).run(commands, rate, kills);
        }
    }
}
