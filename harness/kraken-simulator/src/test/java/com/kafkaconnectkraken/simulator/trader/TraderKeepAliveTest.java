package com.kafkaconnectkraken.simulator.trader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.simulator.KrakenSimulator;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Token expiry while connected, server pings and the pong timeout, and client pings left unanswered. */
class TraderKeepAliveTest {

    private KrakenSimulator sim;

    private KrakenSimulator start(Duration lifetime, Duration pingInterval, Duration pongTimeout) {
        sim = KrakenSimulator.builder().rate(0).futuresRate(0).traderQuoteRate(0).traderTokenLifetime(lifetime)
                .traderPingInterval(pingInterval).traderPongTimeout(pongTimeout)
                .addTraderUser("alice", "s3cret", "acc_1").build().start();
        return sim;
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void connectionIsClosedWhenItsTokenExpires() throws Exception {
        start(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(5));
        long opened = System.nanoTime();
        try (TraderWs ws = TraderWs.connect(sim.traderWs(), sim.trader().issueToken("alice"))) {
            assertEquals(new TraderWs.Closed(1008, "token expired"), ws.awaitClosed());
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - opened);
            assertTrue(seconds <= 3, "closed after " + seconds + " s");
        }
    }

    @Test
    void expireTokensClosesOpenConnectionsAndRefusesOldTokensButNotNewOnes() throws Exception {
        start(Duration.ofMinutes(15), Duration.ofSeconds(5), Duration.ofSeconds(5));
        String old = sim.trader().issueToken("alice");
        try (TraderWs ws = TraderWs.connect(sim.traderWs(), old)) {
            ws.send("subscribe", "{\"symbols\":[\"EURUSD\"],\"events\":[\"quoteEvent\"]}");
            ws.next("subscribed");
            sim.trader().expireTokens();
            assertEquals(new TraderWs.Closed(1008, "token expired"), ws.awaitClosed());
        }
        try (TraderWs again = TraderWs.connect(sim.traderWs(), old)) {
            assertEquals(new TraderWs.Closed(1008, "token expired"), again.awaitClosed());
        }
        try (TraderWs fresh = TraderWs.connect(sim.traderWs(), sim.trader().issueToken("alice"))) {
            fresh.send("subscribe", "{\"symbols\":[\"EURUSD\"],\"events\":[\"quoteEvent\"]}");
            fresh.next("subscribed");
        }
    }

    @Test
    void serverPingsAndClosesAClientThatDoesNotPong() throws Exception {
        start(Duration.ofMinutes(15), Duration.ofMillis(200), Duration.ofMillis(400));
        URI uri = URI.create(sim.traderWs() + "?token=" + sim.trader().issueToken("alice"));
        try (SilentWsClient silent = new SilentWsClient(uri)) {
            assertEquals(SilentWsClient.PING, silent.next().opcode());
            SilentWsClient.Frame close = silent.next(SilentWsClient.CLOSE);
            assertEquals(1008, close.closeCode());
            assertEquals("no pong", close.closeReason());
        }
    }

    @Test
    void aClientThatPongsStaysConnected() throws Exception {
        start(Duration.ofMinutes(15), Duration.ofMillis(100), Duration.ofMillis(300));
        try (TraderWs ws = TraderWs.connect(sim.traderWs(), sim.trader().issueToken("alice"))) {
            Thread.sleep(1_200);
            assertFalse(ws.closed.isDone(), "closed: " + ws.closed.getNow(null));
            assertEquals(1, sim.trader().openConnections());
        }
    }

    @Test
    void ignoredClientPingsMakeOkHttpGiveUp() throws Exception {
        start(Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofSeconds(30));
        OkHttpClient pinging = new OkHttpClient.Builder().pingInterval(Duration.ofMillis(200)).build();
        URI uri = URI.create(sim.traderWs() + "?token=" + sim.trader().issueToken("alice"));
        try (TraderWs answered = new TraderWs(uri, pinging)) {
            Thread.sleep(800);
            assertFalse(answered.failed.isDone(), "pings are answered by default");
        }
        sim.trader().ignoreClientPings(true);
        try (TraderWs ignored = new TraderWs(uri, pinging)) {
            Throwable failure = ignored.failed.get(5, TimeUnit.SECONDS);
            assertTrue(String.valueOf(failure.getMessage()).contains("didn't receive pong"), failure.toString());
        }
    }
}
