package com.kafkaconnectkraken.simulator.exchange.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fault: reorders the entries of a history page ({@code Ledgers.ledger}, {@code TradesHistory.trades},
 * {@code ClosedOrders.closed}) so they are no longer newest first. The page holds the same entries
 * (the same window and {@code ofs} slice); only the order of the keys in the JSON object changes, which
 * JSON does not promise anyway. Deterministic (fixed seed) so a failing test repeats.
 */
final class UnsortedPages {

    private static final Map<String, String> PAGE_FIELDS = Map.of("Ledgers", "ledger", "TradesHistory", "trades",
            "ClosedOrders", "closed");

    private UnsortedPages() {
    }

    /** Reorders {@code result}'s page in place when {@code method} is a history method; other results are untouched. */
    static void apply(String method, JsonNode result) {
        String field = PAGE_FIELDS.get(method);
        if (field == null || !(result instanceof ObjectNode) || !(result.get(field) instanceof ObjectNode page)) {
            return;
        }
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(page.properties());
        Collections.shuffle(entries, new Random(entries.size()));
        if (entries.size() > 1 && entries.get(0).getKey().equals(page.properties().iterator().next().getKey())) {
            Collections.swap(entries, 0, entries.size() - 1); // never newest first
        }
        page.removeAll();
        entries.forEach(e -> page.set(e.getKey(), e.getValue()));
    }
}
