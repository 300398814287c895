package com.kafkaconnectkraken.sink.send;

import com.kafkaconnectkraken.client.ws.KrakenWsResponse;
import com.kafkaconnectkraken.sink.reply.OrderAck;
import java.time.Instant;
import java.util.List;

/**
 * Kraken Spot's answer to one command: its WS v2 response frame(s) in arrival order (docs/protocol/kraken-spot.md §1.3).
 *
 * @param responses at least one frame
 */
public record SpotAnswer(List<KrakenWsResponse> responses) implements VenueAnswer {

    public SpotAnswer {
        responses = List.copyOf(responses);
    }

    /** @see ResponseOutcome#toAck */
    @Override
    public OrderAck toAck(OrderAck base, Instant sentAt, Instant now) {
        return ResponseOutcome.toAck(base, responses, sentAt, now);
    }
}
