package com.kafkaconnectkraken.client.ws;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The outcome of the acknowledgements of one {@code subscribe}/{@code unsubscribe} request
 * (docs/protocol/kraken-spot.md §1.3): one ack per symbol, {@code result.symbol} on success, top-level
 * {@code symbol} + {@code error} on failure. When every ack succeeded, all requested symbols
 * count as confirmed even if an ack omitted its symbol.
 *
 * @param confirmed symbols acknowledged successfully
 * @param failures  failed acks; a {@code null} symbol means the whole request was rejected
 */
record SubscriptionAcks(Set<String> confirmed, List<KrakenWsSubscriptionException.Failure> failures) {

    /**
     * @param subscription the request's subscription
     * @param responses    its ack frames
     * @return the evaluated outcome
     */
    static SubscriptionAcks evaluate(Subscription subscription, List<KrakenWsResponse> responses) {
        Set<String> confirmed = new LinkedHashSet<>();
        List<KrakenWsSubscriptionException.Failure> failures = new ArrayList<>();
        for (KrakenWsResponse response : responses) {
            if (response.success()) {
                if (response.symbol() != null) {
                    confirmed.add(response.symbol());
                }
            } else {
                String error = response.error() == null ? "(no error text)" : response.error();
                failures.add(new KrakenWsSubscriptionException.Failure(response.symbol(), error));
            }
        }
        if (failures.isEmpty()) {
            confirmed.addAll(subscription.symbols());
        }
        return new SubscriptionAcks(Collections.unmodifiableSet(confirmed), List.copyOf(failures));
    }

    /**
     * @return symbols named in failed acks
     */
    Set<String> failedSymbols() {
        Set<String> symbols = new LinkedHashSet<>();
        failures.forEach(f -> {
            if (f.symbol() != null) {
                symbols.add(f.symbol());
            }
        });
        return symbols;
    }
}
