package com.kafkaconnectkraken.sink.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.spot.protocol.RateCosts;
import com.kafkaconnectkraken.client.spot.protocol.TradingTier;
import com.kafkaconnectkraken.sink.command.OrderCommand;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Client-side copy of Kraken's per-pair trading rate counter docs/protocol/kraken-spot.md §5.9,
 * https://docs.kraken.com/api/docs/guides/spot-ratelimits): each transaction adds its cost, the
 * counter decays continuously by the tier's rate, and a command that would push it past the
 * threshold is refused before it is sent. Orders this task placed are tracked ({@link PlacedOrders})
 * so that amend/edit/cancel costs use their real age and pair; for orders it does not know, the
 * pair is taken from the command when present (age counted as youngest) and otherwise nothing is
 * charged, because Kraken's counter for that pair cannot be known here. Thread-safe.
 */
public final class TradingRateLimiter implements CommandLimiter<OrderCommand> {

    private final TradingTier tier;
    private final Clock clock;
    private final PlacedOrders orders;
    private final Map<String, Counter> counters = new HashMap<>();

    private static final class Counter {
        double value;
        Instant at;
    }

    /**
     * @param tier   the account's tier
     * @param clock  time source
     * @param orders the orders this task placed
     */
    public TradingRateLimiter(TradingTier tier, Clock clock, PlacedOrders orders) {
        this.tier = tier;
        this.clock = clock;
        this.orders = orders;
    }

    /**
     * Charges the command's costs when every pair it touches stays within the threshold.
     *
     * @return the refusal reason, or empty when charged
     */
    @Override
    public synchronized Optional<String> tryAcquire(OrderCommand command) {
        Map<String, Double> costs = costs(command);
        Instant now = clock.instant();
        for (Map.Entry<String, Double> cost : costs.entrySet()) {
            double value = decayed(cost.getKey(), now);
            if (value + cost.getValue() > tier.threshold()) {
                return Optional.of(String.format(Locale.ROOT, "client rate limit: %s counter %.2f + cost %.2f exceeds %s",
                    cost.getKey(), value, cost.getValue(), BigDecimal.valueOf(tier.threshold()).stripTrailingZeros()
                        .toPlainString()));
            }
        }
        costs.forEach((symbol, cost) -> {
            double value = decayed(symbol, now) + cost;
            Counter c = counters.computeIfAbsent(symbol, s -> new Counter());
            c.value = value;
            c.at = now;
        });
        return Optional.empty();
    }

    /** @return the decayed counter of a pair now */
    public synchronized double counter(String symbol) {
        return decayed(symbol, clock.instant());
    }

    private double decayed(String symbol, Instant now) {
        Counter c = counters.get(symbol);
        if (c == null) {
            return 0;
        }
        double seconds = Duration.between(c.at, now).toNanos() / 1e9;
        return Math.max(0, c.value - seconds * tier.decayPerSecond());
    }

    private Map<String, Double> costs(OrderCommand command) {
        Map<String, Double> costs = new HashMap<>();
        JsonNode p = command.params();
        switch (command.method()) {
            case ADD_ORDER -> costs.put(command.symbol(), RateCosts.add());
            case BATCH_ADD -> costs.put(command.symbol(), RateCosts.batchAdd(p.get("orders").size()));
            case AMEND_ORDER -> charge(costs, p.path("order_id").asText(p.path("cl_ord_id").asText()),
                p.path("symbol").textValue(), true);
            case EDIT_ORDER -> charge(costs, p.get("order_id").textValue(), p.get("symbol").textValue(), false);
            case CANCEL_ORDER -> {
                p.path("order_id").forEach(id -> cancel(costs, id.asText()));
                p.path("cl_ord_id").forEach(id -> cancel(costs, id.asText()));
            }
            case BATCH_CANCEL -> {
                p.path("orders").forEach(id -> cancel(costs, id.asText()));
                p.path("cl_ord_id").forEach(id -> cancel(costs, id.asText()));
            }
            default -> {
            }
        }
        return costs;
    }

    private void charge(Map<String, Double> costs, String id, String symbol, boolean amend) {
        Optional<PlacedOrders.Placed> placed = orders.find(id);
        String pair = placed.map(PlacedOrders.Placed::symbol).orElse(symbol);
        if (pair == null) {
            return;
        }
        Duration age = placed.map(o -> Duration.between(o.at(), clock.instant())).orElse(null);
        costs.merge(pair, amend ? RateCosts.amend(age) : RateCosts.edit(age), Double::sum);
    }

    private void cancel(Map<String, Double> costs, String id) {
        orders.find(id).ifPresent(o ->
            costs.merge(o.symbol(), RateCosts.cancel(Duration.between(o.at(), clock.instant())), Double::sum));
    }
}
