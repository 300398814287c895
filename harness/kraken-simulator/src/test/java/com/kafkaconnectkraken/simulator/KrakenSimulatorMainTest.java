package com.kafkaconnectkraken.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.simulator.KrakenSimulatorMain.Arguments;
import com.kafkaconnectkraken.simulator.KrakenSimulatorMain.Deposit;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The standalone simulator's command line: options, the account secret's sources, deposits, and clear errors. */
class KrakenSimulatorMainTest {

    private static final String SECRET = "c2VjcmV0LWZvci10aGUtZGVtby1hY2NvdW50";
    private static final String ENV_SECRET = "ZW52aXJvbm1lbnQtc2VjcmV0";

    @Test
    void optionsConfigureTheBuilder() {
        KrakenSimulatorBuilder b = parse(null, "--port", "8081", "--symbols", "BTC/USD, SOL/USD",
            "--rate", "250000", "--seed", "9", "--idle-timeout", "5", "--replay", "builtin:btcusd",
            "--api-key", "k", "--api-secret", SECRET).builder();
        assertEquals(8081, b.port());
        assertEquals(List.of("BTC/USD", "SOL/USD"), b.symbols());
        assertEquals(250000, b.rate());
        assertEquals(9, b.seed());
        assertEquals(Duration.ofSeconds(5), b.idleTimeout());
        assertEquals("builtin:btcusd", b.replaySource());
        assertEquals(List.of(Map.entry("k", SECRET)), b.accounts());
    }

    @Test
    void futuresOptionsConfigureTheBuilderAndTheAccountExistsOnBothVenues() {
        KrakenSimulatorBuilder b = parse(null, "--futures-products", "PF_XBTUSD, FI_XBTUSD_261225", "--futures-rate", "7.5",
                "--futures-idle-timeout", "3", "--api-key", "k", "--api-secret", SECRET).builder();
        assertEquals(List.of("PF_XBTUSD", "FI_XBTUSD_261225"), b.futuresProducts());
        assertEquals(7.5, b.futuresRate());
        assertEquals(Duration.ofSeconds(3), b.futuresIdleTimeout());
        assertEquals(List.of(Map.entry("k", SECRET)), b.futuresAccounts());
        assertNull(parse(null, "--port", "0").builder().futuresProducts(), "defaults chosen at build time");
    }

    @Test
    void badFuturesOptionsAreNamed() {
        assertEquals("Not a Kraken Futures product id (PF_/PI_/FI_/FF_<base><quote>[_yymmdd]): BTC/USD",
                error(null, "--futures-products", "BTC/USD"));
        assertEquals("A fixed maturity needs _yymmdd: FI_XBTUSD", error(null, "--futures-products", "FI_XBTUSD"));
        assertEquals("Not a number for --futures-rate: lots", error(null, "--futures-rate", "lots"));
        assertEquals("futures rate must be >= 0: -1.0", error(null, "--futures-rate", "-1"));
        assertEquals("futuresIdleTimeout must be positive: PT0S", error(null, "--futures-idle-timeout", "0"));
    }

    @Test
    void faultControlIsOffUnlessAskedFor() {
        assertEquals(false, parse(null, "--port", "0").builder().faultControl());
        assertEquals(true, parse(null, "--fault-control", "true").builder().faultControl());
        assertEquals("--fault-control must be true or false: yes", error(null, "--fault-control", "yes"));
    }

    @Test
    void noAccountAndNoDepositByDefault() {
        Arguments parsed = parse(ENV_SECRET, "--port", "0");
        assertNull(parsed.apiKey());
        assertTrue(parsed.deposits().isEmpty());
        assertTrue(parsed.builder().accounts().isEmpty(), "the environment secret alone seeds no account");
    }

    @Test
    void theSecretComesFromTheEnvironmentWhenNotGivenAsOption() {
        assertEquals(List.of(Map.entry("k", ENV_SECRET)), parse(ENV_SECRET, "--api-key", "k").builder().accounts());
        assertEquals(List.of(Map.entry("k", SECRET)),
                parse(ENV_SECRET, "--api-key", "k", "--api-secret", SECRET).builder().accounts());
    }

    @Test
    void aMissingOrBadSecretIsRefusedNamingItsSource() {
        String missing = "--api-key needs the account's base64 secret: --api-secret or the environment variable "
                + "KRAKEN_SIM_API_SECRET";
        assertEquals(missing, error(null, "--api-key", "k"));
        assertEquals(missing, error(" ", "--api-key", "k"));
        assertEquals("The API secret in --api-secret is not base64", error(ENV_SECRET, "--api-key", "k", "--api-secret", "not base64!"));
        assertEquals("The API secret in the environment variable KRAKEN_SIM_API_SECRET is not base64",
                error("not base64!", "--api-key", "k"));
        assertEquals("--api-secret needs --api-key", error(null, "--api-secret", SECRET));
    }

    @Test
    void depositsAreRepeatableAndExact() {
        Arguments parsed = parse(SECRET, "--api-key", "k", "--deposit", "USD=100000.50", "--deposit", "XBT=1.5");
        assertEquals("k", parsed.apiKey());
        assertEquals(List.of(new Deposit("USD", new BigDecimal("100000.50")), new Deposit("XBT", new BigDecimal("1.5"))),
                parsed.deposits());
    }

    @Test
    void badDepositsSayWhatIsWrong() {
        assertEquals("--deposit must be ASSET=AMOUNT, e.g. USD=100000, was: USD100000",
                error(SECRET, "--api-key", "k", "--deposit", "USD100000"));
        assertEquals("--deposit must be ASSET=AMOUNT, e.g. USD=100000, was: =5", error(SECRET, "--api-key", "k", "--deposit", "=5"));
        assertEquals("--deposit amount is not a number: USD=lots", error(SECRET, "--api-key", "k", "--deposit", "USD=lots"));
        assertEquals("--deposit amount is not a number: USD=", error(SECRET, "--api-key", "k", "--deposit", "USD="));
        assertEquals("--deposit amount must be positive: USD=0", error(SECRET, "--api-key", "k", "--deposit", "USD=0"));
        assertEquals("--deposit amount must be positive: USD=-5", error(SECRET, "--api-key", "k", "--deposit", "USD=-5"));
        assertEquals("--deposit amount has more than 4 decimals (USD): USD=1.00001",
                error(SECRET, "--api-key", "k", "--deposit", "USD=1.00001"));
        assertEquals(new BigDecimal("1.00010"),
                parse(SECRET, "--api-key", "k", "--deposit", "USD=1.00010").deposits().get(0).amount());
        assertEquals("--deposit asset is unknown: GOLD=1 (known: BTC,USD,EUR,ETH,DOGE,SOL,USDT)",
                error(SECRET, "--api-key", "k", "--deposit", "GOLD=1"));
        assertEquals("--deposit needs --api-key (the account to fund)", error(SECRET, "--deposit", "USD=1"));
    }

    @Test
    void badArgumentsAreNamed() {
        assertEquals("Unknown option --bogus", error(null, "--bogus", "1"));
        assertEquals("Not a number for --rate: fast", error(null, "--rate", "fast"));
        assertEquals("Not a number for --port: http", error(null, "--port", "http"));
        assertEquals("Missing value for --port", error(null, "--port"));
        assertEquals("Missing value for --deposit", error(SECRET, "--api-key", "k", "--deposit"));
        assertEquals("port must be 0..65535: 70000", error(null, "--port", "70000"));
    }

    @Test
    void theDepositsLandInTheRunningSimulatorsAccount() {
        Arguments parsed = parse(SECRET, "--port", "0", "--symbols", "BTC/USD", "--rate", "0", "--api-key", "k",
                "--deposit", "USD=100000.50", "--deposit", "XBT=1.5", "--deposit", "usd=0.25");
        try (KrakenSimulator simulator = parsed.start()) {
            Map<String, BigDecimal> balances = simulator.exchange().balances("k");
            assertEquals(0, new BigDecimal("100000.75").compareTo(balances.get("USD")), () -> "balances " + balances);
            assertEquals(0, new BigDecimal("1.5").compareTo(balances.get("BTC")), () -> "balances " + balances);
            assertEquals(3, simulator.exchange().ledgerEntries("k").size());
        }
    }

    @Test
    void traderOptionsConfigureTheVenueAndTheDemoUserCanLogIn() {
        Arguments parsed = parse(null, "--port", "0", "--rate", "0", "--futures-rate", "0",
                "--trader-symbols", "EURUSD, AUDUSD", "--trader-quote-rate", "0");
        assertEquals(List.of("EURUSD", "AUDUSD"), parsed.builder().traderSettings().symbols());
        assertEquals(0, parsed.builder().traderSettings().quoteRate());
        try (KrakenSimulator simulator = parsed.start()) {
            assertEquals("/api/v1/ws", simulator.traderWs().getPath());
            String token = simulator.trader().issueToken(KrakenSimulatorMain.TRADER_DEMO_USER);
            assertTrue(token.split("\\.").length == 3, token);
            assertEquals(new BigDecimal("100000.00"), simulator.trader().balance(KrakenSimulatorMain.TRADER_DEMO_ACCOUNT, "USD"));
        }
    }

    @Test
    void badTraderOptionsAreNamed() {
        assertEquals("A Trader symbol is six upper-case letters, e.g. EURUSD: EUR/USD",
                error(null, "--trader-symbols", "EUR/USD"));
        assertEquals("Not a number for --trader-quote-rate: lots", error(null, "--trader-quote-rate", "lots"));
        assertEquals("Trader quote rate must be >= 0: -1.0", error(null, "--trader-quote-rate", "-1"));
    }

    private static Arguments parse(String envSecret, String... args) {
        return KrakenSimulatorMain.parse(args, envSecret);
    }

    private static String error(String envSecret, String... args) {
        return assertThrows(IllegalArgumentException.class, () -> KrakenSimulatorMain.parse(args, envSecret)).getMessage();
    }
}
