package com.kafkaconnectkraken.simulator.transport;

/** Protocol logic behind the simulated REST base URL ({@code /0/public/*}, {@code /0/private/*}). */
@FunctionalInterface
public interface RestHandler {

    /**
     * Answers one request; called on a worker thread, possibly concurrently.
     *
     * @param request the request as received
     * @return the response to send
     */
    RestResponse handle(RestRequest request);
}
