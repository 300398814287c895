package com.kafkaconnectkraken.benchmarks.book;

import com.fasterxml.jackson.databind.node.ArrayNode;
import info.bitrich.xchangestream.kraken.KrakenStreamingAdapters;
import java.util.TreeSet;
import org.knowm.xchange.currency.CurrencyPair;
import org.knowm.xchange.dto.marketdata.OrderBook;
import org.knowm.xchange.dto.trade.LimitOrder;

/**
 * XChange's Kraken streaming order book, driven exactly as its
 * {@code KrakenStreamingMarketDataService} drives it: one {@code TreeSet<LimitOrder>} per side,
 * every v1 book message passed to {@code KrakenStreamingAdapters.adaptOrderbookMessage}, which
 * updates the sets, truncates to depth, computes {@code KrakenStreamingChecksum.createCrcChecksum},
 * throws {@link IllegalStateException} on a mismatch, and returns a new {@link OrderBook}.
 * A snapshot is recognised by XChange only on empty sets, so the sets are cleared first (as a
 * resubscription does).
 */
final class XChangeBook {

    private final int depth;
    private final CurrencyPair pair = new CurrencyPair("BTC", "USD");
    private final TreeSet<LimitOrder> bids = new TreeSet<>();
    private final TreeSet<LimitOrder> asks = new TreeSet<>();

    XChangeBook(int depth) {
        this.depth = depth;
    }

    OrderBook apply(ArrayNode v1Frame, boolean snapshot) {
        if (snapshot) {
            bids.clear();
            asks.clear();
        }
        return KrakenStreamingAdapters.adaptOrderbookMessage(depth, bids, asks, pair, v1Frame);
    }

    TreeSet<LimitOrder> bids() {
        return bids;
    }

    TreeSet<LimitOrder> asks() {
        return asks;
    }
}
