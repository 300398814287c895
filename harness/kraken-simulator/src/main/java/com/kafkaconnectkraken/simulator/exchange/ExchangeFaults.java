package com.kafkaconnectkraken.simulator.exchange;

import com.kafkaconnectkraken.simulator.exchange.account.TokenStore;
import com.kafkaconnectkraken.simulator.exchange.ws.PrivatePublisher;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Exchange-side fault injection, switchable at runtime from any thread (issue 2 §2 "fault injection").
 *
 * <ul>
 *   <li>{@link #failNextRestCalls(int, String)}: the next N REST calls (public or private, before
 *       authentication) answer HTTP 200 {@code {"error":["<error>"]}}.</li>
 *   <li>{@link #failRestCallsFor(Duration, String)}: every REST call answers so for a while (an outage of the
 *       REST API), counted calls first.</li>
 *   <li>{@link #delayTradingAcks(Duration)}: trading responses on the private WebSocket are sent late; the
 *       request is still executed at once (the "ack lost/late" case a client must reconcile).</li>
 *   <li>{@link #expireAllTokens()}: every WS token issued so far can no longer start a connection
 *       (connections already using a token keep it, as on Kraken).</li>
 *   <li>{@link #dropPrivateConnections()}: aborts every private WebSocket without a close frame.</li>
 *   <li>{@link #unsortHistoryPages(boolean)}: Ledgers, TradesHistory and ClosedOrders pages keep their
 *       entries but list them in no particular order (not newest first).</li>
 * </ul>
 */
public final class ExchangeFaults {

    /** {@code EAPI:Rate limit exceeded}. */
    public static final String RATE_LIMIT = "EAPI:Rate limit exceeded";
    /** {@code EService:Unavailable}. */
    public static final String UNAVAILABLE = "EService:Unavailable";
    /** {@code EAPI:Invalid nonce}. */
    public static final String INVALID_NONCE = "EAPI:Invalid nonce";

    private final TokenStore tokens;
    private final PrivatePublisher publisher;
    private final AtomicLong ackDelayMillis = new AtomicLong();
    private final AtomicBoolean unsortedPages = new AtomicBoolean();
    private int restFailures;
    private String restError;
    private String timedRestError;
    private long timedRestErrorUntilNanos;

    ExchangeFaults(TokenStore tokens, PrivatePublisher publisher) {
        this.tokens = tokens;
        this.publisher = publisher;
    }

    /**
     * Makes the next {@code count} REST calls fail with {@code error}; replaces any pending REST fault.
     *
     * @param count number of calls, 0 clears the fault
     * @param error Kraken error string, e.g. {@link #RATE_LIMIT}, {@link #UNAVAILABLE}, {@link #INVALID_NONCE}
     */
    public synchronized void failNextRestCalls(int count, String error) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0: " + count);
        }
        restFailures = count;
        restError = Objects.requireNonNull(error);
    }

    /**
     * Makes every REST call fail with {@code error} from now until {@code duration} has passed (monotonic clock);
     * replaces any pending timed REST fault. Calls counted by {@link #failNextRestCalls} fail first either way.
     *
     * @param duration how long; zero clears the fault
     * @param error    Kraken error string, e.g. {@link #UNAVAILABLE}, {@link #RATE_LIMIT}
     * @throws IllegalArgumentException if {@code duration} is negative
     */
    public synchronized void failRestCallsFor(Duration duration, String error) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must be >= 0: " + duration);
        }
        timedRestError = duration.isZero() ? null : Objects.requireNonNull(error);
        timedRestErrorUntilNanos = System.nanoTime() + duration.toNanos();
    }

    /** @return the error for this REST call if a REST fault is pending (and consumes one), else empty */
    public synchronized Optional<String> takeRestFailure() {
        if (restFailures > 0) {
            restFailures--;
            return Optional.of(restError);
        }
        if (timedRestError != null && System.nanoTime() - timedRestErrorUntilNanos < 0) {
            return Optional.of(timedRestError);
        }
        timedRestError = null;
        return Optional.empty();
    }

    /** @param unsorted whether history pages list their entries in no particular order from now on */
    public void unsortHistoryPages(boolean unsorted) {
        unsortedPages.set(unsorted);
    }

    /** @return whether history pages are currently served unsorted */
    public boolean historyPagesUnsorted() {
        return unsortedPages.get();
    }

    /** @param delay how late trading acks are sent; {@link Duration#ZERO} turns the fault off */
    public void delayTradingAcks(Duration delay) {
        ackDelayMillis.set(Math.max(0, delay.toMillis()));
    }

    /** @return the current trading-ack delay in milliseconds (0 = none) */
    public long tradingAckDelayMillis() {
        return ackDelayMillis.get();
    }

    /** Expires every issued WS token for new connections/subscriptions. */
    public void expireAllTokens() {
        tokens.expireAll();
    }

    /** @return how many private connections were dropped */
    public int dropPrivateConnections() {
        return publisher.dropAll();
    }

    /** Clears every fault. */
    public synchronized void reset() {
        restFailures = 0;
        timedRestError = null;
        ackDelayMillis.set(0);
    }
}
