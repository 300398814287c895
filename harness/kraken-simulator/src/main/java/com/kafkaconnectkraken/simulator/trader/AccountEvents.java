package com.kafkaconnectkraken.simulator.trader;

import java.time.Clock;

/**
 * Delivers an account's {@code executionEvent}, {@code portfolioEvent}, {@code metricsEvent} and the {@code error}
 * answering an action (docs/protocol/trader-api.md §4) to the sessions that should see them, each frame at most once per
 * session. Only sessions of the account's owner receive its events:
 * <ul>
 *   <li>{@code executionEvent}: sessions subscribed to {@code executionEvent} for the order's symbol, the connection
 *       that created the order, and the connection whose action is being executed;</li>
 *   <li>{@code portfolioEvent}: sessions subscribed to {@code portfolioEvent} for the symbol whose position changed,
 *       and the acting connection of a {@code closePosition} / {@code amendPosition};</li>
 *   <li>{@code metricsEvent}: sessions that sent {@code metricsSubscribe} for the account.</li>
 * </ul>
 * While an action runs with its reply withheld, nothing of it reaches the acting connection. Guarded by the venue's
 * lock.
 */
final class AccountEvents {

    static final String EXECUTION = "executionEvent";
    static final String PORTFOLIO = "portfolioEvent";

    private final TraderSessions sessions;
    private final Valuation valuation;
    private final Clock clock;
    private volatile boolean echoClientOrderId;
    private TraderSession requester;
    private boolean withhold;
    private boolean portfolioToRequester;
    private boolean portfolioSent;

    AccountEvents(TraderSessions sessions, Valuation valuation, Clock clock, boolean echoClientOrderId) {
        this.sessions = sessions;
        this.valuation = valuation;
        this.clock = clock;
        this.echoClientOrderId = echoClientOrderId;
    }

    boolean echoClientOrderId() {
        return echoClientOrderId;
    }

    void echoClientOrderId(boolean echo) {
        this.echoClientOrderId = echo;
    }

    /** Starts an action of {@code session}; {@code withheld}: nothing of it is sent to that session. */
    void begin(TraderSession session, boolean withheld) {
        this.requester = session;
        this.withhold = withheld;
        this.portfolioToRequester = false;
        this.portfolioSent = false;
    }

    void end() {
        requester = null;
        withhold = false;
        portfolioToRequester = false;
    }

    /** The acting session also receives the action's portfolio events (closePosition, amendPosition). */
    void portfolioToRequester() {
        portfolioToRequester = true;
    }

    /** @return whether a portfolio event reached (or was withheld from) the acting session in this action */
    boolean portfolioSent() {
        return portfolioSent;
    }

    void execution(TraderAccount account, TraderOrder order) {
        String frame = TraderJson.envelope(EXECUTION, order.payload(echoClientOrderId));
        for (TraderSession s : sessions.all()) {
            if (s.username().equals(account.owner) && (s.subscribed(order.symbol.symbol(), EXECUTION)
                    || s.id() == order.originConnection || s == requester)) {
                deliver(s, frame);
            }
        }
    }

    void portfolio(TraderAccount account, String symbol) {
        String frame = TraderJson.envelope(PORTFOLIO, valuation.portfolio(account, clock.instant()));
        for (TraderSession s : sessions.all()) {
            boolean toRequester = s == requester && portfolioToRequester;
            if (s.username().equals(account.owner) && (s.subscribed(symbol, PORTFOLIO) || toRequester)) {
                portfolioSent |= toRequester;
                deliver(s, frame);
            }
        }
    }

    void metrics(TraderAccount account) {
        String frame = null;
        for (TraderSession s : sessions.all()) {
            if (s.metricsSubscribed(account.accountId)) {
                frame = frame != null ? frame : TraderJson.envelope("metricsEvent", valuation.metrics(account, clock.instant()));
                deliver(s, frame);
            }
        }
    }

    /** Answers the acting session with {@code error} (unless withheld). */
    void error(RequestRefused refused) {
        if (requester != null) {
            deliver(requester, refused.frame());
        }
    }

    private void deliver(TraderSession session, String frame) {
        if (!(withhold && session == requester)) {
            session.send(frame);
        }
    }
}
