package com.kafkaconnectkraken.sink.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.sink.command.CommandParser;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class CommandAuthenticatorTest {

    /** hex HMAC-SHA256("k3y", "1700000000000." + sorted compact JSON), computed with Python's hmac/json. */
    private static final String PYTHON_HMAC = "e8c8b41eb271ffdec3d9808b67d802d2e494906dd00fb9a3d9eee54cc1e3f167";

    private final CommandAuthenticator auth = new CommandAuthenticator("k3y", "kraken-command-hmac");

    private static Map<String, Object> command() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("symbol", "BTC/USD");
        params.put("side", "buy");
        params.put("order_type", "limit");
        params.put("order_qty", "1.20");
        params.put("limit_price", "26500.4");
        params.put("display_qty", null);
        Map<String, Object> cmd = new LinkedHashMap<>();
        cmd.put("method", "add_order");
        cmd.put("add_order", params);
        cmd.put("req_id", 7L);
        return cmd;
    }

    private static SinkRecord record(String signature, long timestamp) {
        ConnectHeaders headers = new ConnectHeaders();
        if (signature != null) {
            headers.addString("kraken-command-hmac", signature);
        }
        return new SinkRecord("orders", 0, null, null, null, command(), 1, timestamp, TimestampType.CREATE_TIME, headers);
    }

    private Optional<String> verify(SinkRecord r) {
        return auth.verify(r, CommandParser.tree(r));
    }

    @Test
    void signatureComputedIndependentlyIsAccepted() {
        assertEquals(Optional.empty(), verify(record(PYTHON_HMAC, 1_700_000_000_000L)));
        assertEquals(Optional.empty(), verify(record(PYTHON_HMAC.toUpperCase(), 1_700_000_000_000L)));
    }

    @Test
    void changedTimestampMissingOrGarbledSignatureIsRejected() {
        assertEquals(Optional.of("command signature does not match"), verify(record(PYTHON_HMAC, 1_700_000_000_001L)));
        assertEquals(Optional.of("missing command signature header 'kraken-command-hmac'"),
            verify(record(null, 1_700_000_000_000L)));
        assertEquals(Optional.of("command signature is not hex"), verify(record("zz", 1_700_000_000_000L)));
    }

    @Test
    void keyNeverShowsInToString() {
        assertFalse(auth.toString().contains("k3y"));
        assertTrue(auth.toString().contains("kraken-command-hmac"));
    }
}
