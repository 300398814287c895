package com.kafkaconnectkraken.simulator.exchange.engine;

import com.kafkaconnectkraken.simulator.exchange.account.Account;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Per-account dead man's switch ({@code cancel_all_orders_after},
 * https://docs.kraken.com/api/docs/websocket-v2/cancel_after): each call re-arms a timer of {@code timeout}
 * seconds; when it fires every open order of the account is cancelled and the switch disarms;
 * {@code timeout=0} disarms it.
 */
public final class DeadManSwitch {

    /** Reason reported on orders cancelled by the switch. */
    public static final String REASON = "Dead man's switch";
    /** Largest accepted timeout (exclusive), seconds. */
    public static final int MAX_TIMEOUT_SECONDS = 86_400;

    /**
     * @param currentTime now, second precision
     * @param triggerTime when the switch fires ({@code currentTime} when disarmed)
     */
    public record Armed(Instant currentTime, Instant triggerTime) {
    }

    private final MatchingEngine engine;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final Map<Account, ScheduledFuture<?>> timers = new ConcurrentHashMap<>();

    /**
     * @param engine    cancels the orders
     * @param scheduler runs the timers
     * @param clock     reports currentTime/triggerTime
     */
    public DeadManSwitch(MatchingEngine engine, ScheduledExecutorService scheduler, Clock clock) {
        this.engine = engine;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /**
     * Arms, re-arms or (with 0) disarms the switch.
     *
     * @param timeoutSeconds 0..86399
     * @throws KrakenRejection {@code EGeneral:Invalid arguments:timeout} outside that range
     */
    public synchronized Armed arm(Account account, long timeoutSeconds) {
        if (timeoutSeconds < 0 || timeoutSeconds >= MAX_TIMEOUT_SECONDS) {
            throw KrakenRejection.invalidArgument("timeout");
        }
        ScheduledFuture<?> previous = timers.remove(account);
        if (previous != null) {
            previous.cancel(false);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (timeoutSeconds > 0) {
            ScheduledFuture<?>[] self = new ScheduledFuture<?>[1];
            self[0] = scheduler.schedule(() -> fire(account, self[0]), timeoutSeconds, TimeUnit.SECONDS);
            timers.put(account, self[0]);
        }
        return new Armed(now, now.plusSeconds(timeoutSeconds));
    }

    /** @return {@code true} while a timer is pending for {@code account} */
    public boolean isArmed(Account account) {
        return timers.containsKey(account);
    }

    private synchronized void fire(Account account, ScheduledFuture<?> timer) {
        if (timer == null || !timers.remove(account, timer)) {
            return;
        }
        engine.cancelAll(account, REASON);
    }
}
