package com.kafkaconnectkraken.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.simulator.KrakenSimulator;
import com.kafkaconnectkraken.source.testing.TaskHarness;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.JMException;
import javax.management.ObjectName;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Component test: a source task whose exchange is not reachable at start keeps running and retries with the
 * reconnect backoff (one log line per attempt, {@code connection-state} CONNECTING), then streams once the
 * simulator comes up on that port; heartbeats keep {@code last-message-age-ms} low on a quiet market.
 */
class ExchangeUnreachableIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Path SESSION_LOG = Path.of("target", "session-lines.log");

    private final TaskHarness harness = new TaskHarness();
    private KrakenSimulator simulator;

    @AfterEach
    void stop() {
        harness.close();
        if (simulator != null) {
            simulator.close();
        }
    }

    private static Map<String, String> props(String name, int port) {
        Map<String, String> props = new HashMap<>();
        props.put("name", name);
        props.put("kraken.ws.public.url", "ws://127.0.0.1:" + port + "/public/v2");
        props.put("kraken.rest.url", "http://127.0.0.1:" + port);
        props.put("channels", "ticker");
        props.put("symbols", "BTC/USD,ETH/USD");
        props.put("reconnect.backoff.ms", "100");
        props.put("reconnect.backoff.max.ms", "400");
        props.put("poll.timeout.ms", "100");
        return props;
    }

    @Test
    void aTaskStartedWhileTheExchangeIsDownRetriesStaysRunningAndStreamsOnceItIsUp() throws Exception {
        int port = freePort();
        harness.startWithoutWaiting(props("unreachable-test", port), 1);
        long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (System.nanoTime() < until) {
            harness.pollOnce(); // throws if the task failed
        }
        assertEquals("CONNECTING", state("unreachable-test"));
        List<Integer> attempts = attempts(port);
        assertTrue(attempts.size() >= 3, "retried with the backoff: " + attempts);
        for (int i = 0; i < attempts.size(); i++) {
            assertEquals(i + 1, attempts.get(i), "one line per attempt, in order: " + attempts);
        }

        simulator = KrakenSimulator.builder().port(port).symbols("BTC/USD", "ETH/USD").seed(3).rate(50).build().start();
        harness.pollUntil(r -> harness.topic("kraken.ticker").stream().map(SourceRecord::key).distinct().count() == 2
                && "CONNECTED".equals(state("unreachable-test")), WAIT);
    }

    @Test
    void heartbeatsCountForTheLastMessageAgeOfAQuietMarket() throws Exception {
        simulator = KrakenSimulator.builder().symbols("BTC/USD", "ETH/USD").seed(3).rate(0).build().start();
        harness.start(props("heartbeat-test", simulator.port()), 1);
        harness.pollUntil(r -> harness.topic("kraken.ticker").size() >= 2, WAIT);
        long tickers = harness.topic("kraken.ticker").size();
        long until = System.nanoTime() + Duration.ofSeconds(4).toNanos();
        while (System.nanoTime() < until) {
            harness.pollOnce();
        }
        assertEquals(tickers, harness.topic("kraken.ticker").size(), "rate 0: no data after the snapshots");
        long age = ((Number) ManagementFactory.getPlatformMBeanServer().getAttribute(new ObjectName(
                "kafka.connect.kraken:type=source-task-metrics,connector=heartbeat-test,task=0"), "last-message-age-ms"))
                .longValue();
        assertTrue(age >= 0 && age < 2_500, "heartbeats arrive about once a second, age " + age + " ms");
    }

    private static String state(String connector) {
        try {
            return (String) ManagementFactory.getPlatformMBeanServer().getAttribute(new ObjectName(
                    "kafka.connect.kraken:type=source-stream-metrics,connector=" + connector + ",stream=public,task=0"),
                    "connection-state");
        } catch (JMException e) {
            throw new IllegalStateException("no connection-state for " + connector, e);
        }
    }

    /** @return the attempt numbers of the "not reachable" lines about this port, in log order */
    private static List<Integer> attempts(int port) throws IOException {
        Pattern attempt = Pattern.compile("127\\.0\\.0\\.1:" + port + "/public/v2 not reachable \\(attempt (\\d+):");
        return Files.readAllLines(SESSION_LOG).stream().map(attempt::matcher).filter(Matcher::find)
                .map(m -> Integer.parseInt(m.group(1))).toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
