package com.kafkaconnectkraken.client.ws;

/**
 * Receives what a {@link FuturesWsSession} delivers: data messages, plus the lifecycle events
 * ({@link KrakenWsEvent}: opened, reconnecting, gap, subscription lost...) and malformed frames of
 * {@link KrakenWsListener}. Callbacks are serialized; blocking in one slows the socket reader (backpressure).
 */
public interface FuturesWsListener extends KrakenWsListener {

    /**
     * One data message (every feed except {@code heartbeat}).
     *
     * @param message the message
     */
    void onFeedMessage(FuturesMessage message);
}
