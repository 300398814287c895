package com.kafkaconnectkraken.sink.send;

import com.kafkaconnectkraken.sink.command.TradingCommand;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * The trading connection of one venue, as {@link CommandExecutor} uses it: send an admitted command and
 * get its answer. Kraken Spot's is {@link KrakenTrading} (WS v2 request/response by {@code req_id}).
 *
 * @param <C> the venue's command type
 */
public interface TradingVenue<C extends TradingCommand> {

    /**
     * A command on the wire.
     *
     * @param sentAt when it was handed to the connection
     * @param answer completes with the venue's answer; fails with the connection's exception (classified by
     *               {@link CommandFailure#of(Throwable)}: not sent, timed out, connection lost after sending...)
     */
    record Sent(Instant sentAt, CompletableFuture<? extends VenueAnswer> answer) {
    }

    /**
     * Sends a command once; never re-sends it.
     *
     * @param command the admitted command
     * @return the send time and the answer to come
     */
    Sent send(C command);

    /** @return the venue as named in acknowledgement reasons, e.g. {@code Kraken} */
    String name();
}
