package com.kafkaconnectkraken.client.ws;

/**
 * Receives what a {@link TraderWsSession} delivers: data events, plus the lifecycle events ({@link KrakenWsEvent}:
 * opened, reconnecting, gap, subscription lost...) and malformed frames of {@link KrakenWsListener}. Callbacks are
 * serialized on the socket reader thread; blocking in one slows the reader (backpressure).
 */
public interface TraderWsListener extends KrakenWsListener {

    /**
     * One data event: {@code quoteEvent}, {@code depthEvent}, {@code executionEvent}, {@code portfolioEvent} or
     * {@code metricsEvent} (also when it answers a trading action).
     *
     * @param message the event
     */
    void onTraderMessage(TraderMessage message);
}
