package com.kafkaconnectkraken.simulator.trader;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The top of a symbol's book: the {@code quoteEvent} payload {@code {symbol, bid, ask, ts}} (docs/protocol/trader-api.md
 * §4). Prices carry the symbol's decimals.
 *
 * @param symbol e.g. {@code EURUSD}
 * @param bid    best bid (sells fill here)
 * @param ask    best ask (buys fill here), above the bid
 * @param ts     when the quote was made
 */
public record Quote(String symbol, BigDecimal bid, BigDecimal ask, Instant ts) {

    /** @return the payload of a {@code quoteEvent} */
    String frame() {
        var payload = TraderJson.object();
        payload.put("symbol", symbol);
        payload.put("bid", bid);
        payload.put("ask", ask);
        payload.put("ts", TraderJson.iso(ts));
        return TraderJson.envelope("quoteEvent", payload);
    }
}
