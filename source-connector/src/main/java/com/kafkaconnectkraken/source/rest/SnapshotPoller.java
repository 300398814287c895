package com.kafkaconnectkraken.source.rest;

import com.kafkaconnectkraken.client.rest.KrakenRestClient;
import com.kafkaconnectkraken.source.config.RestEndpoint;
import com.kafkaconnectkraken.source.mapping.RestMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Polls one account-data endpoint that is read as a whole (Balance, BalanceEx, TradeBalance,
 * OpenOrders, OpenPositions, TradeVolume; https://docs.kraken.com/api/docs/rest-api/get-account-balance
 * and siblings) and writes a record only for a key whose content changed since the last poll, a
 * tombstone for a key that disappeared (an order no longer open; not when ClosedOrders writes the
 * same topic, whose closed order is the later state), and every current record once per
 * heartbeat, all without source offset. Keyed by asset / order id / position id / currency, so a
 * compacted topic holds the latest state. After a task restart the first poll writes everything once.
 * Not thread-safe (runs on the task's scheduler).
 */
public final class SnapshotPoller {

    private final RestEndpoint endpoint;
    private final KrakenRestClient rest;
    private final RestMapper mapper;
    private final Supplier<Instant> clock;
    private final Duration heartbeat;
    private final SnapshotChanges changes;
    private Instant lastFull;

    /**
     * @param endpoint  the endpoint (not a history endpoint)
     * @param rest      signed REST client
     * @param mapper    response mapper
     * @param clock     receive-time clock
     * @param heartbeat  how often every current record is written even if unchanged; zero for never
     * @param tombstones whether a key that disappears gets a tombstone (off for OpenOrders next to ClosedOrders)
     */
    public SnapshotPoller(RestEndpoint endpoint, KrakenRestClient rest, RestMapper mapper, Supplier<Instant> clock,
                          Duration heartbeat, boolean tombstones) {
        this.endpoint = endpoint;
        this.rest = rest;
        this.mapper = mapper;
        this.clock = clock;
        this.heartbeat = heartbeat;
        this.changes = new SnapshotChanges(tombstones);
    }

    /** The endpoint polled. */
    public RestEndpoint endpoint() {
        return endpoint;
    }

    /**
     * Calls the endpoint once.
     *
     * @return the changed records and tombstones (empty when nothing changed)
     * @throws com.kafkaconnectkraken.client.rest.KrakenApiException on REST failure
     * @throws org.apache.kafka.connect.errors.DataException if the response does not fit the contract
     */
    public List<SourceRecord> poll() {
        Map<String, String> params = Map.of();
        Instant now = clock.get();
        List<SourceRecord> current = mapper.snapshot(endpoint, rest.privatePost(endpoint.method(), params), params, now);
        boolean full = lastFull == null || !heartbeat.isZero() && !now.isBefore(lastFull.plus(heartbeat));
        if (full) {
            lastFull = now;
        }
        return changes.changed(current, full);
    }
}
