package com.kafkaconnectkraken.source.rest;

import com.kafkaconnectkraken.client.rest.KrakenRestClient;
import com.kafkaconnectkraken.source.config.RestEndpoint;
import com.kafkaconnectkraken.source.mapping.RestMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Polls one account-data endpoint that is read as a whole (Balance, BalanceEx, TradeBalance,
 * OpenOrders, ClosedOrders, TradesHistory, OpenPositions, TradeVolume;
 * https://docs.kraken.com/api/docs/rest-api/get-account-balance and siblings) and writes its
 * current content as records without source offset. ClosedOrders and TradesHistory return the
 * newest 50 entries; consumers de-duplicate by key.
 */
public final class SnapshotPoller {

    private final RestEndpoint endpoint;
    private final KrakenRestClient rest;
    private final RestMapper mapper;
    private final Supplier<Instant> clock;

    /**
     * @param endpoint the endpoint (not Ledgers)
     * @param rest     signed REST client
     * @param mapper   response mapper
     * @param clock    receive-time clock
     */
    public SnapshotPoller(RestEndpoint endpoint, KrakenRestClient rest, RestMapper mapper, Supplier<Instant> clock) {
        this.endpoint = endpoint;
        this.rest = rest;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The endpoint polled. */
    public RestEndpoint endpoint() {
        return endpoint;
    }

    /**
     * Calls the endpoint once.
     *
     * @return the records of the response
     * @throws com.kafkaconnectkraken.client.rest.KrakenApiException on REST failure
     * @throws org.apache.kafka.connect.errors.DataException if the response does not fit the contract
     */
    public List<SourceRecord> poll() {
        Map<String, String> params = Map.of();
        return mapper.snapshot(endpoint, rest.privatePost(endpoint.method(), params), params, clock.get());
    }
}
