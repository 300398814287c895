package com.kafkaconnectkraken.sink.send;

import com.kafkaconnectkraken.sink.reply.OrderAck;
import java.time.Instant;

/**
 * A venue's answer to one command, able to say what it means as the final acknowledgement. Kraken Spot's
 * is {@link SpotAnswer} (the response frames, read by {@link ResponseOutcome}).
 */
public interface VenueAnswer {

    /**
     * @param base   the acknowledgement skeleton (source, method, ids)
     * @param sentAt when the command was sent
     * @param now    the acknowledgement time
     * @return the final acknowledgement (ACCEPTED, or REJECTED with the venue's error)
     * @throws TransientCommandException  when nothing was executed and the command may be retried
     * @throws UncertainOutcomeException when the answer leaves the outcome open (acknowledged UNKNOWN, reconciled)
     * @throws org.apache.kafka.connect.errors.ConnectException when the venue refuses trading altogether
     */
    OrderAck toAck(OrderAck base, Instant sentAt, Instant now);
}
