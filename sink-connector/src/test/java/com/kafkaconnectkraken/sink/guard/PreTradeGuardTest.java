package com.kafkaconnectkraken.sink.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kafkaconnectkraken.sink.command.CommandParser;
import com.kafkaconnectkraken.sink.command.OrderCommand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class PreTradeGuardTest {

    private final PreTradeGuard guard = new PreTradeGuard(Set.of("BTC/USD", "ETH/USD"), Set.of("limit", "market", "stop-loss"),
        SymbolLimits.parse(List.of("BTC/USD:0.5")), SymbolLimits.parse(List.of("BTC/USD:20000")));

    private static OrderCommand add(Map<String, Object> params) {
        Map<String, Object> p = new LinkedHashMap<>(Map.of("side", "buy", "symbol", "BTC/USD"));
        p.putAll(params);
        return CommandParser.parse(new SinkRecord("orders", 0, null, null, null,
            Map.of("method", "add_order", "add_order", p), 1));
    }

    @Test
    void orderWithinEveryLimitPasses() {
        // 0.5 x 40000 = 20000 = the limit
        assertEquals(Optional.empty(), guard.violation(add(Map.of("order_type", "limit", "order_qty", "0.5",
            "limit_price", "40000"))));
    }

    @Test
    void eachGuardRefusesWithItsReason() {
        assertEquals(Optional.of("symbol DOGE/USD is not allowed (guard.symbols)"), guard.violation(add(Map.of(
            "order_type", "market", "order_qty", "1", "symbol", "DOGE/USD"))));
        assertEquals(Optional.of("order_type iceberg is not allowed (guard.order.types)"), guard.violation(add(Map.of(
            "order_type", "iceberg", "order_qty", "0.1", "limit_price", "1", "display_qty", "0.01"))));
        assertEquals(Optional.of("order_qty 0.50000001 exceeds max 0.5 for BTC/USD (guard.max.qty)"),
            guard.violation(add(Map.of("order_type", "limit", "order_qty", "0.50000001", "limit_price", "1"))));
        assertEquals(Optional.of("notional 20000.05 exceeds max 20000 for BTC/USD (guard.max.notional)"),
            guard.violation(add(Map.of("order_type", "limit", "order_qty", "0.5", "limit_price", "40000.1"))));
    }

    @Test
    void notionalUsesStaticTriggerOrCashQtyAndRefusesUnboundedPrices() {
        assertEquals(Optional.of("notional 25000 exceeds max 20000 for BTC/USD (guard.max.notional)"),
            guard.violation(add(Map.of("order_type", "stop-loss", "order_qty", "0.5",
                "triggers", Map.of("price", "50000")))));
        assertEquals(Optional.of("max notional for BTC/USD needs a static limit or trigger price (guard.max.notional)"),
            guard.violation(add(Map.of("order_type", "market", "order_qty", "0.1"))));
        assertEquals(Optional.of("notional 20001 exceeds max 20000 for BTC/USD (guard.max.notional)"),
            guard.violation(add(Map.of("order_type", "market", "cash_order_qty", "20001"))));
        assertEquals(Optional.empty(), guard.violation(add(Map.of("order_type", "market", "order_qty", "100",
            "symbol", "ETH/USD"))));
    }

    @Test
    void batchEntriesAreCheckedWithTheBatchSymbol() {
        Map<String, Object> ok = Map.of("order_type", "limit", "side", "buy", "order_qty", "0.1", "limit_price", "1");
        Map<String, Object> big = Map.of("order_type", "limit", "side", "buy", "order_qty", "0.6", "limit_price", "1");
        OrderCommand batch = CommandParser.parse(new SinkRecord("orders", 0, null, null, null, Map.of("method", "batch_add",
            "batch_add", Map.of("symbol", "BTC/USD", "orders", List.of(ok, big))), 1));
        assertEquals(Optional.of("orders[1]: order_qty 0.6 exceeds max 0.5 for BTC/USD (guard.max.qty)"),
            guard.violation(batch));
    }
}
