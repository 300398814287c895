package com.kafkaconnectkraken.simulator.trader;

import java.util.concurrent.atomic.AtomicInteger;

/** Switchable misbehaviour of the Trader venue for tests. Thread-safe. */
final class TraderHooks {

    private final AtomicInteger withholdReplies = new AtomicInteger();
    private final AtomicInteger withholdActions = new AtomicInteger();
    private volatile boolean ignoreClientPings;
    private volatile boolean loginUnavailable;

    void withholdNextReply() {
        withholdReplies.incrementAndGet();
    }

    void withholdNextAction() {
        withholdActions.incrementAndGet();
    }

    /** @return whether the trading action now arriving has its reply withheld (consumes one request) */
    boolean takeWithholdReply() {
        return take(withholdReplies);
    }

    /** @return whether the trading action now arriving is dropped unexecuted (consumes one request) */
    boolean takeWithholdAction() {
        return take(withholdActions);
    }

    private static boolean take(AtomicInteger pending) {
        return pending.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
    }

    void ignoreClientPings(boolean ignore) {
        ignoreClientPings = ignore;
    }

    boolean ignoreClientPings() {
        return ignoreClientPings;
    }

    void loginUnavailable(boolean unavailable) {
        loginUnavailable = unavailable;
    }

    boolean loginUnavailable() {
        return loginUnavailable;
    }
}
