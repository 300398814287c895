package com.kafkaconnectkraken.source.rest;

import com.kafkaconnectkraken.client.spot.protocol.RestCosts;
import com.kafkaconnectkraken.client.spot.protocol.RestTier;
import com.kafkaconnectkraken.source.config.RestEndpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Plans the REST poll intervals within Kraken's per-key REST call counter
 * (https://docs.kraken.com/api/docs/guides/spot-rest-ratelimits; the tier and cost facts are
 * {@link RestTier} and {@link RestCosts}). Sustained, the counter allows {@code decayPerSecond}
 * points per second; the plan uses {@link #USABLE_SHARE} of it and keeps the rest for extra history
 * pages, WebSocket tokens and executions backfill. One poll of an endpoint costs its call cost
 * (history calls {@code historyCost}, others 1), so it needs {@code cost / interval} points per second.
 *
 * <p>Priorities: the history endpoints (Ledgers, TradesHistory, ClosedOrders) keep their configured
 * interval while they fit alone and the snapshot endpoints share what is left, stretched by one
 * factor; when the history endpoints alone do not fit, every interval is stretched by one factor.
 * Achievable intervals are rounded up to whole seconds.
 */
public final class RestBudget {

    /** Share of the tier's decay rate the planned polls may use. */
    public static final double USABLE_SHARE = 0.8;

    /**
     * @param endpoint   the endpoint
     * @param cost       call-counter points per poll
     * @param configured the configured interval
     * @param achievable the planned interval ({@code >= configured})
     */
    public record Plan(RestEndpoint endpoint, int cost, Duration configured, Duration achievable) {

        /** Whether the configured interval cannot be met. */
        public boolean stretched() {
            return achievable.compareTo(configured) > 0;
        }
    }

    private RestBudget() {
    }

    /**
     * @param intervals   configured interval per enabled endpoint
     * @param tier        the API key's tier
     * @param historyCost points of one history call
     * @return one plan per endpoint, history endpoints first
     */
    public static List<Plan> plan(Map<RestEndpoint, Duration> intervals, RestTier tier, int historyCost) {
        double budget = tier.decayPerSecond() * USABLE_SHARE;
        double history = demand(intervals, historyCost, true);
        double snapshots = demand(intervals, historyCost, false);
        double historyFactor = history + snapshots <= budget ? 1 : history < budget ? 1 : (history + snapshots) / budget;
        double snapshotFactor = history + snapshots <= budget ? 1
                : history < budget ? snapshots / (budget - history) : historyFactor;
        List<Plan> plans = new ArrayList<>();
        for (boolean isHistory : new boolean[] {true, false}) {
            intervals.forEach((endpoint, interval) -> {
                if (isHistory(endpoint) == isHistory) {
                    plans.add(new Plan(endpoint, cost(endpoint, historyCost), interval,
                            stretch(interval, isHistory ? historyFactor : snapshotFactor)));
                }
            });
        }
        return plans;
    }

    /** A one-line account of the stretched plans, e.g. for a warning; empty when every interval is met. */
    public static String describe(List<Plan> plans, RestTier tier) {
        List<Plan> stretched = plans.stream().filter(Plan::stretched).toList();
        if (stretched.isEmpty()) {
            return "";
        }
        double needed = plans.stream().mapToDouble(p -> p.cost() / seconds(p.configured())).sum();
        return String.format(Locale.ROOT, "the configured REST polls need %.3f call-counter points/s but the tier allows "
                + "%.3f/s sustained (%.0f%% of its decay %.2f/s); achievable intervals: %s", needed,
                tier.decayPerSecond() * USABLE_SHARE, USABLE_SHARE * 100, tier.decayPerSecond(),
                stretched.stream().map(p -> p.endpoint().method() + " " + p.configured().toSeconds() + " s -> "
                        + p.achievable().toSeconds() + " s").collect(Collectors.joining(", ")));
    }

    /** Whether {@code endpoint} is read incrementally (and planned first). */
    static boolean isHistory(RestEndpoint endpoint) {
        return HistoryStream.of(endpoint) != null;
    }

    private static int cost(RestEndpoint endpoint, int historyCost) {
        return RestCosts.costOf(endpoint.method(), historyCost);
    }

    private static double demand(Map<RestEndpoint, Duration> intervals, int historyCost, boolean history) {
        return intervals.entrySet().stream().filter(e -> isHistory(e.getKey()) == history)
                .mapToDouble(e -> cost(e.getKey(), historyCost) / seconds(e.getValue())).sum();
    }

    private static Duration stretch(Duration interval, double factor) {
        if (factor <= 1) {
            return interval;
        }
        return Duration.ofSeconds((long) Math.ceil(seconds(interval) * factor - 1e-9));
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
