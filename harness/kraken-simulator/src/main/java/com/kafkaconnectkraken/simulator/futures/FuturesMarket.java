package com.kafkaconnectkraken.simulator.futures;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public side of the simulated Futures venue: one {@link ProductMarket} per served product, stepped round-robin
 * at {@code eventsPerSecond} in total. {@link #advance(long)} is called by a timer with the time since start and
 * performs the steps now due; a backlog is capped at one second, so a stalled machine causes no burst afterwards.
 */
final class FuturesMarket {

    private static final long MAX_BATCH = 10_000;

    private final Map<String, ProductMarket> markets = new LinkedHashMap<>();
    private final ProductMarket[] order;
    private final double eventsPerSecond;
    private long done;
    private long next;

    /**
     * @param productIds      the served product ids, at least one
     * @param seed            generator seed
     * @param eventsPerSecond market events (book changes) per second over all products; 0 freezes the market
     * @param clock           source of the frames' epoch-ms times
     * @throws IllegalArgumentException if a product id cannot be served or is listed twice
     */
    FuturesMarket(List<String> productIds, long seed, double eventsPerSecond, Clock clock) {
        if (productIds.isEmpty()) {
            throw new IllegalArgumentException("At least one futures product is required");
        }
        for (String id : productIds) {
            if (markets.put(id, new ProductMarket(FuturesProduct.parse(id), seed, clock)) != null) {
                throw new IllegalArgumentException("Futures product listed twice: " + id);
            }
        }
        this.order = markets.values().toArray(new ProductMarket[0]);
        this.eventsPerSecond = eventsPerSecond;
    }

    /** @return the served product ids in configuration order */
    List<String> productIds() {
        return List.copyOf(markets.keySet());
    }

    /** @return whether the product id is served (exact, upper-case) */
    boolean serves(String productId) {
        return markets.containsKey(productId);
    }

    /**
     * @return the product's market
     * @throws IllegalArgumentException naming the id if it is not served
     */
    ProductMarket market(String productId) {
        ProductMarket market = markets.get(productId);
        if (market == null) {
            throw new IllegalArgumentException("Futures product not served: " + productId + " (served: " + markets.keySet() + ")");
        }
        return market;
    }

    /** @return every product's market, in configuration order */
    List<ProductMarket> markets() {
        return List.of(order);
    }

    /**
     * @param currency a collateral currency, e.g. {@code USD}, {@code XBT} or {@code BTC}
     * @return its USD price: 1 for USD, USDT and USDC; the mark of {@code PF_<currency>USD} if served (BTC as XBT);
     *         else {@code null}
     */
    BigDecimal usdPrice(String currency) {
        if (currency.equals("USD") || currency.equals("USDT") || currency.equals("USDC")) {
            return BigDecimal.ONE;
        }
        ProductMarket linear = markets.get("PF_" + (currency.equals("BTC") ? "XBT" : currency) + "USD");
        return linear == null ? null : linear.markPrice();
    }

    /** Performs the steps due {@code elapsedNanos} after start (called from one timer thread). */
    synchronized void advance(long elapsedNanos) {
        if (eventsPerSecond <= 0) {
            return;
        }
        long due = (long) (elapsedNanos / 1e9 * eventsPerSecond);
        if (due - done > eventsPerSecond) {
            done = due - (long) eventsPerSecond;
        }
        long batch = Math.min(due - done, MAX_BATCH);
        step(batch);
        done += batch;
    }

    /** Performs {@code n} steps round-robin over the products. */
    synchronized void step(long n) {
        for (long i = 0; i < n; i++) {
            order[(int) (next++ % order.length)].step();
        }
    }
}
