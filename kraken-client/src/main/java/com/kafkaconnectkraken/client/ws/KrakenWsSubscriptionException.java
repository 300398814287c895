package com.kafkaconnectkraken.client.ws;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A {@code subscribe} or {@code unsubscribe} got at least one failed acknowledgement.
 *
 * <p>Kraken acknowledges list-of-symbol channels once per symbol and puts the symbol at the top
 * level of a failed ack, e.g. {@code {"error":"Currency pair not supported","method":"subscribe",
 * "success":false,"symbol":"XBT/USD",...}} (https://docs.kraken.com/api/docs/websocket-v2/ticker,
 * docs/protocol/kraken-spot.md §1.3). The symbols that were acknowledged successfully are active (see
 * {@link #responses()}); only the listed failures are not.
 */
public final class KrakenWsSubscriptionException extends KrakenWsException {

    private final transient List<Failure> failures;
    private final transient List<KrakenWsResponse> responses;

    /**
     * One failed acknowledgement.
     *
     * @param symbol the symbol the error is about, or {@code null} when the server rejected the
     *               whole request (e.g. an unknown channel, or a channel without symbols)
     * @param error  Kraken's error string, e.g. {@code Currency pair not supported}
     */
    public record Failure(String symbol, String error) {
    }

    /**
     * @param method    {@code subscribe} or {@code unsubscribe}
     * @param channel   the channel, e.g. {@code ticker}
     * @param failures  the failed acks (at least one)
     * @param responses every ack frame received, successful and failed
     */
    public KrakenWsSubscriptionException(String method, String channel, List<Failure> failures,
                                         List<KrakenWsResponse> responses) {
        super(method + " " + channel + " failed: " + failures.stream()
                .map(f -> (f.symbol() == null ? "(request)" : f.symbol()) + ": " + f.error())
                .collect(Collectors.joining("; ")));
        this.failures = List.copyOf(failures);
        this.responses = List.copyOf(responses);
    }

    /**
     * @return the failed acks, in arrival order
     */
    public List<Failure> failures() {
        return failures;
    }

    /**
     * @return all ack frames, in arrival order
     */
    public List<KrakenWsResponse> responses() {
        return responses;
    }
}
