package com.kafkaconnectkraken.sink;

import com.kafkaconnectkraken.client.retry.ExponentialBackoff;
import com.kafkaconnectkraken.sink.config.SinkConfig;
import com.kafkaconnectkraken.sink.metrics.SinkTaskMetrics;
import com.kafkaconnectkraken.sink.reply.AckSink;
import com.kafkaconnectkraken.sink.reply.ReplyHistory;
import com.kafkaconnectkraken.sink.reply.ReplyWriter;
import com.kafkaconnectkraken.sink.send.CommandFailure;
import com.kafkaconnectkraken.sink.send.HistoryLookupException;
import com.kafkaconnectkraken.sink.send.TransientCommandException;
import java.time.Clock;
import java.util.Collection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The task of every trading sink: executes order commands on a venue and writes one final
 * acknowledgement per command to the reply topic. {@code put()} runs each partition's commands in order
 * and the partitions concurrently ({@link PartitionBatch}), and returns once every acknowledgement is on
 * the reply topic; {@code preCommit()} therefore commits exactly the acknowledged offsets. Transient
 * failures (disconnected, a venue's "unavailable") are thrown as {@link RetriableException} after
 * {@code context.timeout(backoff)}, so Connect redelivers the batch with exponential backoff; records
 * already acknowledged are skipped then; past {@code max.retries} such failures of commands in a row the task
 * fails, except a failed order-history lookup ({@link HistoryLookupException}: an UNKNOWN outcome or a redelivered
 * command waiting for the venue's history, e.g. under {@code EAPI:Rate limit exceeded}), retried without limit. Connecting and authenticating to the venue is different ({@link VenueLink}): a transient failure
 * ({@link CommandFailure#ofConnect}: EService:Unavailable, EAPI:Invalid nonce, HTTP 5xx, timeouts, a refused socket)
 * or a connection that is down retries the batch after the link's backoff without limit, the task stays RUNNING
 * and the JMX attribute {@code connection-state} reads RETRYING; refused credentials fail the task. Commands that
 * waited meanwhile then go through the gate as usual (too old: EXPIRED). The reply history is read again on every
 * assignment. A venue supplies its config ({@link #parse}) and its connected pipeline ({@link #connect}).
 *
 * @param <F> the venue's config type
 */
public abstract class TradingSinkTask<F extends SinkConfig> extends SinkTask {

    private static final Logger log = LoggerFactory.getLogger(TradingSinkTask.class);
    private static final String JSON_CONVERTER = "org.apache.kafka.connect.json.JsonConverter";
    private static final String STRING_CONVERTER = "org.apache.kafka.connect.storage.StringConverter";
    /** Task-only key set by the connectors ({@link #taskConfigs}): the task's number, used in metric names. */
    public static final String TASK_ID = "task.id";

    private final Clock clock = Clock.systemUTC();
    private final PartitionBatch batch;
    private final AtomicInteger failures = new AtomicInteger();
    private final Set<TopicPartition> assigned = ConcurrentHashMap.newKeySet();
    private ExponentialBackoff retryBackoff;
    private F config;
    private ReplyHistory history;
    private ReplyWriter writer;
    private AckSink acks;
    private ExecutorService pool;
    private SinkTaskMetrics metrics;
    private VenueLink link;
    private VenueRuntime runtime;
    private volatile boolean failed;

    /** A task with its own per-partition progress. */
    protected TradingSinkTask() {
        this(new PartitionBatch());
    }

    /** @param batch the per-partition progress {@code preCommit} reports */
    TradingSinkTask(PartitionBatch batch) {
        this.batch = batch;
    }

    /**
     * The task configs of a trading sink connector: the connector's properties, identical for every task but for
     * {@link #TASK_ID} (the consumer group splits the partitions).
     *
     * @param props    the connector's properties
     * @param maxTasks how many tasks
     * @return one config per task
     */
    public static List<Map<String, String>> taskConfigs(Map<String, String> props, int maxTasks) {
        List<Map<String, String>> configs = new ArrayList<>(maxTasks);
        for (int i = 0; i < maxTasks; i++) {
            Map<String, String> task = new HashMap<>(props);
            task.put(TASK_ID, Integer.toString(i));
            configs.add(task);
        }
        return configs;
    }

    /**
     * @param props the task's properties
     * @return the parsed config
     * @throws org.apache.kafka.common.config.ConfigException when invalid
     */
    protected abstract F parse(Map<String, String> props);

    /**
     * Connects to the venue and wires the pipeline.
     *
     * @return the connected runtime
     * @throws com.kafkaconnectkraken.sink.send.TransientCommandException when the venue is unreachable now
     */
    protected abstract VenueRuntime connect(F config, AckSink acks, ReplyHistory history, Clock clock);

    /** @return a short name for threads, client ids and log lines, e.g. {@code kraken-sink} */
    protected abstract String name();

    /** @return the WARN logged at start when the reply history is not read (what is then looked up, what not) */
    protected abstract String historyOffWarning();

    @Override
    public void start(Map<String, String> props) {
        config = parse(props);
        retryBackoff = ExponentialBackoff.doubling(config.reconnectBackoff(), config.reconnectBackoffMax());
        history = new ReplyHistory();
        String clientId = name() + "-reply-" + props.getOrDefault("name", "connector") + "-" + System.identityHashCode(this);
        writer = new ReplyWriter(config, clientId);
        acks = new AckSink(writer, history, dlq(props));
        pool = Executors.newCachedThreadPool(r -> new Thread(r, name() + "-partition"));
        String connector = props.getOrDefault("name", "connector");
        String task = props.getOrDefault(TASK_ID, "0");
        metrics = new SinkTaskMetrics(connector, task);
        link = new VenueLink(name() + " " + connector + "-" + task, retryBackoff, metrics);
        log.info("{} task started; acknowledgements to {}", name(), config.replyTopic());
        if (JSON_CONVERTER.equals(props.get("value.converter"))) {
            log.warn("value.converter={}: command bytes that are not JSON fail in the worker's converter and get no "
                + "acknowledgement; read JSON commands with {} (the sink parses them)", JSON_CONVERTER, STRING_CONVERTER);
        }
        if (!config.replyHistoryLookup()) {
            log.warn("{}=false: {}", SinkConfig.REPLY_HISTORY_LOOKUP, historyOffWarning());
        }
    }

    @Override
    public void open(Collection<TopicPartition> partitions) {
        log.info("Assigned {}", partitions);
        if (config.replyHistoryLookup()) {
            // read again on every assignment: another task may have acknowledged these partitions' commands
            history.load(config, clock);
        }
        if (runtime != null) {
            runtime.processor().assigned(partitions);
        }
        assigned.addAll(partitions);
    }

    @Override
    public void put(Collection<SinkRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        VenueRuntime venue = connected();
        RuntimeException failure;
        try {
            failure = batch.run(records, venue.processor(), pool);
        } catch (RetriableException e) {
            failure = e;
        }
        if (failure == null) {
            failures.set(0);
            return;
        }
        handle(failure);
    }

    /**
     * @return the connected runtime, connecting first when there is none
     * @throws RetriableException after {@code context.timeout(the link's backoff)} when the venue cannot be reached
     *     now or the connection is down (never counted towards {@code max.retries})
     * @throws ConnectException when the venue refused the credentials or the config is invalid
     */
    private VenueRuntime connected() {
        if (runtime == null) {
            VenueRuntime connectedNow;
            try {
                connectedNow = connect(config, acks, history, clock);
            } catch (RuntimeException e) {
                throw unreachable(e);
            }
            runtime = connectedNow;
            runtime.processor().assigned(assigned);
        } else if (!runtime.connected()) {
            throw retryLater(new TransientCommandException("the connection to the venue is down; reconnecting"));
        }
        link.up();
        return runtime;
    }

    private RetriableException unreachable(RuntimeException e) {
        if (CommandFailure.ofConnect(e) == CommandFailure.FATAL) {
            fail(new ConnectException(name() + " cannot work with these settings: " + reason(e), e));
        }
        return retryLater(e);
    }

    private RetriableException retryLater(RuntimeException e) {
        context.timeout(link.down(reason(e)));
        return e instanceof RetriableException r ? r : new RetriableException(reason(e), e);
    }

    /** @return the exception's message and its innermost cause's (the venue's answer); messages hold no secrets */
    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e || root.getMessage() == null ? e.getMessage() : e.getMessage() + " (" + root.getMessage() + ")";
    }

    private void handle(RuntimeException failure) {
        if (failure instanceof RetriableException) {
            int attempt = failures.incrementAndGet();
            if (attempt > config.maxRetries() && !(failure instanceof HistoryLookupException)) {
                fail(new ConnectException("giving up after " + config.maxRetries() + " retries", failure));
            }
            long backoff = backoff(attempt);
            log.warn("Retrying in {} ms (attempt {} of {}): {}", backoff, attempt, config.maxRetries(), failure.getMessage());
            context.timeout(backoff);
            throw failure;
        }
        fail(failure instanceof ConnectException ce ? ce : new ConnectException("command processing failed", failure));
    }

    private void fail(ConnectException e) {
        failed = true;
        if (runtime != null) {
            runtime.unhealthy();
        }
        throw e;
    }

    /** @return the wait before retry {@code attempt} (1-based), in ms: the one jittered backoff of the project */
    long backoff(int attempt) {
        return retryBackoff.delay(attempt).toMillis();
    }

    @Override
    public Map<TopicPartition, OffsetAndMetadata> preCommit(Map<TopicPartition, OffsetAndMetadata> currentOffsets) {
        Map<TopicPartition, Long> next = batch.nextOffsets();
        Map<TopicPartition, OffsetAndMetadata> out = new HashMap<>();
        currentOffsets.forEach((tp, current) -> {
            Long acked = next.get(tp);
            if (acked != null) {
                out.put(tp, new OffsetAndMetadata(Math.min(acked, current.offset())));
            }
        });
        return out;
    }

    @Override
    public void close(Collection<TopicPartition> partitions) {
        batch.forget(partitions);
        assigned.removeAll(partitions);
    }

    @Override
    public void stop() {
        log.info("Stopping {} task (clean={})", name(), !failed);
        if (link != null) {
            link.closed();
        }
        if (runtime != null) {
            runtime.close(!failed);
        }
        if (pool != null) {
            pool.shutdownNow();
        }
        if (writer != null) {
            writer.close();
        }
        if (metrics != null) {
            metrics.close();
        }
    }

    private ErrantRecordReporter dlq(Map<String, String> props) {
        if (!"all".equalsIgnoreCase(props.getOrDefault("errors.tolerance", "none"))) {
            return null;
        }
        try {
            return context.errantRecordReporter();
        } catch (NoSuchMethodError | NoClassDefFoundError oldWorker) {
            log.warn("This worker has no errant record reporter; refused commands are acknowledged but not sent to a DLQ");
            return null;
        }
    }
}
