package com.kafkaconnectkraken.simulator.exchange.ws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import com.kafkaconnectkraken.simulator.exchange.ExchangeJson;
import com.kafkaconnectkraken.simulator.exchange.account.Account;
import com.kafkaconnectkraken.simulator.exchange.account.LedgerEntry;
import com.kafkaconnectkraken.simulator.exchange.engine.ExchangeListener;
import com.kafkaconnectkraken.simulator.exchange.engine.Execution;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pushes engine events to subscribed private connections: one {@code executions} update per order event
 * and one {@code balances} update per ledger entry (https://docs.kraken.com/api/docs/websocket-v2/balances),
 * each with the connection's per-channel {@code sequence}. Also sends heartbeats and drops connections
 * (fault injection). Events arrive under the exchange lock, so per-connection order is the engine's order.
 */
public final class PrivatePublisher implements ExchangeListener {

    private final Set<Session> sessions = ConcurrentHashMap.newKeySet();

    void register(Session session) {
        sessions.add(session);
    }

    void unregister(Session session) {
        sessions.remove(session);
    }

    @Override
    public void onExecution(Execution execution) {
        Account owner = execution.order().account();
        for (Session s : sessions) {
            Session.Executions sub = s.executions();
            if (sub == null || sub.account() != owner
                    || (!sub.orderStatus() && "pending_new".equals(execution.execType()))) {
                continue;
            }
            ObjectNode frame = channelFrame(SpotChannel.EXECUTIONS, "update");
            frame.putArray("data").add(ExecutionReports.report(execution, sub.rateCounter()));
            frame.put("sequence", s.nextExecutionsSequence());
            s.send(frame);
        }
    }

    @Override
    public void onLedger(Account account, LedgerEntry entry) {
        for (Session s : sessions) {
            if (s.balances() != account) {
                continue;
            }
            ObjectNode frame = channelFrame(SpotChannel.BALANCES, "update");
            frame.putArray("data").add(balanceUpdate(entry));
            frame.put("sequence", s.nextBalancesSequence());
            s.send(frame);
        }
    }

    /** Sends {@code {"channel":"heartbeat"}} to every connection with a private subscription. */
    public void heartbeat() {
        String frame = "{\"channel\":\"" + SpotChannel.HEARTBEAT.wireName() + "\"}";
        for (Session s : sessions) {
            if (s.hasSubscription()) {
                s.connection().send(frame);
            }
        }
    }

    /**
     * Fault injection: drops every private connection without a close frame.
     *
     * @return how many connections were dropped
     */
    public int dropAll() {
        int n = 0;
        for (Session s : sessions) {
            s.connection().abort();
            sessions.remove(s);
            n++;
        }
        return n;
    }

    /** @return the number of open private connections */
    public int connectionCount() {
        return sessions.size();
    }

    static ObjectNode channelFrame(SpotChannel channel, String type) {
        ObjectNode frame = ExchangeJson.object();
        frame.put("channel", channel.wireName());
        frame.put("type", type);
        return frame;
    }

    static ObjectNode balanceUpdate(LedgerEntry e) {
        ObjectNode d = ExchangeJson.object();
        d.put("ledger_id", e.id());
        d.put("ref_id", e.refid());
        d.put("timestamp", Rfc3339.micros(e.time()));
        d.put("type", e.type());
        d.put("asset", e.asset().wsCode());
        d.put("asset_class", "currency");
        d.put("category", e.type());
        d.put("wallet_type", "spot");
        d.put("wallet_id", "main");
        d.put("amount", e.amount());
        d.put("fee", e.fee());
        d.put("balance", e.balance());
        return d;
    }
}
