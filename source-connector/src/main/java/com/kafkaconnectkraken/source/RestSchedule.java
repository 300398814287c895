package com.kafkaconnectkraken.source;

import com.kafkaconnectkraken.client.rest.KrakenRestClient;
import com.kafkaconnectkraken.source.config.KrakenSourceTaskConfig;
import com.kafkaconnectkraken.source.config.RestEndpoint;
import com.kafkaconnectkraken.source.mapping.RecordFactory;
import com.kafkaconnectkraken.source.mapping.RestMapper;
import com.kafkaconnectkraken.source.metrics.TaskMetrics;
import com.kafkaconnectkraken.source.offset.HistoryCursor;
import com.kafkaconnectkraken.source.offset.HistoryPartition;
import com.kafkaconnectkraken.source.rest.HistoryPoller;
import com.kafkaconnectkraken.source.rest.HistoryStream;
import com.kafkaconnectkraken.source.rest.LedgerTrades;
import com.kafkaconnectkraken.source.rest.RestBudget;
import com.kafkaconnectkraken.source.rest.SnapshotPoller;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.connect.storage.OffsetStorageReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the REST polls of task 0 on the task's scheduler at the intervals {@link RestBudget} plans for
 * the key's tier (history endpoints first), logs once when the configured intervals cannot be met, and
 * registers the configured and achievable interval of every endpoint as metrics. History endpoints
 * resume from their stored cursors (https://docs.kraken.com/api/docs/guides/spot-rest-ratelimits).
 */
final class RestSchedule {

    private static final Logger log = LoggerFactory.getLogger(RestSchedule.class);

    private RestSchedule() {
    }

    static void start(KrakenSourceTaskConfig config, KrakenRestClient rest, RecordFactory records, OffsetStorageReader offsets,
                      TaskScheduler scheduler, TaskMetrics metrics) {
        List<RestBudget.Plan> plans = RestBudget.plan(config.enabledRestIntervals(), config.restTier(),
                config.restHistoryCost());
        String stretched = RestBudget.describe(plans, config.restTier());
        if (!stretched.isEmpty()) {
            log.warn("REST polling is slower than configured: {} (rest.tier={})", stretched, config.restTier());
        }
        RestMapper restMapper = new RestMapper(records);
        for (RestBudget.Plan plan : plans) {
            RestEndpoint endpoint = plan.endpoint();
            metrics.restInterval(endpoint.method(), plan.configured().toMillis(), plan.achievable().toMillis());
            HistoryStream stream = HistoryStream.of(endpoint);
            if (stream != null) {
                HistoryPoller poller = historyPoller(config, stream, rest, records, offsets);
                scheduler.schedule(endpoint.method(), Duration.ZERO, plan.achievable(), poller::poll, poller::hasMore);
            } else {
                boolean tombstones = endpoint != RestEndpoint.OPEN_ORDERS || !config.restEndpoints().contains(RestEndpoint.CLOSED_ORDERS);
                SnapshotPoller poller = new SnapshotPoller(endpoint, rest, restMapper, Instant::now, config.snapshotHeartbeat(),
                        tombstones);
                scheduler.schedule(endpoint.method(), Duration.ZERO, plan.achievable(), poller::poll);
            }
        }
    }

    private static HistoryPoller historyPoller(KrakenSourceTaskConfig config, HistoryStream stream, KrakenRestClient rest,
                                               RecordFactory records, OffsetStorageReader offsets) {
        HistoryPartition partition = HistoryPartition.forApiKey(stream.endpoint().method(), config.connection().apiKey().value());
        HistoryCursor cursor = HistoryCursor.fromMap(offsets.offset(partition.toMap()), stream.idKey());
        String start = stream == HistoryStream.LEDGERS ? config.ledgersStart() : config.historyStart();
        log.info("{} resume from {}", stream.endpoint().method(), cursor == null ? "start=" + start : cursor.id() + " @ " + cursor.time());
        HistoryPoller poller = new HistoryPoller(stream, rest, records, partition, cursor, start, Instant::now);
        if (stream == HistoryStream.LEDGERS && config.ledgersEnrichTrades()) {
            log.info("Ledgers: trade entries are enriched with QueryTrades onto the trade_history topic");
            poller.enrichedWith(new LedgerTrades(rest, records));
        }
        return poller;
    }
}
