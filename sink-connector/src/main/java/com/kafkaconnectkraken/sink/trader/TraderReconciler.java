package com.kafkaconnectkraken.sink.trader;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.sink.command.TraderCommand;
import com.kafkaconnectkraken.sink.reconcile.ExecutionsTracker;
import com.kafkaconnectkraken.sink.reconcile.OutcomeReconciler;
import com.kafkaconnectkraken.sink.reply.AckStatus;
import com.kafkaconnectkraken.sink.reply.OrderAck;
import com.kafkaconnectkraken.sink.send.CommandFailure;
import com.kafkaconnectkraken.sink.send.ResponseOutcome;
import com.kafkaconnectkraken.sink.send.HistoryLookupException;
import com.kafkaconnectkraken.sink.send.TransientCommandException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * Settles a Trader command whose answer did not come in time (docs/protocol/trader-api.md §5) into one final
 * acknowledgement, never by sending it again:
 * <ul>
 *   <li>createOrder: an {@code executionEvent} with its clientOrderId seen within {@link #GRACE}, else
 *       {@code orderHistory}: the order with its clientOrderId, or - without one - the same symbol, side and
 *       quantity created within [sent - {@link #GRACE}, now]; found → ACCEPTED (REJECTED when its status is),
 *       not found → REJECTED (never placed). A command an earlier run sent without clientOrderId cannot be
 *       traced (its send time is unknown): final UNKNOWN;</li>
 *   <li>cancelOrder: the order's status in {@code orderHistory}: CANCELLED → ACCEPTED, another → REJECTED;</li>
 *   <li>amendOrder: the order carries the new values → ACCEPTED;</li>
 *   <li>closePosition: an order of the position created since sending → ACCEPTED;</li>
 *   <li>amendPosition: {@code positionHistory} shows the new stopLoss/takeProfit → ACCEPTED;</li>
 * </ul>
 * otherwise the final acknowledgement stays UNKNOWN. A history that cannot be read is a
 * {@link TransientCommandException}: the outcome stays open and is settled on the retry.
 */
public final class TraderReconciler implements OutcomeReconciler<TraderCommand> {

    /** How long a late executionEvent is awaited, and the slack of the createdAt window. */
    static final Duration GRACE = Duration.ofSeconds(2);

    private static final String ORDER_HISTORY = "order_history";

    private final ExecutionsTracker executions;
    private final TraderHistory history;
    private final Clock clock;

    /**
     * @param executions orders seen on the socket
     * @param history    the history queries
     * @param clock      time source
     */
    public TraderReconciler(ExecutionsTracker executions, TraderHistory history, Clock clock) {
        this.executions = executions;
        this.history = history;
        this.clock = clock;
    }

    @Override
    public OrderAck resolve(TraderCommand command, OrderAck unknown, Long wireReqId, Instant sentAt) {
        try {
            return switch (command.method()) {
                case CREATE_ORDER -> created(command, unknown, sentAt);
                case CANCEL_ORDER -> cancelled(command, unknown);
                case AMEND_ORDER -> found(unknown, order(command, null, o -> TraderCorrelation.amended(command, o)),
                    "amend not visible in the order history", ORDER_HISTORY);
                case CLOSE_POSITION -> found(unknown, sentAt == null ? Optional.empty() : order(command,
                    sentAt.minus(GRACE), o -> Objects.equals(command.text("positionId"), text(o, "positionId"))),
                    "no closing order of the position in the order history", ORDER_HISTORY);
                case AMEND_POSITION -> found(unknown, position(command), "amend not visible in the position history",
                    "position_history");
            };
        } catch (RuntimeException e) {
            if (e instanceof TransientCommandException || CommandFailure.of(e) == CommandFailure.FATAL) {
                throw e;
            }
            throw new HistoryLookupException("Trader history lookup failed; outcome still UNKNOWN", e);
        }
    }

    private OrderAck created(TraderCommand command, OrderAck unknown, Instant sentAt) {
        String clientOrderId = command.text("clientOrderId");
        if (clientOrderId != null) {
            Optional<String> seen = awaitSeen(clientOrderId);
            if (seen.isPresent()) {
                return unknown.withOutcome(seen.get(), null, null).resolved(AckStatus.ACCEPTED, true, "executions",
                    clock.instant());
            }
        } else if (sentAt == null) {
            return unknown.withOutcome(null, null, "cannot be traced: no clientOrderId and the earlier attempt's send "
                + "time is unknown").resolved(AckStatus.UNKNOWN, true, null, clock.instant());
        }
        Instant from = sentAt == null ? null : sentAt.minus(GRACE);
        Optional<JsonNode> order = order(command, clientOrderId != null ? null : from, o -> TraderCorrelation.created(command, o));
        if (order.isEmpty()) {
            return unknown.withOutcome(null, null, "not placed: no such order in the Trader order history")
                .resolved(AckStatus.REJECTED, true, ORDER_HISTORY, clock.instant());
        }
        AckStatus status = "REJECTED".equals(text(order.get(), "status")) ? AckStatus.REJECTED : AckStatus.ACCEPTED;
        return unknown.withOutcome(text(order.get(), "orderId"), ResponseOutcome.text(order.get()),
            status == AckStatus.REJECTED ? "REJECTED" : null).resolved(status, true, ORDER_HISTORY, clock.instant());
    }

    private OrderAck cancelled(TraderCommand command, OrderAck unknown) {
        Optional<JsonNode> order = order(command, null, o -> Objects.equals(command.text("orderId"), text(o, "orderId")));
        if (order.isEmpty()) {
            return found(unknown, order, "order not in the order history", ORDER_HISTORY);
        }
        String status = text(order.get(), "status");
        return "CANCELLED".equals(status) ? found(unknown, order, null, ORDER_HISTORY)
            : unknown.withOutcome(text(order.get(), "orderId"), ResponseOutcome.text(order.get()), "not cancelled: "
                + command.text("orderId") + " is " + status).resolved(AckStatus.REJECTED, true, ORDER_HISTORY,
                clock.instant());
    }

    /** @return ACCEPTED from the history entry (resolved {@code by}), or the final UNKNOWN with {@code why} */
    private OrderAck found(OrderAck unknown, Optional<JsonNode> entry, String why, String by) {
        if (entry.isEmpty()) {
            return unknown.withOutcome(null, null, why + "; outcome unknown").resolved(AckStatus.UNKNOWN, true, null,
                clock.instant());
        }
        return unknown.withOutcome(text(entry.get(), "orderId"), ResponseOutcome.text(entry.get()), null)
            .resolved(AckStatus.ACCEPTED, true, by, clock.instant());
    }

    /** @return the newest order of the command's account matching {@code test}, created since {@code from} if given */
    private Optional<JsonNode> order(TraderCommand command, Instant from, Predicate<JsonNode> test) {
        List<JsonNode> orders = history.orders(command.accountId(), command.text("symbol"), from);
        Instant now = clock.instant();
        JsonNode match = null;
        for (JsonNode order : orders) {
            if (test.test(order) && (from == null || createdWithin(order, from, now))) {
                match = order;
            }
        }
        return Optional.ofNullable(match);
    }

    private Optional<JsonNode> position(TraderCommand command) {
        for (JsonNode position : history.positions(command.accountId())) {
            if (Objects.equals(command.text("positionId"), text(position, "positionId"))
                    && sameOrAbsent(command, position, "stopLoss") && sameOrAbsent(command, position, "takeProfit")) {
                return Optional.of(position);
            }
        }
        return Optional.empty();
    }

    private static boolean sameOrAbsent(TraderCommand command, JsonNode position, String field) {
        return command.decimal(field) == null || TraderCorrelation.sameDecimal(command.decimal(field), position.path(field));
    }

    private static boolean createdWithin(JsonNode order, Instant from, Instant now) {
        try {
            Instant created = Instant.parse(order.path("createdAt").asText());
            return !created.isBefore(from) && !created.isAfter(now.plus(GRACE));
        } catch (DateTimeParseException noTime) {
            return false;
        }
    }

    private Optional<String> awaitSeen(String clientOrderId) {
        try {
            return Optional.of(executions.awaitOrder(clientOrderId).get(GRACE.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException | ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientCommandException("interrupted while reconciling", e);
        }
    }

    private static String text(JsonNode node, String field) {
        return TraderCorrelation.text(node, field);
    }
}
