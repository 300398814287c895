package com.kafkaconnectkraken.source.trader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.kafkaconnectkraken.client.trader.TraderTokens;
import com.kafkaconnectkraken.client.ws.KrakenWsConfig;
import com.kafkaconnectkraken.client.ws.KrakenWsEvent;
import com.kafkaconnectkraken.client.ws.TraderWsSession;
import com.kafkaconnectkraken.schema.DecimalHandlingMode;
import com.kafkaconnectkraken.source.mapping.RecordFactory;
import com.kafkaconnectkraken.source.metrics.TaskMetrics;
import com.kafkaconnectkraken.source.stream.GapRecords;
import com.kafkaconnectkraken.source.stream.RecordQueue;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The stream's handling of what the session delivers, on a session that is never connected: malformed payloads and
 * unverified depth are counted and skipped without stopping the stream, a gap gives one gap record.
 */
class TraderStreamTest {

    private final RecordFactory factory = TraderRecords.factory(DecimalHandlingMode.PRECISE, "kraken");
    private final RecordQueue queue = new RecordQueue(100);
    private final TaskMetrics metrics = new TaskMetrics("trader-stream-test", 0);
    private final TraderStream stream = new TraderStream(listener -> new TraderWsSession(
            KrakenWsConfig.builder(URI.create("ws://127.0.0.1:9/api/v1/ws")).name("trader-test").build(),
            TraderTokens.given(jwt(), Clock.systemUTC()), listener), new TraderRecords(factory),
            new GapRecords(factory, TraderRecordType.GAP), null, queue, metrics, List.of("EURUSD", "GBPUSD"));

    @AfterEach
    void close() {
        stream.close();
        metrics.close();
    }

    @Test
    void malformedPayloadsAreCountedAndTheStreamGoesOn() throws InterruptedException {
        stream.onTraderMessage(TraderFrames.message("quoteEvent", "{'bid':1.0843}"));
        stream.onTraderMessage(TraderFrames.message("executionEvent", "[1,2]"));
        stream.onMalformedFrame("not json", new IllegalArgumentException("not JSON"));
        assertEquals(3.0, metrics.value("malformed-frame-total"));
        stream.onTraderMessage(TraderFrames.quote("1.08430", "2026-06-01T12:00:00Z"));
        assertEquals("kraken.trader.quotes", queue.poll(10, Duration.ofSeconds(1)).get(0).topic());
    }

    @Test
    void unverifiedDepthIsCountedAndNotPublished() throws InterruptedException {
        stream.onTraderMessage(TraderFrames.depth("[[1.0842,1],[1.0843,1]]", "[[1.0845,1]]"));
        stream.onTraderMessage(TraderFrames.depth("[[1.0846,1]]", "[[1.0845,1]]"));
        assertEquals(2.0, metrics.value("unverified-book-total"));
        assertEquals(0.0, metrics.value("malformed-frame-total"));
        assertNull(queue.poll(10, Duration.ofMillis(50)));
    }

    @Test
    void aGapIsOneGapRecordOfTheTasksSymbols() throws InterruptedException {
        Instant from = Instant.parse("2026-06-01T12:00:00Z");
        stream.onEvent(new KrakenWsEvent.Gap(from, from.plusSeconds(3), Duration.ofSeconds(3)));
        List<SourceRecord> records = queue.poll(10, Duration.ofSeconds(1));
        assertEquals(1, records.size());
        assertEquals("kraken.trader.gap", records.get(0).topic());
        Struct gap = (Struct) records.get(0).value();
        assertEquals("trader", gap.get("channel"));
        assertEquals(List.of("EURUSD", "GBPUSD"), gap.getArray("symbols"));
        assertEquals(3000L, gap.get("duration_ms"));
        assertEquals(false, gap.get("backfilled"));
        assertEquals(1.0, metrics.value("gap-total"));
    }

    private static String jwt() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString("{\"exp\":4102444800}".getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }
}
