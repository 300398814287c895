package com.kafkaconnectkraken.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.book.BookJson;
import com.kafkaconnectkraken.client.book.L2Book;
import com.kafkaconnectkraken.client.json.KrakenJson;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Replay mode serves the recorded BTC/USD stream exactly as the shared vector holds it. */
class ReplayIT {

    /** The repository's copy of the shared vectors (parent POM property {@code kraken.vectors.dir}). */
    private static final Path VECTOR = Path.of(System.getProperty("kraken.vectors.dir", "../../testdata/kraken-vectors"),
            "checksum", "book_replay_btcusd_depth10_python_kraken_sdk.json");
    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void builtinReplayReproducesTheVectorFramesAndTheirChecksums() throws Exception {
        JsonNode vector = KrakenJson.mapper().readTree(VECTOR.toFile());
        List<JsonNode> expected = new ArrayList<>();
        expected.add(vector.get("init"));
        vector.get("updates").forEach(expected::add);
        try (KrakenSimulator sim = KrakenSimulator.builder().replay("builtin:btcusd").rate(2000).build().start();
             WsProbe ws = new WsProbe(sim.publicWs())) {
            assertEquals(List.of("BTC/USD"), sim.symbols());
            ws.next(WAIT);
            ws.send("{\"method\":\"subscribe\",\"params\":{\"channel\":\"book\",\"symbol\":[\"BTC/USD\"],\"depth\":10},\"req_id\":1}");
            JsonNode ack = ws.next(WAIT);
            assertTrue(ack.path("success").asBoolean());
            L2Book book = new L2Book("BTC/USD", 10, 1, 8);
            for (int i = 0; i < expected.size(); i++) {
                JsonNode frame = ws.nextMatching(f -> "book".equals(f.path("channel").asText()), WAIT);
                assertEquals(expected.get(i), frame, "frame " + i + " equals the vector");
                JsonNode data = frame.path("data").path(0);
                if (i == 0) {
                    book.applySnapshot(BookJson.levels(data.get("bids")), BookJson.levels(data.get("asks")));
                } else {
                    book.applyUpdate(BookJson.levels(data.get("bids")), BookJson.levels(data.get("asks")));
                }
                book.verify(data.path("checksum").asLong());
            }
        }
    }

    @Test
    void replayInstrumentChannelServesTheRecordedPairsPrecision() throws Exception {
        try (KrakenSimulator sim = KrakenSimulator.builder().replay("builtin:btcusd").rate(10).build().start();
             WsProbe ws = new WsProbe(sim.publicWs())) {
            ws.next(WAIT);
            ws.send("{\"method\":\"subscribe\",\"params\":{\"channel\":\"instrument\"}}");
            ws.next(WAIT);
            JsonNode pair = ws.next(WAIT).path("data").path("pairs").path(0);
            assertEquals("BTC/USD", pair.path("symbol").asText());
            assertEquals(1, pair.path("price_precision").asInt());
            assertEquals(8, pair.path("qty_precision").asInt());
        }
    }
}
