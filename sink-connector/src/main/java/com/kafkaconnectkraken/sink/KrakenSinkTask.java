package com.kafkaconnectkraken.sink;

import com.kafkaconnectkraken.sink.config.KrakenSinkConnectorConfig;
import com.kafkaconnectkraken.sink.guard.PlacedOrders;
import com.kafkaconnectkraken.sink.reply.AckSink;
import com.kafkaconnectkraken.sink.reply.ReplyHistory;
import java.time.Clock;
import java.util.Map;

/**
 * Executes Kraken Spot order commands and writes one final acknowledgement per command (see
 * {@link KrakenSinkConnector}); the task lifecycle, retries and offsets are {@link TradingSinkTask}'s, the
 * Kraken connection, pipeline and dead man's switch {@link TradingRuntime}'s. Transient failures are
 * disconnects and {@code EService:Unavailable}.
 */
public final class KrakenSinkTask extends TradingSinkTask<KrakenSinkConnectorConfig> {

    private static final int ORDER_MEMORY = 10_000;

    private final PlacedOrders orders = new PlacedOrders(ORDER_MEMORY);

    /** The task Connect creates. */
    public KrakenSinkTask() {
        this(new PartitionBatch());
    }

    /** @param batch the per-partition progress {@code preCommit} reports (tests pass one they ran) */
    KrakenSinkTask(PartitionBatch batch) {
        super(batch);
    }

    @Override
    public String version() {
        return new KrakenSinkConnector().version();
    }

    @Override
    protected KrakenSinkConnectorConfig parse(Map<String, String> props) {
        return new KrakenSinkConnectorConfig(props);
    }

    @Override
    protected VenueRuntime connect(KrakenSinkConnectorConfig config, AckSink acks, ReplyHistory history, Clock clock) {
        return TradingRuntime.connect(config, acks, history, orders, clock);
    }

    @Override
    protected String name() {
        return "kraken-sink";
    }

    @Override
    protected String historyOffWarning() {
        return "every add_order/batch_add is looked up in the order history before sending (REST OpenOrders/ClosedOrders); "
            + "other commands acknowledged but not committed before a crash are executed again";
    }
}
