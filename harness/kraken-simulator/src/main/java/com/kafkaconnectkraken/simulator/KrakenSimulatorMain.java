package com.kafkaconnectkraken.simulator;

import com.kafkaconnectkraken.simulator.exchange.market.Asset;
import com.kafkaconnectkraken.simulator.exchange.market.AssetCatalog;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the simulator as a standalone process until SIGTERM or Ctrl-C.
 *
 * <pre>
 * java -jar kraken-simulator-&lt;version&gt;-all.jar [--port 0] [--symbols BTC/USD,ETH/USD] [--rate 1000]
 *      [--seed 1] [--replay &lt;file.jsonl|builtin:btcusd&gt;] [--idle-timeout 60]
 *      [--api-key KEY [--api-secret BASE64]] [--deposit ASSET=AMOUNT ...]
 *      [--futures-products PF_XBTUSD,PI_XBTUSD,...] [--futures-rate 50] [--futures-idle-timeout 60]
 *      [--trader-symbols EURUSD,GBPUSD,USDJPY] [--trader-quote-rate 20] [--fault-control true]
 * </pre>
 *
 * <p>{@code --api-key} seeds one account, on Spot and on Futures (the same key and secret sign Futures challenges). Its base64 API secret is {@code --api-secret}, or, when that option is
 * absent, the environment variable {@value #SECRET_ENV}, which keeps the secret out of the process list.
 * {@code --deposit ASSET=AMOUNT} (repeatable, needs {@code --api-key}) credits that account once the simulator runs,
 * as a ledger deposit: {@code ASSET} is any known asset name ({@code USD}, {@code BTC}, {@code XXBT}, ...),
 * {@code AMOUNT} a positive decimal in that asset with at most its decimals (USD 4, BTC 10), kept exact
 * ({@code USD=100000.50}).
 *
 * <p>{@code --futures-products} lists the Kraken Futures product ids served on {@code /ws/v1} (default: PF_XBTUSD,
 * PF_ETHUSD, PI_XBTUSD, PI_ETHUSD and the next quarterly FI_XBTUSD_yymmdd), {@code --futures-rate} their book changes
 * per second in total, {@code --futures-idle-timeout} the seconds without client traffic after which a {@code /ws/v1}
 * connection is closed.
 *
 * <p>The Trader WebSocket API venue is always served, with one demo user: username {@value #TRADER_DEMO_USER},
 * password {@value #TRADER_DEMO_PASSWORD}, account {@value #TRADER_DEMO_ACCOUNT} (USD 100 000).
 * {@code --trader-symbols} lists its FX symbols, {@code --trader-quote-rate} its quotes per second per symbol.
 *
 * <p>{@code --fault-control true} serves the HTTP fault control ({@code POST /simulator/faults/rest-error?error=
 * EService:Unavailable&amp;seconds=30}, {@code POST /simulator/faults/drop-connections}, {@code POST
 * /simulator/faults/reset}; see {@code FaultControl}) for a harness that runs this process; off by default.
 *
 * <p>On startup it prints one line per URL to standard output ({@code publicWs=ws://...},
 * {@code privateWs=...}, {@code level3Ws=...}, {@code rest=http://...}, {@code futuresWs=ws://.../ws/v1},
 * {@code futuresRest=http://...}, {@code traderWs=ws://.../api/v1/ws}, {@code traderRest=http://...}), then
 * {@code symbols=...}, {@code futuresProducts=...}, {@code traderSymbols=...}, {@code traderUser=...} and
 * {@code traderAccount=...}, followed by {@code READY}. Bad arguments print the reason and the usage to standard error and exit with status 2.
 */
public final class KrakenSimulatorMain {

    static {
        if (System.getProperty("log4j.configurationFile") == null && System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "classpath:kraken-simulator-log4j2.xml");
        }
    }

    /** Environment variable holding the account's base64 API secret when {@code --api-secret} is not given. */
    public static final String SECRET_ENV = "KRAKEN_SIM_API_SECRET";

    /** The Trader demo user's login name. */
    public static final String TRADER_DEMO_USER = "demo";
    /** The Trader demo user's password (a public demo value, not a secret). */
    public static final String TRADER_DEMO_PASSWORD = "demo-password";
    /** The Trader demo user's account. */
    public static final String TRADER_DEMO_ACCOUNT = "acc_demo";

    private static final Logger log = LoggerFactory.getLogger(KrakenSimulatorMain.class);
    private static final String USAGE = "usage: KrakenSimulatorMain [--port N] [--symbols BTC/USD,ETH/USD] [--rate EVENTS_PER_S]"
            + " [--seed N] [--replay FILE.jsonl|builtin:btcusd] [--idle-timeout SECONDS]"
            + " [--api-key KEY [--api-secret BASE64_SECRET (default: $" + SECRET_ENV + ")]]"
            + " [--deposit ASSET=AMOUNT (repeatable, needs --api-key)]"
            + " [--futures-products PF_XBTUSD,PI_XBTUSD,...] [--futures-rate EVENTS_PER_S] [--futures-idle-timeout SECONDS]"
            + " [--trader-symbols EURUSD,GBPUSD,USDJPY] [--trader-quote-rate QUOTES_PER_S_PER_SYMBOL]"
            + " [--fault-control true|false]";

    private KrakenSimulatorMain() {
    }

    /**
     * @param args see the class comment
     * @throws InterruptedException if interrupted while waiting for shutdown
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
        KrakenSimulator simulator = parsed.start();
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
        System.out.println("futuresWs=" + simulator.futuresWs());
        System.out.println("futuresRest=" + simulator.futuresRest());
        System.out.println("traderWs=" + simulator.traderWs());
        System.out.println("traderRest=" + simulator.traderRest());
        System.out.println("symbols=" + String.join(",", simulator.symbols()));
        System.out.println("futuresProducts=" + String.join(",", simulator.futures().productIds()));
        System.out.println("traderSymbols=" + String.join(",", simulator.trader().symbols()));
        System.out.println("traderUser=" + TRADER_DEMO_USER);
        System.out.println("traderAccount=" + TRADER_DEMO_ACCOUNT);
        System.out.println("READY");
        System.out.flush();
        stopped.await();
    }

    /**
     * Parses {@code --option value} pairs.
     *
     * @param args      see the class comment
     * @param envSecret the value of {@value #SECRET_ENV} (may be null): the account's secret unless {@code --api-secret}
     *                  is given; ignored without {@code --api-key}
     * @return the configured builder (with the account, if any) and the deposits to make once it runs
     * @throws IllegalArgumentException naming the option that is unknown, lacks its value or has a bad value
     */
    static Arguments parse(String[] args, String envSecret) {
        KrakenSimulatorBuilder builder = KrakenSimulator.builder()
                .addTraderUser(TRADER_DEMO_USER, TRADER_DEMO_PASSWORD, TRADER_DEMO_ACCOUNT);
        String apiKey = null;
        String apiSecret = null;
        List<Deposit> deposits = new ArrayList<>();
        for (int i = 0; i < args.length; i += 2) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Missing value for " + option);
            }
            String value = args[i + 1];
            switch (option) {
                case "--api-key" -> apiKey = value;
                case "--api-secret" -> apiSecret = value;
                case "--deposit" -> deposits.add(Deposit.parse(value));
                default -> configure(builder, option, value);
            }
        }
        addAccount(builder, apiKey, apiSecret != null ? apiSecret : envSecret, apiSecret != null);
        if (apiKey == null && !deposits.isEmpty()) {
            throw new IllegalArgumentException("--deposit needs --api-key (the account to fund)");
        }
        return new Arguments(builder, apiKey, deposits);
    }

    private static void configure(KrakenSimulatorBuilder builder, String option, String value) {
        try {
            switch (option) {
                case "--port" -> builder.port(Integer.parseInt(value));
                case "--symbols" -> builder.symbols(Arrays.stream(value.split(",")).map(String::trim).toList());
                case "--rate" -> builder.rate(Double.parseDouble(value));
                case "--seed" -> builder.seed(Long.parseLong(value));
                case "--replay" -> builder.replay(value);
                case "--idle-timeout" -> builder.idleTimeout(Duration.ofSeconds(Long.parseLong(value)));
                case "--futures-products" -> builder.futuresProducts(Arrays.stream(value.split(",")).map(String::trim).toList());
                case "--futures-rate" -> builder.futuresRate(Double.parseDouble(value));
                case "--futures-idle-timeout" -> builder.futuresIdleTimeout(Duration.ofSeconds(Long.parseLong(value)));
                case "--trader-symbols" -> builder.traderSymbols(Arrays.stream(value.split(",")).map(String::trim)
                        .toArray(String[]::new));
                case "--trader-quote-rate" -> builder.traderQuoteRate(Double.parseDouble(value));
                case "--fault-control" -> builder.faultControl(parseBoolean(option, value));
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a number for " + option + ": " + value, e);
        }
    }

    private static boolean parseBoolean(String option, String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(option + " must be true or false: " + value);
        };
    }

    private static void addAccount(KrakenSimulatorBuilder builder, String apiKey, String secret, boolean secretOption) {
        if (apiKey == null) {
            if (secretOption) {
                throw new IllegalArgumentException("--api-secret needs --api-key");
            }
            return;
        }
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("--api-key needs the account's base64 secret: --api-secret or the"
                    + " environment variable " + SECRET_ENV);
        }
        try {
            builder.account(apiKey, secret);
            builder.futuresAccount(apiKey, secret);
        } catch (IllegalArgumentException e) {
            String source = secretOption ? "--api-secret" : "the environment variable " + SECRET_ENV;
            throw new IllegalArgumentException("The API secret in " + source + " is not base64", e);
        }
    }

    /**
     * Parsed command line.
     *
     * @param builder  the simulator, configured (with the account when {@code apiKey} is set)
     * @param apiKey   the account's API key, or null for none
     * @param deposits what to credit to that account once running, in command-line order (empty without account)
     */
    record Arguments(KrakenSimulatorBuilder builder, String apiKey, List<Deposit> deposits) {

        Arguments {
            deposits = List.copyOf(deposits);
        }

        /**
         * Builds and starts the simulator, then makes the deposits.
         *
         * @return the running simulator; the caller closes it
         */
        KrakenSimulator start() {
            KrakenSimulator simulator = builder.build().start();
            try {
                for (Deposit deposit : deposits) {
                    simulator.exchange().deposit(apiKey, deposit.asset(), deposit.amount());
                    log.info("Deposited {} {} to account {}", deposit.amount().toPlainString(), deposit.asset(), apiKey);
                }
            } catch (RuntimeException e) {
                simulator.close();
                throw e;
            }
            return simulator;
        }
    }

    /**
     * One {@code --deposit}.
     *
     * @param asset  asset name as given (REST id, altname or v2 code), known to the simulator
     * @param amount positive amount of {@code asset}, exact as given
     */
    record Deposit(String asset, BigDecimal amount) {

        /**
         * @param value {@code ASSET=AMOUNT}, e.g. {@code USD=100000}
         * @throws IllegalArgumentException quoting {@code value} if it has another form, an unknown asset or an amount
         *                                  that is not a positive number within the asset's decimals
         */
        static Deposit parse(String value) {
            String[] assetAmount = value.split("=", 2);
            if (assetAmount.length != 2 || assetAmount[0].isBlank()) {
                throw new IllegalArgumentException("--deposit must be ASSET=AMOUNT, e.g. USD=100000, was: " + value);
            }
            String name = assetAmount[0].trim();
            Asset asset = AssetCatalog.find(name).orElseThrow(() -> new IllegalArgumentException("--deposit asset is unknown: "
                    + value + " (known: " + String.join(",", AssetCatalog.all().stream().map(Asset::wsCode).toList()) + ")"));
            BigDecimal amount;
            try {
                amount = new BigDecimal(assetAmount[1].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--deposit amount is not a number: " + value, e);
            }
            if (amount.signum() <= 0) {
                throw new IllegalArgumentException("--deposit amount must be positive: " + value);
            }
            if (amount.stripTrailingZeros().scale() > asset.decimals()) {
                throw new IllegalArgumentException("--deposit amount has more than " + asset.decimals() + " decimals ("
                        + asset.wsCode() + "): " + value);
            }
            return new Deposit(name, amount);
        }
    }
}
