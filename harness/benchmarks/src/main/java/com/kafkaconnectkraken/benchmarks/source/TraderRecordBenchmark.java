package com.kafkaconnectkraken.benchmarks.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.trader.protocol.TraderMessageType;
import com.kafkaconnectkraken.client.ws.TraderMessage;
import com.kafkaconnectkraken.schema.DecimalHandlingMode;
import com.kafkaconnectkraken.source.mapping.RecordFactory;
import com.kafkaconnectkraken.source.trader.TraderRecords;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * Trader WebSocket API frame text to Connect {@link SourceRecord}s, per event type, next to its ceiling: the bare
 * {@link KrakenJson} {@code readTree} of the same frames (the harness of {@link SourceRecordBenchmark}). One operation
 * = one frame. Frames are the shapes of the Trader source's unit tests: a EURUSD quote, a 5-level depth ({@code [price, quantity]}
 * pairs, verified: sorted, uncrossed), an execution with a new {@code orderId} per frame (none is skipped as already published), a
 * portfolio with one balance and one position, account metrics.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class TraderRecordBenchmark {

    private static final int EXECUTIONS = 10_000;

    @Param({"quote", "depth", "execution", "portfolio", "metrics"})
    public String event;

    private final Instant receivedAt = Instant.parse("2026-06-01T12:00:01Z");
    private List<byte[]> frames;
    private RecordFactory factory;
    private TraderRecords records;
    private int next;

    /** Builds the event's frames and wires the mapping as the task does. */
    @Setup(Level.Trial)
    public void load() {
        frames = frames(event);
        factory = TraderRecords.factory(DecimalHandlingMode.PRECISE, "kraken");
        records = new TraderRecords(factory);
    }

    /** Each benchmark method starts at the first frame. */
    @Setup(Level.Iteration)
    public void rewind() {
        next = 0;
    }

    /** @return the tree of the next frame (the ceiling) */
    @Benchmark
    public JsonNode jacksonReadTree() throws IOException {
        return KrakenJson.mapper().readTree(nextFrame());
    }

    /** @return the records of the next frame */
    @Benchmark
    public List<SourceRecord> frameToRecords() throws IOException {
        JsonNode frame = KrakenJson.mapper().readTree(nextFrame());
        TraderMessageType type = TraderMessageType.fromWire(frame.get("type").asText()).orElseThrow();
        return records.map(new TraderMessage(type, frame, receivedAt, 0L));
    }

    /** The next frame; at the end of the executions the replay restarts, with fresh de-duplication. */
    private byte[] nextFrame() {
        byte[] frame = frames.get(next);
        next = next + 1 == frames.size() ? 0 : next + 1;
        if (next == 0 && frames.size() > 1) {
            records = new TraderRecords(factory);
        }
        return frame;
    }

    static List<byte[]> frames(String event) {
        return switch (event) {
            case "quote" -> List.of(frame("quoteEvent",
                    "{'symbol':'EURUSD','bid':1.08440,'ask':1.08450,'ts':'2026-06-01T12:00:00.125Z'}"));
            case "depth" -> List.of(frame("depthEvent", "{'symbol':'EURUSD','bids':[" + levels("1.0844", -1)
                    + "],'asks':[" + levels("1.0845", 1) + "],'ts':'2026-06-01T12:00:00Z'}"));
            case "execution" -> executions();
            case "portfolio" -> List.of(frame("portfolioEvent", "{'accountId':'acc_1','balances':[{'currency':'USD',"
                    + "'amount':99891.50}],'positions':[{'positionId':'p-1','symbol':'EURUSD','side':'BUY','quantity':10000,"
                    + "'avgPrice':1.08450,'unrealizedPnl':-2.00}],'ts':'2026-06-01T12:00:00Z'}"));
            case "metrics" -> List.of(frame("metricsEvent", "{'accountId':'acc_1','equity':100010.25,'balance':100000,"
                    + "'margin':0,'freeMargin':100010.25,'marginLevel':null,'unrealizedPnl':10.25,'realizedPnl':0,"
                    + "'ts':'2026-06-01T12:00:00Z'}"));
            default -> throw new IllegalArgumentException("No Trader frames for " + event);
        };
    }

    private static String levels(String best, int direction) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            String price = new java.math.BigDecimal(best).add(new java.math.BigDecimal("0.0001").multiply(
                    java.math.BigDecimal.valueOf((long) direction * i))).toPlainString();
            out.append(i == 0 ? "" : ",").append('[').append(price).append(',').append(100_000 * (i + 1)).append(']');
        }
        return out.toString();
    }

    private static List<byte[]> executions() {
        List<byte[]> out = new ArrayList<>(EXECUTIONS);
        for (int i = 0; i < EXECUTIONS; i++) {
            out.add(frame("executionEvent", "{'accountId':'acc_1','orderId':'o-" + i + "','clientOrderId':'c-" + i + "',"
                    + "'symbol':'EURUSD','side':'BUY','type':'MARKET','quantity':10000,'filledQuantity':10000,"
                    + "'avgPrice':1.08450,'status':'FILLED','ts':'2026-06-01T12:00:00.250Z'}"));
        }
        return out;
    }

    private static byte[] frame(String type, String payload) {
        return ("{\"type\":\"" + type + "\",\"payload\":" + payload.replace('\'', '"') + "}").getBytes(StandardCharsets.UTF_8);
    }
}
