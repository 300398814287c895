package com.kafkaconnectkraken.client.rest;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;

/**
 * Strictly increasing nonces for Kraken private REST calls of one API key
 * (https://docs.kraken.com/api/docs/guides/spot-rest-auth, docs/protocol/kraken-spot.md §6.1).
 *
 * <p>Each nonce is {@code max(now in milliseconds, previous + 1)}, so it follows the wall clock
 * (a restarted process continues above the previous run's nonces) and never repeats or goes
 * backwards, even when several threads call {@link #next()} concurrently or the clock steps back.
 *
 * <p><b>Multi-process caveat:</b> Kraken requires the nonce to increase per API <i>key</i>, not per
 * process. Two processes (or two Connect tasks in different workers) sharing one key can each
 * produce valid sequences that interleave out of order and get {@code EAPI:Invalid nonce}. Give
 * each process its own API key, or share one generator across them; widening the key's
 * "nonce window" in the Kraken UI only reduces the symptom. One {@code NonceSource} instance must
 * be shared by every client in a process that uses the same key: {@link #forKey} gives it, and
 * {@link #inOrder} makes the calls of one key reach Kraken in nonce order (a WebSocket token fetch and a
 * REST poll of the same task no longer race).
 */
public final class NonceSource {

    private static final Map<String, NonceSource> BY_KEY = new ConcurrentHashMap<>();

    private final AtomicLong last = new AtomicLong();
    private final LongSupplier clockMillis;

    /** Creates a source based on {@link System#currentTimeMillis()}. */
    public NonceSource() {
        this(System::currentTimeMillis);
    }

    /**
     * Creates a source based on the given clock.
     *
     * @param clockMillis milliseconds since the epoch
     */
    public NonceSource(LongSupplier clockMillis) {
        this.clockMillis = Objects.requireNonNull(clockMillis, "clockMillis");
    }

    /**
     * @param apiKey the public API key
     * @return the one source of this process for that key (created on first use)
     */
    public static NonceSource forKey(String apiKey) {
        return BY_KEY.computeIfAbsent(Objects.requireNonNull(apiKey, "apiKey"), k -> new NonceSource());
    }

    /**
     * Runs one signed call with the next nonce while no other call of this source runs, so calls reach
     * Kraken in the order of their nonces (concurrent requests could otherwise overtake each other).
     *
     * @param call sends the request signed with the nonce and returns its answer
     * @param <T>  the answer type
     * @return what {@code call} returns
     */
    public synchronized <T> T inOrder(LongFunction<T> call) {
        return call.apply(next());
    }

    /**
     * Returns the next nonce; thread-safe.
     *
     * @return a value greater than every value returned before by this instance
     */
    public long next() {
        long now = clockMillis.getAsLong();
        return last.accumulateAndGet(now, (previous, clock) -> Math.max(previous + 1, clock));
    }
}
