package com.kafkaconnectkraken.simulator.exchange.ws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import com.kafkaconnectkraken.simulator.exchange.ExchangeJson;
import com.kafkaconnectkraken.simulator.exchange.account.Account;
import com.kafkaconnectkraken.simulator.exchange.account.TokenStore;
import com.kafkaconnectkraken.simulator.exchange.account.Trade;
import com.kafkaconnectkraken.simulator.exchange.engine.KrakenRejection;
import com.kafkaconnectkraken.simulator.exchange.engine.MatchingEngine;
import com.kafkaconnectkraken.simulator.exchange.engine.Order;
import com.kafkaconnectkraken.simulator.exchange.market.Asset;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * {@code subscribe}/{@code unsubscribe} for the private channels {@code executions}
 * (https://docs.kraken.com/api/docs/websocket-v2/executions) and {@code balances}
 * (https://docs.kraken.com/api/docs/websocket-v2/balances): ack, then a snapshot with {@code sequence} 1,
 * built and registered under the exchange lock so no event is lost or duplicated between them.
 */
final class SubscriptionHandler {

    private static final int SNAPSHOT_TRADES = 50;

    private final MatchingEngine engine;
    private final TokenStore tokens;
    private final Clock clock;

    SubscriptionHandler(MatchingEngine engine, TokenStore tokens, Clock clock) {
        this.engine = engine;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Handles one subscribe or unsubscribe request; frames are sent directly. */
    void handle(WsRequest request) {
        SpotChannel channel = SpotChannel.find(request.params().path("channel").asText("")).orElse(null);
        Session session = request.session();
        try {
            if (channel != SpotChannel.EXECUTIONS && channel != SpotChannel.BALANCES) {
                throw KrakenRejection.invalidArgument("channel");
            }
            Account account = session.authorize(request.token(), tokens);
            if ("unsubscribe".equals(request.method())) {
                unsubscribe(request, channel);
            } else if (channel == SpotChannel.EXECUTIONS) {
                engine.locked(() -> subscribeExecutions(request, account));
            } else {
                engine.locked(() -> subscribeBalances(request, account));
            }
        } catch (KrakenRejection e) {
            session.send(request.failure(e.error(), clock.instant()));
        }
    }

    private Void subscribeExecutions(WsRequest request, Account account) {
        JsonNode p = request.params();
        boolean snapOrders = flag(p, "snap_orders", flag(p, "snapshot", true));
        boolean snapTrades = flag(p, "snap_trades", flag(p, "snapshot_trades", false));
        Session.Executions options = new Session.Executions(account, flag(p, "order_status", true),
                flag(p, "ratecounter", false));
        ObjectNode result = ExchangeJson.object();
        result.put("channel", SpotChannel.EXECUTIONS.wireName());
        result.put("maxratecount", Math.round(engine.tier().threshold()));
        result.put("snap_orders", snapOrders);
        result.put("snap_trades", snapTrades);
        Session session = request.session();
        session.send(request.success(result, clock.instant()));
        session.executions(options);
        ObjectNode snapshot = PrivatePublisher.channelFrame(SpotChannel.EXECUTIONS, "snapshot");
        ArrayNode data = snapshot.putArray("data");
        if (snapOrders) {
            engine.orders().open(account).forEach(o -> data.add(ExecutionReports.openOrder(o)));
        }
        if (snapTrades) {
            addRecentTrades(account, data);
        }
        snapshot.put("sequence", session.nextExecutionsSequence());
        session.send(snapshot);
        return null;
    }

    private void addRecentTrades(Account account, ArrayNode data) {
        List<Trade> trades = account.trades();
        for (Trade t : trades.subList(Math.max(0, trades.size() - SNAPSHOT_TRADES), trades.size())) {
            Order order = engine.orders().find(account, t.orderId()).orElseThrow();
            data.add(ExecutionReports.pastTrade(order, t));
        }
    }

    private Void subscribeBalances(WsRequest request, Account account) {
        boolean snapshot = flag(request.params(), "snapshot", true);
        ObjectNode result = ExchangeJson.object();
        result.put("channel", SpotChannel.BALANCES.wireName());
        result.put("snapshot", snapshot);
        Session session = request.session();
        session.send(request.success(result, clock.instant()));
        session.balances(account);
        if (snapshot) {
            ObjectNode frame = PrivatePublisher.channelFrame(SpotChannel.BALANCES, "snapshot");
            ArrayNode data = frame.putArray("data");
            for (Map.Entry<Asset, BigDecimal> b : account.balances().entrySet()) {
                ObjectNode asset = data.addObject();
                asset.put("asset", b.getKey().wsCode());
                asset.put("asset_class", "currency");
                asset.put("balance", b.getValue());
                ObjectNode wallet = asset.putArray("wallets").addObject();
                wallet.put("type", "spot");
                wallet.put("id", "main");
                wallet.put("balance", b.getValue());
            }
            frame.put("sequence", session.nextBalancesSequence());
            session.send(frame);
        }
        return null;
    }

    private void unsubscribe(WsRequest request, SpotChannel channel) {
        Session session = request.session();
        boolean subscribed = channel == SpotChannel.EXECUTIONS ? session.executions() != null : session.balances() != null;
        if (!subscribed) {
            throw new KrakenRejection("Subscription Not Found");
        }
        if (channel == SpotChannel.EXECUTIONS) {
            session.executions(null);
        } else {
            session.balances(null);
        }
        ObjectNode result = ExchangeJson.object();
        result.put("channel", channel.wireName());
        session.send(request.success(result, clock.instant()));
    }

    private static boolean flag(JsonNode params, String name, boolean defaultValue) {
        JsonNode v = params.get(name);
        if (v == null || v.isNull()) {
            return defaultValue;
        }
        if (!v.isBoolean()) {
            throw KrakenRejection.invalidArgument(name);
        }
        return v.booleanValue();
    }
}
