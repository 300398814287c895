package com.kafkaconnectkraken.stack;

import com.kafkaconnectkraken.simulator.KrakenSimulator;
import com.kafkaconnectkraken.simulator.KrakenSimulatorBuilder;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/**
 * The stack's trading simulator process: the simulator's generator (seeded random walk) plus one funded demo
 * account the sink connector trades with. Runs with the simulator's runnable jar on the class path.
 *
 * <pre>
 * java -cp kraken-simulator-all.jar:kraken-stack.jar com.kafkaconnectkraken.stack.SimulatorMain
 *      --port N --symbols ETH/USD,SOL/USD --rate 200 --api-key KEY --deposit USD=100000
 * </pre>
 * The API secret (base64) comes from the environment variable {@code KRAKEN_SIM_API_SECRET} so it never shows in
 * the process list. Prints {@code READY} on standard output once listening; stops on SIGTERM.
 */
public final class SimulatorMain {

    /** Environment variable holding the demo account's base64 API secret. */
    public static final String SECRET_ENV = "KRAKEN_SIM_API_SECRET";

    private SimulatorMain() {
    }

    /**
     * @param args see the class comment
     * @throws InterruptedException if interrupted while running
     */
    public static void main(String[] args) throws InterruptedException {
        KrakenSimulatorBuilder builder = KrakenSimulator.builder();
        String apiKey = null;
        String deposit = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--port" -> builder.port(Integer.parseInt(value));
                case "--symbols" -> builder.symbols(Arrays.asList(value.split(",")));
                case "--rate" -> builder.rate(Double.parseDouble(value));
                case "--seed" -> builder.seed(Long.parseLong(value));
                case "--api-key" -> apiKey = value;
                case "--deposit" -> deposit = value;
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        String secret = System.getenv(SECRET_ENV);
        if (apiKey != null && (secret == null || secret.isBlank())) {
            throw new IllegalArgumentException("--api-key needs the account's base64 secret in the environment variable "
                    + SECRET_ENV);
        }
        if (apiKey != null) {
            builder.account(apiKey, secret);
        }
        KrakenSimulator simulator = builder.build().start();
        if (apiKey != null && deposit != null) {
            String[] assetAmount = deposit.split("=", 2);
            simulator.exchange().deposit(apiKey, assetAmount[0], new BigDecimal(assetAmount[1]));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "simulator-shutdown"));
        System.out.println("publicWs=" + simulator.publicWs());
        System.out.println("privateWs=" + simulator.privateWs());
        System.out.println("rest=" + simulator.rest());
        System.out.println("READY");
        System.out.flush();
        stopped.await();
    }
}
