package com.kafkaconnectkraken.source;

import com.kafkaconnectkraken.client.rest.KrakenApiException;
import com.kafkaconnectkraken.source.stream.RecordQueue;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the task's periodic jobs (REST polls, book top-N snapshots) on one thread, each with a fixed
 * delay after its previous run (at once while a paged read is under way), and hands their records to
 * the {@link RecordQueue}. Error classification: a transient
 * Kraken error (rate limit, unavailable, timeout) is logged and retried at the next run; a
 * permanent one (bad key, permission denied) or a response that breaks the contract fails the task
 * through the queue, because skipping account data would lose it.
 */
final class TaskScheduler implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TaskScheduler.class);

    private final ScheduledExecutorService executor;
    private final RecordQueue queue;

    TaskScheduler(String threadName, RecordQueue queue) {
        this.queue = queue;
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Runs {@code job} after {@code initial} and then every {@code interval} after the previous run ended.
     *
     * @param name        job name for log lines, e.g. {@code Ledgers}
     * @param initial     delay of the first run
     */
    void schedule(String name, Duration initial, Duration interval, Supplier<List<SourceRecord>> job) {
        schedule(name, initial, interval, job, () -> false);
    }

    /**
     * Like {@link #schedule(String, Duration, Duration, Supplier)}, but while {@code more} holds after a
     * successful run (a paged read is under way) the next run follows at once instead of after the interval.
     */
    void schedule(String name, Duration initial, Duration interval, Supplier<List<SourceRecord>> job, BooleanSupplier more) {
        submit(name, initial, interval, job, more);
    }

    private void submit(String name, Duration delay, Duration interval, Supplier<List<SourceRecord>> job, BooleanSupplier more) {
        try {
            executor.schedule(() -> {
                boolean again = run(name, job) && more.getAsBoolean();
                submit(name, again ? Duration.ZERO : interval, interval, job, more);
            }, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.debug("{}: not rescheduled, the scheduler is closed", name);
        }
    }

    /** @return {@code true} when the job ran without error */
    private boolean run(String name, Supplier<List<SourceRecord>> job) {
        try {
            queue.put(job.get());
            return true;
        } catch (KrakenApiException e) {
            if (e.isTransient()) {
                log.warn("{}: transient Kraken error, retrying at the next interval: {}", name, e.getMessage());
            } else {
                queue.fail(new ConnectException(name + ": Kraken rejected the request permanently: " + e.getMessage(), e));
            }
        } catch (DataException e) {
            queue.fail(new ConnectException(name + ": response does not fit the record contract: " + e.getMessage(), e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("{}: unexpected failure", name, e);
            queue.fail(new ConnectException(name + " failed: " + e.getMessage(), e));
        }
        return false;
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
