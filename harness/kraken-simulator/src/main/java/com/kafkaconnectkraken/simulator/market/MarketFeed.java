package com.kafkaconnectkraken.simulator.market;

import java.util.List;

/** A source of market data: the seeded generator or a replayed recording. */
interface MarketFeed extends AutoCloseable {

    /** @return the instruments served, in configuration order */
    List<Instrument> instruments();

    /** @return whether {@code symbol} is served (otherwise: "Currency pair not supported") */
    boolean supports(String symbol);

    /**
     * Sends {@code ack}, then the snapshot if the subscription asks for one, then starts updates,
     * atomically with respect to the feed's own updates.
     */
    void subscribe(ChannelSubscription subscription, String ack);

    /** @return the removed subscription with the same key, or {@code null} if there was none */
    ChannelSubscription unsubscribe(ChannelSubscription candidate);

    /** Starts producing updates. */
    void start();

    /** Stops producing updates. */
    @Override
    void close();
}
