package com.kafkaconnectkraken.fault;

import com.kafkaconnectkraken.cli.FaultCluster;
import java.nio.file.Path;

/**
 * Runs scenario 1 (kill -9 of the sink task's worker) and scenario 6 (secret scan) for one venue's sink on a fresh
 * {@link FaultCluster} and prints the counts; exit status 0 when clean, 1 when a promise broke, 2 on bad arguments.
 * From the repository root, after {@code ./mvnw -B -DskipTests package}:
 * <pre>
 * java -cp "harness/fault-harness/target/classes:$(cat harness/fault-harness/target/fault.classpath)" \
 *   com.kafkaconnectkraken.fault.FaultHarnessMain --venue trader --commands 1000 --rate 50 --kills 3
 * </pre>
 * Scenario 4 (outages, {@link OutageScenario}) instead, with its sizes:
 * <pre>
 * java -cp ... com.kafkaconnectkraken.fault.FaultHarnessMain --scenario outages --registry-seconds 60 \
 *   --exchange-seconds 30 --broker-restarts 1 --rate 1
 * </pre>
 * Options: {@code --scenario sink-kill|outages} (sink-kill), {@code --registry-seconds S} (60), {@code --exchange-seconds S}
 * (30), {@code --broker-restarts N} (1) and {@code --rate R} (1 for outages) of scenario 4;
 * {@code --venue spot|trader} (spot: the Kraken Spot sink; trader: the Trader WebSocket API sink, see
 * {@link SinkVenue#named}), {@code --commands N} (1000), {@code --rate R} per second (50), {@code --kills K} (3), {@code --base-port P}
 * (29092), {@code --data-dir DIR} (target/fault-run), {@code --stack-home DIR} (kraken-connect-cli/target/stack).
 */
public final class FaultHarnessMain {

    private FaultHarnessMain() {
    }

    /** @param args see the class comment */
    public static void main(String[] args) throws Exception {
        SinkVenue venue = new SpotVenue();
        String scenario = "sink-kill";
        int registrySeconds = 60;
        int exchangeSeconds = 30;
        int brokerRestarts = 1;
        int commands = 1000;
        Integer rate = null;
        int kills = 3;
        int basePort = 29092;
        Path dataDir = Path.of("harness/fault-harness/target/fault-run");
        Path stackHome = Path.of("kraken-connect-cli/target/stack");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--venue" -> venue = SinkVenue.named(args[i + 1]);
                case "--scenario" -> scenario = args[i + 1];
                case "--registry-seconds" -> registrySeconds = Integer.parseInt(args[i + 1]);
                case "--exchange-seconds" -> exchangeSeconds = Integer.parseInt(args[i + 1]);
                case "--broker-restarts" -> brokerRestarts = Integer.parseInt(args[i + 1]);
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
        if ("outages".equals(scenario)) {
            OutageResult result = runOutages(stackHome, dataDir.toAbsolutePath(), basePort,
                    new OutageScenario.Outages(brokerRestarts, registrySeconds, exchangeSeconds, rate == null ? 1 : rate));
            System.out.println(result.report());
            System.exit(result.clean() ? 0 : 1);
        }
        if (!"sink-kill".equals(scenario)) {
            System.err.println("Unknown scenario " + scenario + " (sink-kill or outages)");
            System.exit(2);
        }
        SinkKillResult result = run(stackHome, dataDir.toAbsolutePath(), basePort, venue, commands, rate == null ? 50 : rate,
                kills);
        System.out.println(result.report());
        System.exit(result.clean() ? 0 : 1);
    }

    /**
     * Starts the cluster, runs scenario 4 with {@code outages}, stops the cluster (logs kept in {@code <dataDir>/logs}).
     *
     * @return the counts
     */
    static OutageResult runOutages(Path stackHome, Path dataDir, int basePort, OutageScenario.Outages outages)
            throws Exception {
        try (FaultCluster cluster = new FaultCluster(stackHome.toAbsolutePath(), dataDir, basePort)) {
            long start = System.nanoTime();
            cluster.start();
            System.out.printf("cluster up in %.0f s: broker, registry, simulator, %d workers; logs %s%n",
                    (System.nanoTime() - start) / 1e9, FaultCluster.WORKERS, cluster.logs());
            return new OutageScenario(cluster).run(outages);
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
