package com.kafkaconnectkraken.simulator;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the simulator as a standalone process until SIGTERM or Ctrl-C.
 *
 * <pre>
 * java -jar kraken-simulator-&lt;version&gt;-all.jar [--port 0] [--symbols BTC/USD,ETH/USD] [--rate 1000]
 *      [--seed 1] [--replay &lt;file.jsonl|builtin:btcusd&gt;] [--idle-timeout 60]
 *      [--api-key KEY --api-secret BASE64]
 * </pre>
 *
 * On startup it prints one line per URL to standard output ({@code publicWs=ws://...},
 * {@code privateWs=...}, {@code level3Ws=...}, {@code rest=http://...}) followed by {@code READY}.
 * Bad arguments print the usage and exit with status 2.
 */
public final class KrakenSimulatorMain {

    static {
        if (System.getProperty("log4j.configurationFile") == null && System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "classpath:kraken-simulator-log4j2.xml");
        }
    }

    private static final Logger log = LoggerFactory.getLogger(KrakenSimulatorMain.class);
    private static final String USAGE = "usage: KrakenSimulatorMain [--port N] [--symbols BTC/USD,ETH/USD] [--rate EVENTS_PER_S]"
            + " [--seed N] [--replay FILE.jsonl|builtin:btcusd] [--idle-timeout SECONDS]"
            + " [--api-key KEY --api-secret BASE64_SECRET]";

    private KrakenSimulatorMain() {
    }

    /**
     * @param args see the class comment
     * @throws InterruptedException if interrupted while waiting for shutdown
     */
    public static void main(String[] args) throws InterruptedException {
        KrakenSimulatorBuilder builder;
        try {
            builder = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        KrakenSimulator simulator = builder.build().start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Stopping Kraken simulator");
            simulator.close();
            stopped.countDown();
        }, "kraken-simulator-shutdown"));
        System.out.println("publicWs=" + simulator.publicWs());
        System.out.println("privateWs=" + simulator.privateWs());
        System.out.println("level3Ws=" + simulator.level3Ws());
        System.out.println("rest=" + simulator.rest());
        System.out.println("symbols=" + String.join(",", simulator.symbols()));
        System.out.println("READY");
        System.out.flush();
        stopped.await();
    }

    /**
     * @return the builder configured by the arguments
     * @throws IllegalArgumentException naming the bad or unknown option
     */
    static KrakenSimulatorBuilder parse(String[] args) {
        KrakenSimulatorBuilder builder = KrakenSimulator.builder();
        String[] account = new String[2];
        for (int i = 0; i < args.length; i += 2) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Missing value for " + option);
            }
            String value = args[i + 1];
            try {
                switch (option) {
                    case "--port" -> builder.port(Integer.parseInt(value));
                    case "--symbols" -> builder.symbols(Arrays.stream(value.split(",")).map(String::trim).toList());
                    case "--rate" -> builder.rate(Double.parseDouble(value));
                    case "--seed" -> builder.seed(Long.parseLong(value));
                    case "--replay" -> builder.replay(value);
                    case "--idle-timeout" -> builder.idleTimeout(Duration.ofSeconds(Long.parseLong(value)));
                    case "--api-key" -> account[0] = value;
                    case "--api-secret" -> account[1] = value;
                    default -> throw new IllegalArgumentException("Unknown option " + option);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not a number for " + option + ": " + value, e);
            }
        }
        if ((account[0] == null) != (account[1] == null)) {
            throw new IllegalArgumentException("--api-key and --api-secret go together");
        }
        return account[0] == null ? builder : builder.account(account[0], account[1]);
    }
}
