package com.kafkaconnectkraken.simulator.trader;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A validated {@code orderHistory} / {@code positionHistory} / {@code dealHistory} payload
 * {@code {accountId, from?, to?, symbol?, limit?}} (docs/protocol/trader-api.md §3).
 *
 * @param accountId the account
 * @param from      inclusive lower bound of the entry's time, or {@code null}
 * @param to        inclusive upper bound, or {@code null}
 * @param symbol    only this symbol, or {@code null} for all
 * @param limit     at most this many entries, the newest ({@value #DEFAULT_LIMIT} when absent, at most {@value #MAX_LIMIT})
 */
record HistoryQuery(String accountId, Instant from, Instant to, String symbol, int limit) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    /** @throws RequestRefused {@code INVALID_REQUEST} for bad times or limit, {@code INVALID_SYMBOL} for an unknown symbol */
    static HistoryQuery parse(JsonNode payload, OrderParsing symbols) {
        String accountId = Payloads.text(payload, "accountId", true);
        Instant from = Payloads.time(payload, "from");
        Instant to = Payloads.time(payload, "to");
        String symbol = payload.hasNonNull("symbol") ? symbols.symbol(payload, "symbol").symbol() : null;
        int limit = Payloads.integer(payload, "limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
        return new HistoryQuery(accountId, from, to, symbol, limit);
    }

    /** @return whether an entry of {@code entrySymbol} at {@code time} is selected */
    boolean selects(String entrySymbol, Instant time) {
        return (symbol == null || symbol.equals(entrySymbol)) && (from == null || !time.isBefore(from))
                && (to == null || !time.isAfter(to));
    }
}
