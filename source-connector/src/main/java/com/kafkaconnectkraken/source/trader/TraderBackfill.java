package com.kafkaconnectkraken.source.trader;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.trader.protocol.TraderAction;
import com.kafkaconnectkraken.client.ws.KrakenWsEvent;
import com.kafkaconnectkraken.client.ws.TraderMessage;
import com.kafkaconnectkraken.client.ws.TraderWsSession;
import com.kafkaconnectkraken.source.metrics.TaskMetrics;
import com.kafkaconnectkraken.source.stream.RecordQueue;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recovers the executions a task missed while its connection was down (docs/protocol/trader-api.md §3, §4): after
 * each gap, one {@code orderHistory {accountId, from, limit}} per configured account, {@code from} =
 * the gap's start minus {@link #MARGIN} (ISO-8601), {@code limit} {@value #LIMIT}; the orders of the task's symbols
 * become execution records with {@code source=order_history}, except the states already published
 * ({@link TraderRecords}). Asynchronous: nothing here waits on the session (it is called from a session callback);
 * a failed or unanswered query is logged and counted, and the stream goes on.
 */
final class TraderBackfill {

    /** How far before the gap's start (connector clock) orderHistory is read, for clock skew and in-flight orders. */
    static final Duration MARGIN = Duration.ofSeconds(10);
    /** Most orders asked per account and gap. */
    static final int LIMIT = 1000;

    private static final Logger log = LoggerFactory.getLogger(TraderBackfill.class);

    private final List<String> accountIds;
    private final Set<String> symbols;
    private final TraderRecords records;
    private final RecordQueue queue;
    private final TaskMetrics metrics;

    /**
     * @param accountIds the accounts to read
     * @param symbols    the task's symbols (orders of others belong to other tasks)
     */
    TraderBackfill(List<String> accountIds, List<String> symbols, TraderRecords records, RecordQueue queue, TaskMetrics metrics) {
        this.accountIds = List.copyOf(accountIds);
        this.symbols = Set.copyOf(symbols);
        this.records = records;
        this.queue = queue;
        this.metrics = metrics;
    }

    /** Sends the queries of one gap; returns at once. */
    void after(KrakenWsEvent.Gap gap, TraderWsSession session) {
        String from = gap.from().minus(MARGIN).toString();
        for (String accountId : accountIds) {
            ObjectNode query = KrakenJson.mapper().createObjectNode().put("accountId", accountId).put("from", from)
                    .put("limit", LIMIT);
            session.request(TraderAction.ORDER_HISTORY, query, TraderWsSession.answersQuery(TraderAction.ORDER_HISTORY))
                    .whenComplete((answer, error) -> {
                        if (error != null) {
                            metrics.malformed();
                            log.warn("Trader backfill: orderHistory of {} from {} failed, executions of the gap may be "
                                    + "missing: {}", accountId, from, error.getMessage());
                        } else {
                            publish(accountId, answer);
                        }
                    });
        }
    }

    private void publish(String accountId, TraderMessage answer) {
        try {
            List<SourceRecord> out = records.backfilled(answer, symbols::contains);
            queue.put(out);
            log.info("Trader backfill: {} execution record(s) of {} recovered from orderHistory", out.size(), accountId);
        } catch (RuntimeException e) {
            metrics.malformed();
            log.warn("Trader backfill: orderHistory answer of {} rejected: {}", accountId, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
