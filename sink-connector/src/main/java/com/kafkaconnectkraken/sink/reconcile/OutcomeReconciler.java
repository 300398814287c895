package com.kafkaconnectkraken.sink.reconcile;

import com.kafkaconnectkraken.sink.command.TradingCommand;
import com.kafkaconnectkraken.sink.reply.OrderAck;
import java.time.Instant;

/**
 * A venue's way to settle a command whose outcome is UNKNOWN (sent, no answer) into its one final
 * acknowledgement, from what the venue still says about it. Kraken Spot's is {@link Reconciler}.
 *
 * @param <C> the venue's command type
 */
@FunctionalInterface
public interface OutcomeReconciler<C extends TradingCommand> {

    /**
     * @param command   the command
     * @param unknown   the UNKNOWN acknowledgement already written
     * @param wireReqId the request id the command went out with, or null (no id, or unknown)
     * @param sentAt    when it was sent, or null when an earlier run sent it (the time is not known)
     * @return the final acknowledgement (UNKNOWN with {@code final_ack=true} when the venue cannot tell)
     * @throws com.kafkaconnectkraken.sink.send.TransientCommandException when the venue cannot be asked now (retry later)
     */
    OrderAck resolve(C command, OrderAck unknown, Long wireReqId, Instant sentAt);
}
