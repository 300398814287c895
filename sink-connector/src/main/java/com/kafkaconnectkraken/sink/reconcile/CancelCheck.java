package com.kafkaconnectkraken.sink.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.sink.command.CommandMethod;
import com.kafkaconnectkraken.sink.command.OrderCommand;
import com.kafkaconnectkraken.sink.reply.AckStatus;
import com.kafkaconnectkraken.sink.reply.OrderAck;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Settles an UNKNOWN cancel_order / batch_cancel from the order history: every addressed order
 * now {@code canceled} → ACCEPTED; any still open or ended otherwise (filled, expired, unknown) →
 * REJECTED naming them. Orders addressed by order_userref cannot be checked (empty result).
 */
final class CancelCheck {

    private final OrderLookup history;
    private final Clock clock;

    CancelCheck(OrderLookup history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    /** @return whether the command's cancellations can be checked by id */
    static boolean checkable(OrderCommand command) {
        JsonNode p = command.params();
        if (command.method() == CommandMethod.CANCEL_ORDER) {
            return !p.has("order_userref");
        }
        if (command.method() == CommandMethod.BATCH_CANCEL) {
            for (JsonNode id : p.path("orders")) {
                if (id.asText().matches("-?\\d+")) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** @return the final acknowledgement; throws KrakenApiException when the history cannot be read */
    OrderAck settle(OrderCommand command, OrderAck unknown) {
        JsonNode p = command.params();
        JsonNode orderIds = command.method() == CommandMethod.CANCEL_ORDER ? p.path("order_id") : p.path("orders");
        List<String> notCancelled = new ArrayList<>();
        orderIds.forEach(id -> check(id.asText(), false, notCancelled));
        p.path("cl_ord_id").forEach(id -> check(id.asText(), true, notCancelled));
        if (notCancelled.isEmpty()) {
            return unknown.withOutcome(null, null, null).resolved(AckStatus.ACCEPTED, true, "order_history", clock.instant());
        }
        return unknown.withOutcome(null, null, "not cancelled: " + String.join(", ", notCancelled))
            .resolved(AckStatus.REJECTED, true, "order_history", clock.instant());
    }

    private void check(String id, boolean isClOrdId, List<String> notCancelled) {
        Optional<String> status = history.status(id, isClOrdId);
        if (!status.equals(Optional.of("canceled"))) {
            notCancelled.add(id + " is " + status.orElse("unknown"));
        }
    }
}
