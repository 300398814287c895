package com.kafkaconnectkraken.source.config;

/**
 * The Kraken REST account-data endpoints the source connector can poll
 * (https://docs.kraken.com/api/docs/rest-api/get-ledgers and sibling pages). All are private
 * ({@code POST /0/private/<method>}) and need an API key and secret.
 */
public enum RestEndpoint {
    LEDGERS("Ledgers", "ledgers", 60_000L),
    BALANCE("Balance", "balance", 60_000L),
    BALANCE_EX("BalanceEx", "balance_ex", 60_000L),
    TRADE_BALANCE("TradeBalance", "trade_balance", 60_000L),
    OPEN_ORDERS("OpenOrders", "open_orders", 60_000L),
    CLOSED_ORDERS("ClosedOrders", "closed_orders", 60_000L),
    TRADES_HISTORY("TradesHistory", "trades_history", 60_000L),
    OPEN_POSITIONS("OpenPositions", "open_positions", 60_000L),
    TRADE_VOLUME("TradeVolume", "trade_volume", 3_600_000L);

    private final String method;
    private final String configName;
    private final long defaultIntervalMs;

    RestEndpoint(String method, String configName, long defaultIntervalMs) {
        this.method = method;
        this.configName = configName;
        this.defaultIntervalMs = defaultIntervalMs;
    }

    /** Kraken's REST method name, e.g. {@code Ledgers}. */
    public String method() {
        return method;
    }

    /** The lower-case name used in config keys, e.g. {@code trades_history}. */
    public String configName() {
        return configName;
    }

    /** Default poll interval in milliseconds. */
    public long defaultIntervalMs() {
        return defaultIntervalMs;
    }

    /** The config key of this endpoint's poll interval, e.g. {@code rest.poll.ledgers.interval.ms}. */
    public String intervalKey() {
        return "rest.poll." + configName + ".interval.ms";
    }

    /**
     * Looks an endpoint up by Kraken's method name (case-sensitive, e.g. {@code BalanceEx}).
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static RestEndpoint fromMethod(String method) {
        for (RestEndpoint endpoint : values()) {
            if (endpoint.method.equals(method)) {
                return endpoint;
            }
        }
        throw new IllegalArgumentException("Unknown REST endpoint '" + method + "'");
    }
}
