package com.kafkaconnectkraken.source;

import com.kafkaconnectkraken.client.rest.KrakenRestClient;
import com.kafkaconnectkraken.client.rest.RestCallCounter;
import com.kafkaconnectkraken.source.config.KrakenSourceTaskConfig;
import com.kafkaconnectkraken.source.mapping.RecordFactory;
import com.kafkaconnectkraken.source.mapping.StructMapper;
import com.kafkaconnectkraken.source.metrics.TaskMetrics;
import com.kafkaconnectkraken.source.stream.RecordQueue;
import com.kafkaconnectkraken.source.stream.TaskStreams;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams the Kraken channels and REST endpoints assigned by {@link KrakenSourceConnector}.
 *
 * <p>WebSocket readers and the REST scheduler put records into a bounded {@link RecordQueue};
 * {@link #poll()} drains it (at most {@code poll.max.records}, waiting up to {@code poll.timeout.ms}).
 * History records (Ledgers, TradesHistory, ClosedOrders) carry their cursor as source offset and resume
 * from it; market data and snapshots carry none. A fatal error of a background job (e.g. an API key Kraken rejects)
 * surfaces from {@code poll()} as a {@code ConnectException}.
 */
public class KrakenSourceTask extends SourceTask {

    private static final Logger log = LoggerFactory.getLogger(KrakenSourceTask.class);

    private KrakenSourceTaskConfig config;
    private TaskMetrics metrics;
    private RecordQueue queue;
    private KrakenRestClient rest;
    private OkHttpClient http;
    private TaskStreams streams;
    private TaskScheduler scheduler;

    @Override
    public String version() {
        return new KrakenSourceConnector().version();
    }

    @Override
    public void start(Map<String, String> props) {
        config = new KrakenSourceTaskConfig(props);
        String connector = props.getOrDefault("name", "kraken-source");
        log.info("Starting Kraken source task {} of {}: symbols {}, global work {}", config.taskId(), connector,
                config.taskSymbols(), config.taskGlobal());
        metrics = new TaskMetrics(connector, config.taskId());
        queue = new RecordQueue(config.queueCapacity());
        RecordFactory records = new RecordFactory(new StructMapper(config.decimalMode()), config.topicNames());
        rest = config.connection().hasCredentials() ? restClient() : null;
        try {
            streams = TaskStreams.start(config, records, queue, metrics, rest, context.offsetStorageReader());
            scheduler = new TaskScheduler("kraken-source-" + connector + "-" + config.taskId(), queue);
            schedule(records);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    private void schedule(RecordFactory records) {
        if (config.bookSnapshotInterval().toMillis() > 0) {
            scheduler.schedule("book top-N", config.bookSnapshotInterval(), config.bookSnapshotInterval(),
                    () -> streams.bookTopN(config.bookSnapshotTopN()));
        }
        if (!config.taskGlobal()) {
            return;
        }
        RestSchedule.start(config, rest, records, context.offsetStorageReader(), scheduler, metrics);
    }

    private KrakenRestClient restClient() {
        http = new OkHttpClient.Builder().callTimeout(config.restTimeout()).build();
        return config.connection().restClient()
                .callCounter(new RestCallCounter(config.restTier(), config.restHistoryCost()), config.restTimeout())
                .httpClient(http)
                .build();
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        return queue.poll(config.pollMaxRecords(), config.pollTimeout());
    }

    @Override
    public void stop() {
        log.info("Stopping Kraken source task {}", config == null ? "?" : config.taskId());
        if (queue != null) {
            queue.close();
        }
        if (scheduler != null) {
            scheduler.close();
        }
        if (streams != null) {
            streams.close();
        }
        if (rest != null) {
            rest.close();
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
        if (metrics != null) {
            metrics.close();
        }
    }
}
