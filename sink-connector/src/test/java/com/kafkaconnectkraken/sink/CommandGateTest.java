package com.kafkaconnectkraken.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.kafkaconnectkraken.sink.auth.CommandAuthenticator;
import com.kafkaconnectkraken.sink.command.CommandParser;
import com.kafkaconnectkraken.sink.command.CommandSyntax;
import com.kafkaconnectkraken.sink.command.TraderCommandParser;
import com.kafkaconnectkraken.sink.command.TradingCommand;
import com.kafkaconnectkraken.sink.guard.PreTradeGuard;
import com.kafkaconnectkraken.sink.guard.SymbolLimits;
import com.kafkaconnectkraken.sink.reply.AckStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

/** Every refusal of the gate names the command's client order id when the command has one (issue 15, row 7). */
class CommandGateTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String SPOT_ORDER = "{\"method\":\"add_order\",\"params\":{\"order_type\":\"limit\","
        + "\"side\":\"buy\",\"order_qty\":\"0.01\",\"limit_price\":\"1000\",\"symbol\":\"BTC/USD\"%s}}";
    private static final String TRADER_ORDER = "{\"method\":\"createOrder\",\"params\":{\"accountId\":\"acc_1\","
        + "\"symbol\":\"EURUSD\",\"side\":\"BUY\",\"type\":\"MARKET\",\"quantity\":10000%s}}";

    private static <C extends TradingCommand> CommandGate<C> gate(CommandSyntax<C> syntax, CommandAuthenticator auth,
                                                                   Set<String> symbols) {
        PreTradeGuard guard = new PreTradeGuard(symbols, Set.of("limit", "MARKET"), SymbolLimits.parse(List.of()),
            SymbolLimits.parse(List.of()));
        return new CommandGate<>(syntax, auth, Duration.ofSeconds(10), c -> Optional.empty(), guard, CLOCK);
    }

    private static SinkRecord record(String value, long ageMs) {
        return new SinkRecord("orders", 0, null, null, null, value, 42, NOW.toEpochMilli() - ageMs,
            TimestampType.CREATE_TIME);
    }

    @Test
    void anExpiredSpotOrderCarriesItsGivenOrDerivedClOrdId() {
        CommandGate<?> gate = gate(CommandParser::parse, null, Set.of());
        CommandGate.Verdict<?> given = gate.check(record(SPOT_ORDER.formatted(",\"cl_ord_id\":\"mine-7\""), 11_000));
        assertEquals(AckStatus.EXPIRED, given.refusal());
        assertEquals("mine-7", given.clOrdId());
        CommandGate.Verdict<?> derived = gate.check(record(SPOT_ORDER.formatted(""), 11_000));
        assertEquals(AckStatus.EXPIRED, derived.refusal());
        assertEquals(CommandParser.parse(record(SPOT_ORDER.formatted(""), 0)).clOrdId(), derived.clOrdId());
        CommandGate.Verdict<?> fresh = gate.check(record(SPOT_ORDER.formatted(",\"cl_ord_id\":\"mine-8\""), 9_000));
        assertNull(fresh.refusal());
        assertEquals("mine-8", fresh.clOrdId());
    }

    @Test
    void invalidUnsignedAndGuardedSpotOrdersCarryTheClOrdIdTheyName() {
        String unknownField = SPOT_ORDER.formatted(",\"cl_ord_id\":\"mine-1\",\"colour\":\"red\"");
        CommandGate.Verdict<?> invalid = gate(CommandParser::parse, null, Set.of()).check(record(unknownField, 0));
        assertEquals(AckStatus.INVALID, invalid.refusal());
        assertEquals("mine-1", invalid.clOrdId());
        CommandGate.Verdict<?> unsigned = gate(CommandParser::parse, new CommandAuthenticator("k", "kraken-command-hmac"),
            Set.of()).check(record(SPOT_ORDER.formatted(",\"cl_ord_id\":\"mine-2\""), 0));
        assertEquals(AckStatus.REJECTED, unsigned.refusal());
        assertEquals("mine-2", unsigned.clOrdId());
        CommandGate.Verdict<?> guarded = gate(CommandParser::parse, null, Set.of("ETH/USD"))
            .check(record(SPOT_ORDER.formatted(",\"cl_ord_id\":\"mine-3\""), 0));
        assertEquals(AckStatus.REJECTED, guarded.refusal());
        assertEquals("mine-3", guarded.clOrdId());
        String underMethod = "{\"method\":\"add_order\",\"add_order\":{\"cl_ord_id\":\"mine-4\",\"order_qty\":\"x\"}}";
        assertEquals("mine-4", gate(CommandParser::parse, null, Set.of()).check(record(underMethod, 0)).clOrdId());
    }

    @Test
    void expiredAndInvalidTraderOrdersCarryTheirClientOrderId() {
        CommandGate<?> gate = gate(new TraderCommandParser(false), null, Set.of());
        CommandGate.Verdict<?> expired = gate.check(record(TRADER_ORDER.formatted(",\"clientOrderId\":\"t-1\""), 11_000));
        assertEquals(AckStatus.EXPIRED, expired.refusal());
        assertEquals("t-1", expired.clOrdId());
        CommandGate.Verdict<?> invalid = gate.check(record(TRADER_ORDER.formatted(",\"clientOrderId\":\"t-2\",\"x\":1"), 0));
        assertEquals(AckStatus.INVALID, invalid.refusal());
        assertEquals("t-2", invalid.clOrdId());
        CommandGate.Verdict<?> none = gate.check(record(TRADER_ORDER.formatted(""), 11_000));
        assertEquals(AckStatus.EXPIRED, none.refusal());
        assertNull(none.clOrdId());
    }
}
