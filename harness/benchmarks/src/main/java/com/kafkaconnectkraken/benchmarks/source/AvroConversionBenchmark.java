package com.kafkaconnectkraken.benchmarks.source;

import com.kafkaconnectkraken.benchmarks.data.ChannelFrames;
import com.kafkaconnectkraken.schema.DecimalHandlingMode;
import io.apicurio.registry.utils.converter.avro.AvroData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.connect.source.SourceRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Avro conversion of the source records, the worker-side cost after {@code poll()}: the record
 * values the connector produces for each channel's frames (see {@link SourceRecordBenchmark}) are
 * converted the way the Apicurio {@code AvroConverter} (2.6.13.Final, the converter this project
 * tests with) does it: {@link AvroData#fromConnectData} to a generic record, then Avro binary
 * encoding with a {@link GenericDatumWriter}. The registry lookup (cached after the first record)
 * and the 5-byte Confluent header are left out. One operation = one record.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class AvroConversionBenchmark {

    @Param({"ticker", "trade", "ohlc", "instrument", "executions", "balances", "book"})
    public String channel;

    @Param({"PRECISE"})
    public String decimals;

    private final AvroData avroData = new AvroData(100);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    private List<SourceRecord> records;
    private List<GenericDatumWriter<Object>> writers;
    private BinaryEncoder encoder;
    private int next;

    /** Maps the channel's frames to records and prepares one Avro writer per record. */
    @Setup(Level.Trial)
    public void load() throws IOException {
        records = new ArrayList<>();
        try (SourceMapping mapping = new SourceMapping(channel, DecimalHandlingMode.valueOf(decimals))) {
            for (byte[] frame : ChannelFrames.of(channel)) {
                records.addAll(mapping.map(frame, Instant.parse("2026-01-01T00:00:00Z")));
            }
        }
        writers = new ArrayList<>(records.size());
        for (SourceRecord record : records) {
            Schema schema = avroData.fromConnectSchema(record.valueSchema());
            writers.add(new GenericDatumWriter<>(schema));
        }
    }

    /** @return the Avro binary size of the next record, in bytes */
    @Benchmark
    public int connectToAvroBinary() throws IOException {
        int i = next;
        next = next + 1 == records.size() ? 0 : next + 1;
        SourceRecord record = records.get(i);
        Object avro = avroData.fromConnectData(record.valueSchema(), record.value());
        out.reset();
        encoder = EncoderFactory.get().binaryEncoder(out, encoder);
        writers.get(i).write(avro, encoder);
        encoder.flush();
        return out.size();
    }
}
