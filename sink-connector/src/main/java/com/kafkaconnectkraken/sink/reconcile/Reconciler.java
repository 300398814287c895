package com.kafkaconnectkraken.sink.reconcile;

import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import com.kafkaconnectkraken.client.ws.KrakenWsResponse;
import com.kafkaconnectkraken.sink.command.OrderCommand;
import com.kafkaconnectkraken.sink.reply.AckStatus;
import com.kafkaconnectkraken.sink.reply.OrderAck;
import com.kafkaconnectkraken.sink.send.CommandFailure;
import com.kafkaconnectkraken.sink.send.ResponseOutcome;
import com.kafkaconnectkraken.sink.send.HistoryLookupException;
import com.kafkaconnectkraken.sink.send.TransientCommandException;
import com.kafkaconnectkraken.sink.send.UncertainOutcomeException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Settles a command whose outcome is UNKNOWN (sent, no answer) into one final acknowledgement:
 * <ol>
 *   <li>a late response frame to the original req_id, or execution reports for every cl_ord_id,
 *       waited for until the order's deadline (Kraken's default 5 s after sending when the command
 *       has none) plus a grace period - after the deadline the engine no longer matches it;</li>
 *   <li>then Kraken's order history by cl_ord_id ({@link OrderHistory}): found → ACCEPTED,
 *       not found → REJECTED (never placed), some of a batch → ACCEPTED with the missing ids.</li>
 * </ol>
 * An UNKNOWN cancel_order/batch_cancel by order_id/cl_ord_id is settled from the orders' status
 * ({@link CancelCheck}). Other commands without cl_ord_ids (order_userref orders, amends, edits,
 * cancel_all, cancel_all_orders_after) can only be settled by a late response; otherwise their
 * final acknowledgement stays UNKNOWN.
 */
public final class Reconciler implements OutcomeReconciler<OrderCommand> {

    static final Duration GRACE = Duration.ofSeconds(2);
    static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(5);

    private final ExecutionsTracker executions;
    private final OrderLookup history;
    private final Clock clock;
    private final CancelCheck cancels;

    /**
     * @param executions the executions/late-response tracker of the trading session
     * @param history    order history lookups
     * @param clock      time source
     */
    public Reconciler(ExecutionsTracker executions, OrderLookup history, Clock clock) {
        this.executions = executions;
        this.history = history;
        this.clock = clock;
        this.cancels = new CancelCheck(history, clock);
    }

    /**
     * @param command   the command
     * @param unknown   the UNKNOWN acknowledgement already written
     * @param wireReqId the req_id the request went out with, or null
     * @param sentAtOrNull when it was sent, or null for an earlier run's command (settled as if sent now)
     * @return the final acknowledgement
     * @throws TransientCommandException when the order history cannot be read now (retry later)
     */
    @Override
    public OrderAck resolve(OrderCommand command, OrderAck unknown, Long wireReqId, Instant sentAtOrNull) {
        Instant sentAt = sentAtOrNull != null ? sentAtOrNull : clock.instant();
        CompletableFuture<KrakenWsResponse> late = wireReqId == null ? new CompletableFuture<>()
            : executions.awaitLateResponse(wireReqId);
        List<String> ids = command.method().placesOrders() ? command.clOrdIds() : List.of();
        boolean traceable = !ids.isEmpty() && ids.stream().allMatch(Objects::nonNull);
        List<CompletableFuture<String>> reports = traceable ? ids.stream().map(executions::awaitOrder).toList() : List.of();
        CompletableFuture<?> placed = traceable
            ? CompletableFuture.allOf(reports.toArray(CompletableFuture[]::new)) : new CompletableFuture<>();
        await(CompletableFuture.anyOf(late, placed), settleAt(command, sentAt));
        boolean lateArrived = late.isDone() && !late.isCompletedExceptionally();
        boolean allReported = placed.isDone() && !placed.isCompletedExceptionally();
        late.cancel(false);
        reports.forEach(f -> f.cancel(false));
        Optional<OrderAck> answered = lateArrived ? fromLateResponse(unknown, late.join(), sentAt) : Optional.empty();
        if (answered.isPresent()) {
            return answered.get();
        }
        if (CancelCheck.checkable(command)) {
            try {
                return cancels.settle(command, unknown);
            } catch (RuntimeException e) {
                throw historyFailure(e);
            }
        }
        if (!traceable) {
            return unknown.resolved(AckStatus.UNKNOWN, true, null, clock.instant());
        }
        if (allReported) {
            List<String> orderIds = ids.stream().map(id -> executions.orderId(id).orElse(null)).toList();
            return accepted(unknown, orderIds, List.of(), SpotChannel.EXECUTIONS.wireName());
        }
        return fromHistory(unknown, ids);
    }

    /** @return the final acknowledgement the late answer gives, or empty when it leaves the outcome open */
    private Optional<OrderAck> fromLateResponse(OrderAck unknown, KrakenWsResponse response, Instant sentAt) {
        try {
            OrderAck ack = ResponseOutcome.toAck(unknown, List.of(response), sentAt, clock.instant());
            return Optional.of(ack.resolved(ack.status(), true, "late_response", clock.instant()));
        } catch (TransientCommandException notExecuted) {
            return Optional.of(unknown.withOutcome(null, null, response.error())
                .resolved(AckStatus.REJECTED, true, "late_response", clock.instant()));
        } catch (UncertainOutcomeException open) {
            return Optional.empty();
        }
    }

    private OrderAck fromHistory(OrderAck unknown, List<String> ids) {
        List<String> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            Optional<String> orderId;
            try {
                orderId = history.findOrderId(id);
            } catch (RuntimeException e) {
                throw historyFailure(e);
            }
            orderId.ifPresentOrElse(found::add, () -> missing.add(id));
        }
        if (found.isEmpty()) {
            return unknown.withOutcome(null, null, "not placed: no order with cl_ord_id " + String.join(",", ids)
                + " in Kraken's order history after its deadline").resolved(AckStatus.REJECTED, true, "order_history",
                clock.instant());
        }
        return accepted(unknown, found, missing, "order_history");
    }

    private static RuntimeException historyFailure(RuntimeException e) {
        if (CommandFailure.of(e) == CommandFailure.FATAL) {
            return e;
        }
        return new HistoryLookupException("order history lookup failed; outcome still UNKNOWN", e);
    }

    private OrderAck accepted(OrderAck unknown, List<String> orderIds, List<String> missing, String by) {
        String error = missing.isEmpty() ? null : "not placed: cl_ord_id " + String.join(",", missing);
        return unknown.withOutcome(orderIds.get(0), null, error).resolved(AckStatus.ACCEPTED, true, by, clock.instant());
    }

    private Instant settleAt(OrderCommand command, Instant sentAt) {
        String deadline = command.params().path("deadline").textValue();
        Instant engineDeadline = deadline != null ? java.time.OffsetDateTime.parse(deadline).toInstant()
            : sentAt.plus(DEFAULT_DEADLINE);
        Instant now = clock.instant();
        return (engineDeadline.isAfter(now) ? engineDeadline : now).plus(GRACE);
    }

    private void await(CompletableFuture<?> any, Instant until) {
        long waitMs = Math.max(0, Duration.between(clock.instant(), until).toMillis());
        try {
            any.get(waitMs, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // nothing arrived in time (or the session failed it): fall through to the order history
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientCommandException("interrupted while reconciling", e);
        }
    }
}
