package com.kafkaconnectkraken.sink.trader;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.trader.protocol.TraderAction;
import com.kafkaconnectkraken.client.ws.TraderMessage;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * What the Trader sink asks of its socket: {@link com.kafkaconnectkraken.client.ws.TraderWsSession#request}
 * (one action in flight, the next {@code error} or the next message {@code answers} recognises answers it).
 */
@FunctionalInterface
public interface TraderRequests {

    /**
     * @param action  the action or query
     * @param payload its body (docs/protocol/trader-api.md §3)
     * @param answers recognises the answering message
     * @return completes with the answer; fails with {@code TraderRejectedException}, {@code NoAnswerException}
     *         or {@code KrakenWsConnectionException}
     */
    CompletableFuture<TraderMessage> request(TraderAction action, ObjectNode payload, Predicate<TraderMessage> answers);
}
