package com.kafkaconnectkraken.simulator.exchange;

import com.kafkaconnectkraken.client.spot.protocol.RestTier;
import com.kafkaconnectkraken.client.spot.protocol.TradingTier;
import com.kafkaconnectkraken.simulator.exchange.engine.FeeSchedule;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a simulated {@link Exchange}; build with {@link #builder()}.
 *
 * @param clock             time source for order/ledger/token times (tests may pass a controllable clock;
 *                          timers such as the dead man's switch and heartbeats still run in real time)
 * @param tradingTier       per-pair trading rate counter and open-order limit (default Intermediate: 125,
 *                          −2.34/s, 80 open orders; docs/protocol/kraken-spot.md §5.9)
 * @param restTier          REST call counter (default Intermediate: 20, −0.5/s; docs/protocol/kraken-spot.md §6.3)
 * @param historyCallCost   counter cost of Ledgers/QueryLedgers/TradesHistory/QueryTrades (default 2; one
 *                          docs page says 4)
 * @param tokenTtl          how long an unused WS token may start a connection (default 15 minutes)
 * @param heartbeatInterval private-channel heartbeat period (default 1 s)
 * @param fees              trading fees (default taker 0.26 %, maker 0.16 %)
 */
public record ExchangeConfig(Clock clock, TradingTier tradingTier, RestTier restTier, int historyCallCost,
                             Duration tokenTtl, Duration heartbeatInterval, FeeSchedule fees) {

    /** Validates the settings. */
    public ExchangeConfig {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(tradingTier, "tradingTier");
        Objects.requireNonNull(restTier, "restTier");
        Objects.requireNonNull(fees, "fees");
        if (historyCallCost < 1 || tokenTtl.isNegative() || heartbeatInterval.isNegative()
                || heartbeatInterval.isZero()) {
            throw new IllegalArgumentException("historyCallCost >= 1, tokenTtl >= 0, heartbeatInterval > 0");
        }
    }

    /** @return the defaults described on the record */
    public static ExchangeConfig defaults() {
        return builder().build();
    }

    /** @return a builder starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder for {@link ExchangeConfig}. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private TradingTier tradingTier = TradingTier.INTERMEDIATE;
        private RestTier restTier = RestTier.INTERMEDIATE;
        private int historyCallCost = 2;
        private Duration tokenTtl = Duration.ofMinutes(15);
        private Duration heartbeatInterval = Duration.ofSeconds(1);
        private FeeSchedule fees = FeeSchedule.DEFAULT;

        private Builder() {
        }

        /** @return this builder with a time source */
        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        /** @return this builder with trading limits, e.g. {@code new TradingTier(10, 0.5, 5)} */
        public Builder tradingTier(TradingTier value) {
            tradingTier = value;
            return this;
        }

        /** @return this builder with REST call counter limits */
        public Builder restTier(RestTier value) {
            restTier = value;
            return this;
        }

        /** @return this builder with the history call cost (2 or 4 per the docs) */
        public Builder historyCallCost(int value) {
            historyCallCost = value;
            return this;
        }

        /** @return this builder with a WS token lifetime */
        public Builder tokenTtl(Duration value) {
            tokenTtl = value;
            return this;
        }

        /** @return this builder with a heartbeat period */
        public Builder heartbeatInterval(Duration value) {
            heartbeatInterval = value;
            return this;
        }

        /** @return this builder with a fee schedule */
        public Builder fees(FeeSchedule value) {
            fees = value;
            return this;
        }

        /** @return the settings */
        public ExchangeConfig build() {
            return new ExchangeConfig(clock, tradingTier, restTier, historyCallCost, tokenTtl, heartbeatInterval,
                    fees);
        }
    }
}
