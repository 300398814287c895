package com.kafkaconnectkraken.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The trading simulator's command line: what the stack passes is accepted, anything else gets a clear error. */
class SimulatorMainTest {

    private static final String SECRET = "c2VjcmV0LWZvci10aGUtZGVtby1hY2NvdW50";

    @Test
    void theStacksOwnArgumentsAreReadWithAnExactDeposit() {
        SimulatorMain.Arguments parsed = SimulatorMain.parse(new String[] {"--port", "0", "--symbols", "ETH/USD,SOL/USD",
            "--rate", "200", "--seed", "7", "--api-key", "demo-key", "--deposit", "USD=100000.50"}, SECRET);
        assertEquals("demo-key", parsed.apiKey());
        assertEquals("USD", parsed.depositAsset());
        assertEquals(new BigDecimal("100000.50"), parsed.depositAmount());
    }

    @Test
    void noDepositIsNoDeposit() {
        SimulatorMain.Arguments parsed = SimulatorMain.parse(new String[] {"--port", "0"}, null);
        assertNull(parsed.apiKey());
        assertNull(parsed.depositAsset());
        assertNull(parsed.depositAmount());
    }

    @Test
    void anOptionWithoutItsValueIsNamed() {
        assertEquals("Missing value for --rate", error(null, "--port", "0", "--rate"));
        assertEquals("Missing value for --port", error(null, "--port"));
    }

    @Test
    void aDepositWithoutAssetAndAmountSaysTheFormat() {
        assertEquals("--deposit must be ASSET=AMOUNT, e.g. USD=100000, was: USD100000",
                error(SECRET, "--api-key", "k", "--deposit", "USD100000"));
        assertEquals("--deposit must be ASSET=AMOUNT, e.g. USD=100000, was: =5", error(SECRET, "--api-key", "k", "--deposit", "=5"));
        assertEquals("--deposit amount is not a number: USD=lots", error(SECRET, "--api-key", "k", "--deposit", "USD=lots"));
        assertEquals("--deposit needs --api-key (the account to fund)", error(SECRET, "--deposit", "USD=1"));
    }

    @Test
    void badNumbersUnknownOptionsAndAMissingSecretAreRefused() {
        assertEquals("Not a number for --port: http", error(null, "--port", "http"));
        assertEquals("Unknown option --prot", error(null, "--prot", "1"));
        assertEquals("--api-key needs the account's base64 secret in the environment variable " + SimulatorMain.SECRET_ENV,
                error(" ", "--api-key", "k"));
    }

    private static String error(String secret, String... args) {
        return assertThrows(IllegalArgumentException.class, () -> SimulatorMain.parse(args, secret)).getMessage();
    }
}
