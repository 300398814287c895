package com.kafkaconnectkraken.sink.dms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.ws.KrakenWsResponse;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The dead man's switch against a recording connection (https://docs.kraken.com/api/docs/websocket-v2/cancel_after). */
class DeadMansSwitchTest {

    /** Records every timeout sent and answers like Kraken's cancel_all_orders_after. */
    private static final class Recording implements DeadMansSwitch.Connection {
        final List<Integer> sent = new CopyOnWriteArrayList<>();
        volatile boolean connected = true;

        @Override
        public boolean isConnected() {
            return connected;
        }

        @Override
        public CompletableFuture<KrakenWsResponse> cancelAllOrdersAfter(int timeoutSeconds) {
            sent.add(timeoutSeconds);
            try {
                return CompletableFuture.completedFuture(KrakenWsResponse.from(KrakenJson.mapper().readTree(
                    "{\"method\":\"cancel_all_orders_after\",\"success\":true,\"result\":{\"currentTime\":"
                        + "\"2023-09-21T15:49:29Z\",\"triggerTime\":\"2023-09-21T15:51:09Z\"}}"), Instant.now()));
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Recording connection = new Recording();

    @Test
    void armsAtOnceRefreshesWhileHealthyAndDisarmsOnAcleanStop() throws InterruptedException {
        DeadMansSwitch dms = new DeadMansSwitch(connection, Duration.ofMillis(20), 60);
        dms.start();
        awaitSends(3);
        dms.close();
        List<Integer> sent = List.copyOf(connection.sent);
        assertTrue(sent.subList(0, sent.size() - 1).stream().allMatch(t -> t == 60), "refreshes carry the timeout: " + sent);
        assertEquals(0, sent.get(sent.size() - 1), "a clean stop disarms with timeout 0");
    }

    @Test
    void anUnhealthyTaskStopsRefreshingSoKrakenCancelsTheOrders() throws InterruptedException {
        DeadMansSwitch dms = new DeadMansSwitch(connection, Duration.ofMillis(20), 60);
        dms.start();
        awaitSends(1);
        dms.healthy(false);
        int before = connection.sent.size();
        Thread.sleep(200);
        assertTrue(connection.sent.size() <= before + 1, "at most one refresh in flight when turned unhealthy");
        dms.abandon();
        assertTrue(connection.sent.stream().noneMatch(t -> t == 0), "abandoning never disarms: " + connection.sent);
    }

    @Test
    void noRefreshIsSentWhileDisconnected() throws InterruptedException {
        connection.connected = false;
        DeadMansSwitch dms = new DeadMansSwitch(connection, Duration.ofMillis(10), 60);
        dms.start();
        Thread.sleep(100);
        dms.abandon();
        assertEquals(List.of(), connection.sent);
    }

    private void awaitSends(int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (connection.sent.size() < n) {
            assertTrue(System.nanoTime() < deadline, "only " + connection.sent.size() + " refreshes sent");
            Thread.sleep(5);
        }
    }
}
