package com.kafkaconnectkraken.sink.guard;

import com.kafkaconnectkraken.sink.command.TradingCommand;
import java.util.Optional;

/**
 * A venue's client-side rate counter, asked right before a command is sent (Kraken Spot:
 * {@link TradingRateLimiter}).
 *
 * @param <C> the venue's command type
 */
@FunctionalInterface
public interface CommandLimiter<C extends TradingCommand> {

    /**
     * Charges the command's cost when it fits.
     *
     * @return the refusal reason (acknowledged REJECTED), or empty when charged
     */
    Optional<String> tryAcquire(C command);
}
