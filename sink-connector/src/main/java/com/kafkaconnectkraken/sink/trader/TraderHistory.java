package com.kafkaconnectkraken.sink.trader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.trader.protocol.TraderAction;
import com.kafkaconnectkraken.client.ws.TraderWsSession;
import com.kafkaconnectkraken.sink.command.TraderCommand;
import com.kafkaconnectkraken.sink.command.TradingCommand;
import com.kafkaconnectkraken.sink.reconcile.PlacedOrderLookup;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Trader API's history queries on the trading socket (docs/protocol/trader-api.md §3, §4 [ASSUMED]):
 * {@code orderHistory} {@code {accountId, symbol?, from?}} answered by {@code {accountId, orders: [...]}} (each
 * order an {@code executionEvent} payload of its latest state plus {@code createdAt}), and {@code positionHistory}
 * answered by {@code {accountId, positions: [...]}}. Calls block until the answer (the session's request timeout
 * bounds them) and throw the session's exception, unwrapped, when there is none.
 */
public final class TraderHistory implements PlacedOrderLookup {

    private final TraderRequests requests;

    /** @param requests the socket */
    public TraderHistory(TraderRequests requests) {
        this.requests = requests;
    }

    /**
     * @param accountId the account
     * @param symbol    only orders of this symbol, or null for all
     * @param from      only orders since then, or null for the server's default range
     * @return the orders the server lists
     */
    public List<JsonNode> orders(String accountId, String symbol, Instant from) {
        ObjectNode payload = KrakenJson.mapper().createObjectNode().put("accountId", accountId);
        if (symbol != null) {
            payload.put("symbol", symbol);
        }
        if (from != null) {
            payload.put("from", from.toString());
        }
        return query(TraderAction.ORDER_HISTORY, payload, "orders");
    }

    /** @return the account's positions the server lists */
    public List<JsonNode> positions(String accountId) {
        return query(TraderAction.POSITION_HISTORY, KrakenJson.mapper().createObjectNode().put("accountId", accountId),
            "positions");
    }

    /** @return the orderId of the account's order carrying the clientOrderId, looked up among the symbol's orders */
    @Override
    public Optional<String> placedOrderId(TradingCommand command, String clOrdId) {
        TraderCommand trader = (TraderCommand) command;
        for (JsonNode order : orders(trader.accountId(), trader.text("symbol"), null)) {
            if (clOrdId.equals(TraderCorrelation.text(order, "clientOrderId"))) {
                return Optional.ofNullable(TraderCorrelation.text(order, "orderId"));
            }
        }
        return Optional.empty();
    }

    private List<JsonNode> query(TraderAction action, ObjectNode payload, String listField) {
        JsonNode answer;
        try {
            answer = requests.request(action, payload, TraderWsSession.answersQuery(action)).join().payload();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        List<JsonNode> out = new ArrayList<>();
        answer.path(listField).forEach(out::add);
        return out;
    }
}
