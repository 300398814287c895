package com.kafkaconnectkraken.source.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.source.metrics.TaskMetrics;
import com.kafkaconnectkraken.source.stream.RecordQueue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import org.apache.kafka.connect.data.ConnectSchema;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Runs mutated frames through one venue's real entry point (the session's frame router into the task's stream) and
 * checks each frame's outcome: nothing escapes the stream, the frame is counted as malformed at most once, a counted
 * frame yields no record but a book reset (a bad book frame drops that book), every record fits its Connect schema and carries no floating-point field. Sizes and seed
 * come from {@code -Dfuzz.frames} (total over the three venues, default 10,000) and {@code -Dfuzz.seed}.
 */
public final class FrameFuzz {

    /** Exceptions that escaped a stream callback (the session's dispatcher would have swallowed them). */
    public final Queue<Throwable> escaped = new ConcurrentLinkedQueue<>();

    private final String venue;
    private final TaskMetrics metrics;
    private final RecordQueue queue;
    private long frames;
    private long malformed;
    private long records;
    private long rejectedOther;

    /** Per-frame extra check: the mutation and the records it produced; throws AssertionError on failure. */
    public interface Check {
        void check(FrameMutator.Mutation mutation, List<SourceRecord> produced);
    }

    public FrameFuzz(String venue, TaskMetrics metrics, RecordQueue queue) {
        this.venue = venue;
        this.metrics = metrics;
        this.queue = queue;
    }

    /** @return the seed of this run ({@code -Dfuzz.seed}, default 20261207) */
    public static long seed() {
        return Long.getLong("fuzz.seed", 20261207L);
    }

    /** @return frames for one venue ({@code -Dfuzz.frames} / 3) */
    public static int framesPerVenue() {
        return Integer.getInteger("fuzz.frames", 10_000) / 3;
    }

    /** Guards a listener callback: what it throws is recorded as escaped instead of reaching the dispatcher. */
    public void guard(Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException | Error e) {
            escaped.add(e);
        }
    }

    /**
     * Routes {@code count} mutations of the seeds (round robin, each followed by {@code between} seeds unmutated so
     * books get fresh snapshots) and checks every one.
     */
    public void run(List<JsonNode> seeds, List<String> between, int count, Consumer<String> route, Check check)
            throws InterruptedException {
        FrameMutator mutator = new FrameMutator(seed() ^ venue.hashCode());
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            FrameMutator.Mutation mutation = mutator.mutate(seeds.get(i % seeds.size()));
            String where = String.format(Locale.ROOT, "%s frame %d (seed %d, %s): %.400s", venue, i, seed(),
                    mutation.kinds(), mutation.text());
            one(mutation, route, check, where);
            for (String text : between) {
                route.accept(text);
                drain();
            }
        }
        System.out.printf(Locale.ROOT, "fuzz %s: seed %d, %d frames, %d malformed counted, %d other rejections"
                        + " (checksum/unverified), %d records, %d escaped, %d ms%n", venue, seed(), frames, malformed,
                rejectedOther, records, escaped.size(), (System.nanoTime() - started) / 1_000_000);
    }

    private void one(FrameMutator.Mutation mutation, Consumer<String> route, Check check, String where)
            throws InterruptedException {
        double before = metrics.value("malformed-frame-total");
        double otherBefore = otherRejections();
        try {
            route.accept(mutation.text());
        } catch (RuntimeException | Error e) {
            throw new AssertionError("escaped the router: " + e + " at " + where, e);
        }
        if (!escaped.isEmpty()) {
            throw new AssertionError("escaped the stream: " + escaped.peek() + " at " + where, escaped.peek());
        }
        double counted = metrics.value("malformed-frame-total") - before;
        List<SourceRecord> produced = drain();
        frames++;
        malformed += (long) counted;
        rejectedOther += (long) (otherRejections() - otherBefore);
        records += produced.size();
        if (counted != 0 && counted != 1) {
            throw new AssertionError("counted " + counted + " times as malformed at " + where);
        }
        if (counted == 1 && !produced.stream().allMatch(r -> r.topic().endsWith("book_reset"))) {
            throw new AssertionError("counted as malformed yet produced " + produced + " at " + where);
        }
        for (SourceRecord record : produced) {
            valid(record, where);
        }
        check.check(mutation, produced);
    }

    private double otherRejections() {
        return metrics.value("checksum-failure-total") + metrics.value("unverified-book-total");
    }

    private List<SourceRecord> drain() throws InterruptedException {
        List<SourceRecord> out = new ArrayList<>();
        List<SourceRecord> batch;
        while ((batch = queue.poll(10_000, Duration.ZERO)) != null && !batch.isEmpty()) {
            out.addAll(batch);
        }
        return out;
    }

    private static void valid(SourceRecord record, String where) {
        try {
            ConnectSchema.validateValue(record.valueSchema(), record.value());
            if (record.keySchema() != null) {
                ConnectSchema.validateValue(record.keySchema(), record.key());
            }
        } catch (RuntimeException e) {
            throw new AssertionError("record does not fit its schema (" + e.getMessage() + ") at " + where, e);
        }
        noFloatingPoint(record.valueSchema(), record.topic(), where);
    }

    private static void noFloatingPoint(Schema schema, String path, String where) {
        if (schema.type() == Schema.Type.FLOAT32 || schema.type() == Schema.Type.FLOAT64) {
            throw new AssertionError("floating-point field " + path + " at " + where);
        }
        if (schema.type() == Schema.Type.STRUCT) {
            for (Field field : schema.fields()) {
                noFloatingPoint(field.schema(), path + "." + field.name(), where);
            }
        } else if (schema.type() == Schema.Type.ARRAY) {
            noFloatingPoint(schema.valueSchema(), path + "[]", where);
        } else if (schema.type() == Schema.Type.MAP) {
            noFloatingPoint(schema.valueSchema(), path + "{}", where);
        }
    }
}
