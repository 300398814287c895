package com.kafkaconnectkraken.source.trader;

import com.kafkaconnectkraken.client.ws.TraderSubscription;
import com.kafkaconnectkraken.client.ws.TraderWsSession;
import com.kafkaconnectkraken.source.config.TraderSourceTaskConfig;
import com.kafkaconnectkraken.source.mapping.RecordFactory;
import com.kafkaconnectkraken.source.metrics.TaskMetrics;
import com.kafkaconnectkraken.source.stream.GapRecords;
import com.kafkaconnectkraken.source.stream.RecordQueue;
import com.kafkaconnectkraken.source.stream.StreamStarter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams the Trader API events assigned by {@link TraderSourceConnector} over one connection
 * ({@link TraderStream}); the socket reader puts records into a bounded {@link RecordQueue}; {@link #poll()} drains
 * it. Records carry no source offset (a live stream cannot be resumed; executions missed while disconnected are
 * recovered from orderHistory and de-duplicated by order state). A fatal error surfaces from {@code poll()} as a
 * {@code ConnectException}.
 */
public class TraderSourceTask extends SourceTask {

    private static final Logger log = LoggerFactory.getLogger(TraderSourceTask.class);

    private TraderSourceTaskConfig config;
    private TaskMetrics metrics;
    private RecordQueue queue;
    private OkHttpClient http;
    private TraderStream stream;
    private StreamStarter starter;

    @Override
    public String version() {
        return new TraderSourceConnector().version();
    }

    @Override
    public void start(Map<String, String> props) {
        config = new TraderSourceTaskConfig(props);
        String connector = props.getOrDefault("name", "trader-source");
        List<TraderSubscription> subscriptions = TraderSubscriptions.of(config);
        log.info("Starting Trader source task {} of {} on {}: events {} of {}, depth {}, account streams {}", config.taskId(),
                connector, config.connection(), config.events(), config.taskSymbols(), config.taskDepthSymbols(), config.taskGlobal());
        metrics = new TaskMetrics(connector, config.taskId());
        queue = new RecordQueue(config.queueCapacity());
        if (subscriptions.isEmpty()) {
            log.info("Trader source task {}: nothing assigned, no connection opened", config.taskId());
            return;
        }
        try {
            stream = open();
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        TraderStream opened = stream;
        starter = new StreamStarter("trader-source-start-" + config.taskId(), queue);
        starter.add(() -> opened.start(subscriptions, config.wsRequestTimeout().plus(config.wsConnectTimeout())));
        starter.start();
    }

    private TraderStream open() {
        http = new OkHttpClient();
        RecordFactory factory = TraderRecords.factory(config.decimalMode(), config.topicPrefix());
        TraderRecords records = new TraderRecords(factory);
        GapRecords gaps = new GapRecords(factory, TraderRecordType.GAP);
        TraderBackfill backfill = TraderSubscriptions.backfills(config)
                ? new TraderBackfill(config.accountIds(), config.taskSymbols(), records, queue, metrics) : null;
        List<String> symbols = new ArrayList<>(config.taskSymbols());
        config.taskDepthSymbols().stream().filter(s -> !symbols.contains(s)).forEach(symbols::add);
        return new TraderStream(listener -> new TraderWsSession(config.wsConfig(config.connection().url(), "trader-" + config.taskId()),
                config.connection().tokens(http, Clock.systemUTC()), listener), records, gaps, backfill, queue, metrics, symbols);
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        return queue.poll(config.pollMaxRecords(), config.pollTimeout());
    }

    @Override
    public void stop() {
        log.info("Stopping Trader source task {}", config == null ? "?" : config.taskId());
        if (starter != null) {
            starter.close();
        }
        if (queue != null) {
            queue.close();
        }
        if (stream != null) {
            stream.close();
        }
        if (http != null) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
        if (metrics != null) {
            metrics.close();
        }
    }
}
