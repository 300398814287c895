package com.kafkaconnectkraken.sink.dms;

import com.kafkaconnectkraken.client.ws.KrakenWsResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kraken's dead man's switch for the task (https://docs.kraken.com/api/docs/websocket-v2/cancel_after,
 * docs/protocol/kraken-spot.md §5.7): while the task is healthy, {@code cancel_all_orders_after} with the configured
 * timeout is sent every refresh interval; on a clean stop it is disarmed with {@code timeout=0}.
 * If the task or its worker dies, refreshes stop and Kraken cancels all open orders of the key
 * when the timeout elapses.
 */
public final class DeadMansSwitch implements AutoCloseable {

    /** The trading connection the switch is sent on (the task's {@code KrakenTrading}). */
    public interface Connection {

        /** @return whether requests can be sent now */
        boolean isConnected();

        /**
         * Sends {@code cancel_all_orders_after}.
         *
         * @param timeoutSeconds seconds until Kraken cancels every open order of the key; 0 disarms
         * @return Kraken's response
         */
        CompletableFuture<KrakenWsResponse> cancelAllOrdersAfter(int timeoutSeconds);
    }

    private static final Logger log = LoggerFactory.getLogger(DeadMansSwitch.class);

    private final Connection trading;
    private final Duration refresh;
    private final int timeoutSeconds;
    private final ScheduledExecutorService timer;
    private volatile boolean healthy = true;

    /**
     * @param trading        the connection to send on
     * @param refresh        refresh interval (below the timeout)
     * @param timeoutSeconds timeout in seconds
     */
    public DeadMansSwitch(Connection trading, Duration refresh, int timeoutSeconds) {
        this.trading = trading;
        this.refresh = refresh;
        this.timeoutSeconds = timeoutSeconds;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kraken-sink-dms");
            t.setDaemon(true);
            return t;
        });
    }

    /** Arms the switch now and refreshes it every interval while healthy. */
    public void start() {
        timer.scheduleWithFixedDelay(this::refresh, 0, refresh.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Dead man's switch armed: timeout {} s, refresh every {} ms", timeoutSeconds, refresh.toMillis());
    }

    /** @param value false stops refreshing (the switch then fires unless the task recovers) */
    public void healthy(boolean value) {
        healthy = value;
    }

    private void refresh() {
        if (!healthy || !trading.isConnected()) {
            return;
        }
        trading.cancelAllOrdersAfter(timeoutSeconds).whenComplete(this::logOutcome);
    }

    private void logOutcome(KrakenWsResponse response, Throwable error) {
        if (error != null) {
            log.warn("Dead man's switch refresh failed: {}", error.toString());
        } else if (!response.success()) {
            log.warn("Dead man's switch refresh refused: {}", response.error());
        }
    }

    /** Stops refreshing without disarming: Kraken cancels the orders after the timeout. */
    public void abandon() {
        timer.shutdownNow();
    }

    /** Stops refreshing and disarms the switch (clean stop). */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            KrakenWsResponse r = trading.cancelAllOrdersAfter(0).get(5, TimeUnit.SECONDS);
            log.info("Dead man's switch disarmed (success={})", r.success());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.warn("Interrupted while disarming the dead man's switch");
        } catch (Exception e) {
            log.warn("Could not disarm the dead man's switch; Kraken cancels open orders after {} s: {}",
                timeoutSeconds, e.toString());
        }
    }
}
