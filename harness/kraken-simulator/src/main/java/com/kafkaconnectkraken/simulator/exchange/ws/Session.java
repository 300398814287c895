package com.kafkaconnectkraken.simulator.exchange.ws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.simulator.exchange.ExchangeJson;
import com.kafkaconnectkraken.simulator.exchange.account.Account;
import com.kafkaconnectkraken.simulator.exchange.account.TokenStore;
import com.kafkaconnectkraken.simulator.exchange.engine.KrakenRejection;
import com.kafkaconnectkraken.simulator.transport.ClientConnection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One private WebSocket connection: the tokens it has used (valid for the connection's life, docs/protocol/kraken-spot.md
 * §4.1), its {@code executions}/{@code balances} subscriptions and their {@code sequence} counters (one
 * gap-free counter per channel, starting at 1 with the snapshot).
 */
final class Session {

    /** Options of an executions subscription. */
    record Executions(Account account, boolean orderStatus, boolean rateCounter) {
    }

    private final ClientConnection connection;
    private final Map<String, Account> boundTokens = new ConcurrentHashMap<>();
    private final AtomicLong executionsSequence = new AtomicLong();
    private final AtomicLong balancesSequence = new AtomicLong();
    private volatile Executions executions;
    private volatile Account balances;

    Session(ClientConnection connection) {
        this.connection = connection;
    }

    ClientConnection connection() {
        return connection;
    }

    /**
     * Resolves the request's token: a token this connection already used stays valid; any other token must
     * be fresh (issued less than 15 minutes ago, not expired by a fault).
     *
     * @throws KrakenRejection {@code EGeneral:Invalid arguments:token} if missing,
     *                         {@code ESession:Invalid session} if unknown or expired
     */
    Account authorize(String token, TokenStore tokens) {
        if (token == null || token.isEmpty()) {
            throw KrakenRejection.invalidArgument("token");
        }
        Account bound = boundTokens.get(token);
        if (bound != null) {
            return bound;
        }
        Account account = tokens.resolve(token).orElseThrow(() -> new KrakenRejection("ESession:Invalid session"));
        boundTokens.put(token, account);
        return account;
    }

    Executions executions() {
        return executions;
    }

    void executions(Executions subscription) {
        executions = subscription;
        if (subscription != null) {
            executionsSequence.set(0);
        }
    }

    Account balances() {
        return balances;
    }

    void balances(Account account) {
        balances = account;
        if (account != null) {
            balancesSequence.set(0);
        }
    }

    boolean hasSubscription() {
        return executions != null || balances != null;
    }

    long nextExecutionsSequence() {
        return executionsSequence.incrementAndGet();
    }

    long nextBalancesSequence() {
        return balancesSequence.incrementAndGet();
    }

    void send(ObjectNode frame) {
        connection.send(ExchangeJson.write(frame));
    }
}
