package com.kafkaconnectkraken.source.futures;

import com.kafkaconnectkraken.source.config.KrakenFuturesSourceTaskConfig;
import com.kafkaconnectkraken.source.mapping.RecordFactory;
import com.kafkaconnectkraken.source.metrics.TaskMetrics;
import com.kafkaconnectkraken.source.stream.RecordQueue;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams the Kraken Futures feeds assigned by {@link KrakenFuturesSourceConnector}: the WebSocket readers put
 * records into a bounded {@link RecordQueue}; {@link #poll()} drains it. Records carry no source offset (a
 * live feed cannot be resumed; the fills snapshot after a reconnect is de-duplicated by {@code fill_id}).
 * A fatal error of a reader surfaces from {@code poll()} as a {@code ConnectException}.
 */
public class KrakenFuturesSourceTask extends SourceTask {

    private static final Logger log = LoggerFactory.getLogger(KrakenFuturesSourceTask.class);

    private KrakenFuturesSourceTaskConfig config;
    private TaskMetrics metrics;
    private RecordQueue queue;
    private FuturesTaskStreams streams;

    @Override
    public String version() {
        return new KrakenFuturesSourceConnector().version();
    }

    @Override
    public void start(Map<String, String> props) {
        config = new KrakenFuturesSourceTaskConfig(props);
        String connector = props.getOrDefault("name", "kraken-futures-source");
        log.info("Starting Kraken Futures source task {} of {}: feeds {}, products {}, private feeds {}", config.taskId(),
                connector, config.feeds(), config.taskProductIds(), config.taskGlobal());
        metrics = new TaskMetrics(connector, config.taskId());
        queue = new RecordQueue(config.queueCapacity());
        RecordFactory records = FuturesRecords.factory(config.decimalMode(), config.topicPrefix());
        try {
            streams = FuturesTaskStreams.start(config, records, queue, metrics);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        return queue.poll(config.pollMaxRecords(), config.pollTimeout());
    }

    @Override
    public void stop() {
        log.info("Stopping Kraken Futures source task {}", config == null ? "?" : config.taskId());
        if (queue != null) {
            queue.close();
        }
        if (streams != null) {
            streams.close();
        }
        if (metrics != null) {
            metrics.close();
        }
    }
}
