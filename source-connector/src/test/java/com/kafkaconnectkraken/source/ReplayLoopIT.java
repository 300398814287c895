package com.kafkaconnectkraken.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.simulator.KrakenSimulator;
import com.kafkaconnectkraken.source.testing.TaskHarness;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.management.ObjectName;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Component test: the offline demo's recorded BTC/USD book (simulator replay {@code builtin:btcusd}, 1 snapshot +
 * 509 updates) keeps flowing past the end of the recording: at each loop point the source writes a
 * {@code book_reset}, takes the recorded snapshot afresh, and every book it publishes is checksum-verified.
 */
class ReplayLoopIT {

    private static final int UPDATES = 509;

    private KrakenSimulator simulator;
    private final TaskHarness harness = new TaskHarness();

    @AfterEach
    void stop() {
        harness.close();
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void theRecordedBookLoopsWithAResetAndAFreshSnapshotAndStaysVerified() throws Exception {
        simulator = KrakenSimulator.builder().replay("builtin:btcusd").rate(500).build().start();
        Map<String, String> props = new HashMap<>();
        props.put("name", "replay-loop-test");
        props.put("kraken.ws.public.url", simulator.publicWs().toString());
        props.put("kraken.rest.url", simulator.rest().toString());
        props.put("channels", "book");
        props.put("symbols", "BTC/USD");
        props.put("book.depth", "10");
        props.put("reconnect.backoff.ms", "100");
        props.put("reconnect.backoff.max.ms", "400");
        props.put("poll.timeout.ms", "100");
        harness.start(props, 1);

        harness.pollUntil(r -> harness.topic("kraken.book_reset").size() >= 2 && booksAfterSecondReset() > UPDATES / 2,
                Duration.ofSeconds(40));
        List<SourceRecord> resets = harness.topic("kraken.book_reset");
        assertTrue(resets.stream().allMatch(r -> "BTC/USD".equals(((Struct) r.value()).getString("symbol"))));
        assertEquals(0.0, metric("checksum-failure-total"), "every published book matched its checksum");
        List<String> types = harness.records().stream().filter(r -> r.topic().equals("kraken.book"))
                .map(r -> ((Struct) r.value()).getString("type")).toList();
        assertTrue(types.stream().filter("snapshot"::equals).count() >= 3, "a fresh snapshot per round: " + types.size());
        assertTrue(types.size() > 2 * UPDATES, "books kept flowing past the end of the recording: " + types.size());
    }

    /** @return book records written after the second book_reset */
    private long booksAfterSecondReset() {
        int resets = 0;
        long books = 0;
        for (SourceRecord r : harness.records()) {
            if (r.topic().equals("kraken.book_reset")) {
                resets++;
            } else if (resets >= 2 && r.topic().equals("kraken.book")) {
                books++;
            }
        }
        return books;
    }

    private static double metric(String name) throws Exception {
        return ((Number) ManagementFactory.getPlatformMBeanServer().getAttribute(new ObjectName(
                "kafka.connect.kraken:type=source-task-metrics,connector=replay-loop-test,task=0"), name)).doubleValue();
    }
}
