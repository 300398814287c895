package com.kafkaconnectkraken.simulator.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayRecordingTest {

    @Test
    void builtinRecordingHoldsOneSnapshotAnd509Updates() throws Exception {
        ReplayRecording recording = ReplayRecording.load(ReplayRecording.BUILTIN_BTCUSD);
        assertEquals(List.of("BTC/USD"), recording.symbols());
        ReplayRecording.Stream stream = recording.stream("book", "BTC/USD");
        assertNotNull(stream.snapshot());
        assertEquals(509, stream.updates().size());
        assertTrue(recording.stream("ticker", "BTC/USD").updates().isEmpty());
    }

    @Test
    void badLineIsReportedWithItsNumber(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"channel\":\"trade\",\"type\":\"update\",\"data\":[{\"symbol\":\"ETH/USD\"}]}\n\n{not json\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReplayRecording.load(file.toString()));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void fileRecordingGroupsFramesByChannelAndSymbol(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ok.jsonl");
        Files.writeString(file, "{\"channel\":\"trade\",\"type\":\"update\",\"data\":[{\"symbol\":\"ETH/USD\",\"trade_id\":1}]}\n"
                + "{\"channel\":\"trade\",\"type\":\"update\",\"data\":[{\"symbol\":\"ETH/USD\",\"trade_id\":2}]}\n");
        ReplayRecording recording = ReplayRecording.load(file.toString());
        assertEquals(List.of("ETH/USD"), recording.symbols());
        assertEquals(2, recording.stream("trade", "ETH/USD").updates().size());
    }
}
