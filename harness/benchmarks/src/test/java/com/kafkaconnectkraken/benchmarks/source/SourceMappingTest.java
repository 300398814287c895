package com.kafkaconnectkraken.benchmarks.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.benchmarks.data.ChannelFrames;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.schema.DecimalHandlingMode;
import io.apicurio.registry.utils.converter.avro.AvroData;
import java.time.Instant;
import java.util.List;
import org.apache.avro.generic.GenericData;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Proves the frame-to-record and Avro benchmarks measure real work: every frame of every channel
 * becomes records (as many as the frame has data elements; book: one per message, all checksums
 * verified, no resync), and every record converts to a valid Avro generic record.
 */
class SourceMappingTest {

    @ParameterizedTest
    @ValueSource(strings = {"ticker", "trade", "ohlc", "instrument", "executions", "balances", "book"})
    void everyFrameMapsToRecordsThatConvertToAvro(String channel) throws Exception {
        AvroData avroData = new AvroData(100);
        int records = 0;
        int expected = 0;
        try (SourceMapping mapping = new SourceMapping(channel, DecimalHandlingMode.PRECISE)) {
            for (byte[] frame : ChannelFrames.of(channel)) {
                JsonNode data = KrakenJson.mapper().readTree(frame).get("data");
                expected += "instrument".equals(channel)
                        ? data.get("assets").size() + data.get("pairs").size() : data.size();
                List<SourceRecord> out = mapping.map(frame, Instant.EPOCH);
                for (SourceRecord record : out) {
                    Object avro = avroData.fromConnectData(record.valueSchema(), record.value());
                    assertTrue(GenericData.get().validate(avroData.fromConnectSchema(record.valueSchema()), avro));
                }
                records += out.size();
            }
            assertEquals(0, mapping.resyncs());
        }
        assertEquals(expected, records);
        assertTrue(records > 0);
    }
}
