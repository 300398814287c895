package com.kafkaconnectkraken.fault;

import com.kafkaconnectkraken.cli.FaultCluster;
import java.nio.file.Path;

/**
 * Runs scenario 1 (kill -9 of the sink task's worker) and scenario 6 (secret scan) for one venue's sink, or scenario 3
 * (socket drops), on a fresh {@link FaultCluster} and prints the counts; exit status 0 when clean, 1 when a promise broke, 2 on bad arguments.
 * From the repository root, after {@code ./mvnw -B -DskipTests package}:
 * <pre>
 * java -cp "harness/fault-harness/target/classes:$(cat harness/fault-harness/target/fault.classpath)" \
 *   com.kafkaconnectkraken.fault.FaultHarnessMain --venue trader --commands 1000 --rate 50 --kills 3
 * </pre>
 * {@code --scenario sink-kill} (the default: scenarios 1 and 6) or {@code --scenario socket-drops} (scenarios 3 and 6,
 * {@link SocketDropScenario}: {@code --drops N} (1000) connections cut, plan from {@code --seed S} (20261207)):
 * <pre>
 * java -cp ... com.kafkaconnectkraken.fault.FaultHarnessMain --scenario socket-drops --drops 1000 --seed 20261207
 * </pre>
 * Options of sink-kill: {@code --venue spot|trader} (spot: the Kraken Spot sink; trader: the Trader WebSocket API sink, see
 * {@link SinkVenue#named}), {@code --commands N} (1000), {@code --rate R} per second (50), {@code --kills K} (3), {@code --base-port P}
 * (29092), {@code --data-dir DIR} (target/fault-run), {@code --stack-home DIR} (kraken-connect-cli/target/stack).
 */
public final class FaultHarnessMain {

    private FaultHarnessMain() {
    }

    /** @param args see the class comment */
    public static void main(String[] args) throws Exception {
        SinkVenue venue = new SpotVenue();
        int commands = 1000;
        int rate = 50;
        int kills = 3;
        int basePort = 29092;
        Path dataDir = Path.of("harness/fault-harness/target/fault-run");
        Path stackHome = Path.of("kraken-connect-cli/target/stack");
        String scenario = "sink-kill";
        int drops = 1000;
        long seed = 20261207L;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--scenario" -> scenario = args[i + 1];
                case "--drops" -> drops = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--venue" -> venue = SinkVenue.named(args[i + 1]);
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
        if ("socket-drops".equals(scenario)) {
            SocketDropResult result = runSocketDrops(stackHome, dataDir.toAbsolutePath(), basePort, drops, seed);
            System.out.println(result.report());
            System.exit(result.clean() ? 0 : 1);
        } else if (!"sink-kill".equals(scenario)) {
            System.err.println("Unknown scenario " + scenario + " (sink-kill or socket-drops)");
            System.exit(2);
        }
        SinkKillResult result = run(stackHome, dataDir.toAbsolutePath(), basePort, venue, commands, rate, kills);
        System.out.println(result.report());
        System.exit(result.clean() ? 0 : 1);
    }

    /**
     * Starts the cluster, runs scenario 3 ({@link SocketDropScenario}), stops the cluster (logs kept).
     *
     * @return the counts
     */
    static SocketDropResult runSocketDrops(Path stackHome, Path dataDir, int basePort, int drops, long seed)
            throws Exception {
        try (FaultCluster cluster = new FaultCluster(stackHome.toAbsolutePath(), dataDir, basePort)) {
            long start = System.nanoTime();
            cluster.start();
            System.out.printf("cluster up in %.0f s: broker, registry, simulator, %d workers; logs %s%n",
                    (System.nanoTime() - start) / 1e9, FaultCluster.WORKERS, cluster.logs());
            return new SocketDropScenario(cluster).run(drops, seed);
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
