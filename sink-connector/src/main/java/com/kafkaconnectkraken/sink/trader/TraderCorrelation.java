package com.kafkaconnectkraken.sink.trader;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.trader.protocol.TraderMessageType;
import com.kafkaconnectkraken.client.ws.TraderMessage;
import com.kafkaconnectkraken.sink.command.TraderCommand;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Which server message answers a Trader command (docs/protocol/trader-api.md §5: no request id; one action
 * in flight, an {@code error} always answers it): for createOrder an {@code executionEvent} with the echoed
 * {@code clientOrderId}, or when none is echoed the same accountId + symbol + side + quantity; for cancelOrder
 * an {@code executionEvent} of its orderId with status CANCELLED; for amendOrder one of its orderId carrying
 * the new values; for closePosition one carrying its positionId; for amendPosition a {@code portfolioEvent}
 * of its account. The same order tests serve reconciliation over {@code orderHistory}.
 */
public final class TraderCorrelation {

    private TraderCorrelation() {
    }

    /** @return recognises the answer to {@code command} */
    public static Predicate<TraderMessage> answers(TraderCommand command) {
        return message -> switch (command.method()) {
            case AMEND_POSITION -> message.type() == TraderMessageType.PORTFOLIO_EVENT
                && Objects.equals(command.accountId(), message.text("accountId"));
            case CREATE_ORDER -> execution(message) && created(command, message.payload());
            case CANCEL_ORDER -> execution(message) && cancelled(command, message.payload());
            case AMEND_ORDER -> execution(message) && amended(command, message.payload());
            case CLOSE_POSITION -> execution(message)
                && Objects.equals(command.text("positionId"), message.text("positionId"));
        };
    }

    private static boolean execution(TraderMessage message) {
        return message.type() == TraderMessageType.EXECUTION_EVENT;
    }

    /** @return whether an order (an executionEvent payload) is the one a createOrder placed, by id or fields */
    static boolean created(TraderCommand command, JsonNode order) {
        String echoed = text(order, "clientOrderId");
        if (echoed != null) {
            return echoed.equals(command.text("clientOrderId"));
        }
        return sameFields(command, order);
    }

    /** @return whether symbol, side and quantity are the command's, and its accountId when the order names one */
    static boolean sameFields(TraderCommand command, JsonNode order) {
        String account = text(order, "accountId");
        return (account == null || account.equals(command.accountId()))
            && Objects.equals(command.text("symbol"), text(order, "symbol"))
            && Objects.equals(command.text("side"), text(order, "side"))
            && sameDecimal(command.decimal("quantity"), order.path("quantity"));
    }

    /** @return whether the order is the cancelOrder's and now CANCELLED */
    static boolean cancelled(TraderCommand command, JsonNode order) {
        return Objects.equals(command.text("orderId"), text(order, "orderId"))
            && "CANCELLED".equals(text(order, "status"));
    }

    /** @return whether the order is the amendOrder's and carries every value it changes */
    static boolean amended(TraderCommand command, JsonNode order) {
        if (!Objects.equals(command.text("orderId"), text(order, "orderId"))) {
            return false;
        }
        for (String field : List.of("quantity", "price", "stopPrice")) {
            BigDecimal wanted = command.decimal(field);
            if (wanted != null && !sameDecimal(wanted, order.path(field))) {
                return false;
            }
        }
        return true;
    }

    /** @return whether a JSON number (or decimal text) equals {@code expected} numerically */
    static boolean sameDecimal(BigDecimal expected, JsonNode value) {
        if (expected == null || value.isMissingNode() || value.isNull()) {
            return false;
        }
        try {
            BigDecimal actual = value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText());
            return expected.compareTo(actual) == 0;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
