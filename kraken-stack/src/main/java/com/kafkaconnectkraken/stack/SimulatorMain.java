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
 * the process list. Prints {@code READY} on standard output once listening; stops on SIGTERM. Bad arguments print
 * the usage and exit with status 2.
 */
public final class SimulatorMain {

    /** Environment variable holding the demo account's base64 API secret. */
    public static final String SECRET_ENV = "KRAKEN_SIM_API_SECRET";

    private static final String USAGE = "usage: SimulatorMain [--port N] [--symbols ETH/USD,SOL/USD] [--rate EVENTS_PER_S]"
            + " [--seed N] [--api-key KEY (secret in " + SECRET_ENV + ")] [--deposit ASSET=AMOUNT (needs --api-key)]";

    private SimulatorMain() {
    }

    /**
     * @param args see the class comment; bad arguments print the usage and exit with status 2
     * @throws InterruptedException if interrupted while running
     */
    public static void main(String[] args) throws InterruptedException {
        Arguments parsed;
        try {
            parsed = parse(args, System.getenv(SECRET_ENV));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        KrakenSimulator simulator = parsed.builder().build().start();
        if (parsed.depositAsset() != null) {
            simulator.exchange().deposit(parsed.apiKey(), parsed.depositAsset(), parsed.depositAmount());
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

    /**
     * Parses {@code --option value} pairs.
     *
     * @param args   see the class comment
     * @param secret the account's base64 API secret (from {@link #SECRET_ENV}), may be null without {@code --api-key}
     * @return the configured simulator builder (account set) and the deposit to make once it runs
     * @throws IllegalArgumentException naming the option that is unknown, lacks its value or has a bad value
     */
    static Arguments parse(String[] args, String secret) {
        KrakenSimulatorBuilder builder = KrakenSimulator.builder();
        String apiKey = null;
        String deposit = null;
        for (int i = 0; i < args.length; i += 2) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Missing value for " + option);
            }
            String value = args[i + 1];
            try {
                switch (option) {
                    case "--port" -> builder.port(Integer.parseInt(value));
                    case "--symbols" -> builder.symbols(Arrays.asList(value.split(",")));
                    case "--rate" -> builder.rate(Double.parseDouble(value));
                    case "--seed" -> builder.seed(Long.parseLong(value));
                    case "--api-key" -> apiKey = value;
                    case "--deposit" -> deposit = value;
                    default -> throw new IllegalArgumentException("Unknown option " + option);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not a number for " + option + ": " + value, e);
            }
        }
        if (apiKey != null) {
            if (secret == null || secret.isBlank()) {
                throw new IllegalArgumentException("--api-key needs the account's base64 secret in the environment variable "
                        + SECRET_ENV);
            }
            builder.account(apiKey, secret);
        }
        return deposit == null ? new Arguments(builder, apiKey, null, null) : withDeposit(builder, apiKey, deposit);
    }

    private static Arguments withDeposit(KrakenSimulatorBuilder builder, String apiKey, String deposit) {
        if (apiKey == null) {
            throw new IllegalArgumentException("--deposit needs --api-key (the account to fund)");
        }
        String[] assetAmount = deposit.split("=", 2);
        if (assetAmount.length != 2 || assetAmount[0].isBlank()) {
            throw new IllegalArgumentException("--deposit must be ASSET=AMOUNT, e.g. USD=100000, was: " + deposit);
        }
        try {
            return new Arguments(builder, apiKey, assetAmount[0], new BigDecimal(assetAmount[1]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--deposit amount is not a number: " + deposit, e);
        }
    }

    /**
     * Parsed command line.
     *
     * @param builder       the simulator, configured (with the account when {@code apiKey} is set)
     * @param apiKey        the demo account's API key, or null
     * @param depositAsset  asset to credit to the account once running (e.g. {@code USD}), or null for none
     * @param depositAmount amount of {@code depositAsset}, exact; null when there is no deposit
     */
    record Arguments(KrakenSimulatorBuilder builder, String apiKey, String depositAsset, BigDecimal depositAmount) {
    }
}
