package com.kafkaconnectkraken.simulator.trader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The replies to the history queries (docs/protocol/trader-api.md §4), typed like the query: {@code orderHistory}
 * {@code {accountId, orders: [...]}} (each an {@code executionEvent} payload of the order's latest state plus
 * {@code createdAt}; selected by {@code createdAt}), {@code positionHistory} {@code {accountId, positions: [...]}}
 * (open and closed positions: the portfolio position plus {@code realizedPnl}, {@code openedAt} and, once closed,
 * {@code closedAt} with quantity 0; selected by {@code openedAt}) and {@code dealHistory} {@code {accountId, deals:
 * [...]}} (selected by {@code ts}). Entries are newest first, at most {@code limit}. Guarded by the venue's lock.
 */
final class HistoryReplies {

    static final String ORDERS = "orderHistory";
    static final String POSITIONS = "positionHistory";
    static final String DEALS = "dealHistory";

    private HistoryReplies() {
    }

    /** @return the reply frame to query {@code type} */
    static String reply(String type, TraderAccount account, HistoryQuery query, Valuation valuation, boolean echo) {
        ObjectNode payload = TraderJson.object();
        payload.put("accountId", account.accountId);
        switch (type) {
            case ORDERS -> select(payload.putArray("orders"), account.orders.values(), query,
                    o -> o.symbol.symbol(), o -> o.createdAt,
                    o -> o.payload(echo).put("createdAt", TraderJson.iso(o.createdAt)));
            case POSITIONS -> select(payload.putArray("positions"), account.positions, query,
                    p -> p.symbol.symbol(), p -> p.openedAt, p -> p.historyPayload(valuation.unrealized(p)));
            case DEALS -> select(payload.putArray("deals"), account.deals, query, Deal::symbol, Deal::ts,
                    d -> d.payload(echo));
            default -> throw new IllegalArgumentException("Not a history query: " + type);
        }
        return TraderJson.envelope(type, payload);
    }

    private static <T> void select(ArrayNode out, Iterable<T> entries, HistoryQuery query, Function<T, String> symbol,
                                   Function<T, Instant> time, Function<T, JsonNode> json) {
        List<T> selected = new ArrayList<>();
        entries.forEach(e -> {
            if (query.selects(symbol.apply(e), time.apply(e))) {
                selected.add(e);
            }
        });
        for (int i = selected.size() - 1; i >= 0 && out.size() < query.limit(); i--) {
            out.add(json.apply(selected.get(i)));
        }
    }
}
