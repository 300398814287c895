package com.kafkaconnectkraken.sink.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kafkaconnectkraken.sink.command.CommandParser;
import com.kafkaconnectkraken.sink.command.TraderCommand;
import com.kafkaconnectkraken.sink.command.TraderCommandParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

/** The shared {@link PreTradeGuard} over Trader commands: the same limits, read by the Trader API's field names. */
class TraderGuardTest {

    private final PreTradeGuard guard = new PreTradeGuard(Set.of("EURUSD", "GBPUSD"), Set.of("MARKET", "LIMIT", "STOP"),
        SymbolLimits.parse(List.of("EURUSD:100000")), SymbolLimits.parse(List.of("EURUSD:110000")));

    private static TraderCommand command(String method, Map<String, Object> params) {
        SinkRecord record = new SinkRecord("orders", 0, null, null, null, Map.of("method", method, "params", params), 1);
        return new TraderCommandParser(true).parse(record, CommandParser.tree(record));
    }

    private static TraderCommand create(Map<String, Object> params) {
        Map<String, Object> p = new LinkedHashMap<>(Map.of("accountId", "acc_123", "symbol", "EURUSD", "side", "BUY"));
        p.putAll(params);
        return command("createOrder", p);
    }

    @Test
    void anOrderWithinEveryLimitPasses() {
        // 100000 x 1.1 = 110000 = the notional limit
        assertEquals(Optional.empty(), guard.violation(create(Map.of("type", "LIMIT", "quantity", "100000", "price", "1.1"))));
    }

    @Test
    void eachGuardRefusesWithItsReasonInTheTraderNames() {
        assertEquals(Optional.of("symbol USDJPY is not allowed (guard.symbols)"), guard.violation(create(Map.of(
            "symbol", "USDJPY", "type", "MARKET", "quantity", "1"))));
        assertEquals(Optional.of("type STOP_LIMIT is not allowed (guard.order.types)"), guard.violation(create(Map.of(
            "type", "STOP_LIMIT", "quantity", "1", "price", "1", "stopPrice", "1"))));
        assertEquals(Optional.of("quantity 100000.01 exceeds max 100000 for EURUSD (guard.max.qty)"),
            guard.violation(create(Map.of("type", "LIMIT", "quantity", "100000.01", "price", "1"))));
        assertEquals(Optional.of("notional 110000.1 exceeds max 110000 for EURUSD (guard.max.notional)"),
            guard.violation(create(Map.of("type", "STOP", "quantity", "100000", "stopPrice", "1.100001"))));
        assertEquals(Optional.of("max notional for EURUSD needs a static limit or trigger price (guard.max.notional)"),
            guard.violation(create(Map.of("type", "MARKET", "quantity", "10"))));
    }

    @Test
    void symbolsWithoutLimitsAndActionsOnExistingOrdersPass() {
        assertEquals(Optional.empty(), guard.violation(create(Map.of("symbol", "GBPUSD", "type", "MARKET",
            "quantity", "5000000"))));
        assertEquals(Optional.empty(), guard.violation(command("closePosition",
            Map.of("accountId", "acc_123", "positionId", "pos_1", "quantity", "9999999"))));
    }
}
