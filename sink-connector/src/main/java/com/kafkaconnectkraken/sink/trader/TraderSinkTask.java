package com.kafkaconnectkraken.sink.trader;

import com.kafkaconnectkraken.sink.TradingSinkTask;
import com.kafkaconnectkraken.sink.VenueRuntime;
import com.kafkaconnectkraken.sink.reply.AckSink;
import com.kafkaconnectkraken.sink.reply.ReplyHistory;
import java.time.Clock;
import java.util.Map;

/**
 * Executes Trader API commands and writes one final acknowledgement per command (see {@link TraderSinkConnector});
 * the task lifecycle, retries and offsets are {@link TradingSinkTask}'s, the connection and pipeline
 * {@link TraderRuntime}'s.
 */
public final class TraderSinkTask extends TradingSinkTask<TraderSinkConnectorConfig> {

    @Override
    public String version() {
        return new TraderSinkConnector().version();
    }

    @Override
    protected TraderSinkConnectorConfig parse(Map<String, String> props) {
        return new TraderSinkConnectorConfig(props);
    }

    @Override
    protected VenueRuntime connect(TraderSinkConnectorConfig config, AckSink acks, ReplyHistory history, Clock clock) {
        return TraderRuntime.connect(config, acks, history, clock);
    }

    @Override
    protected String name() {
        return "trader-sink";
    }

    @Override
    protected String historyOffWarning() {
        return "every createOrder with a clientOrderId is looked up in the Trader order history before sending; "
            + "other commands acknowledged but not committed before a crash are executed again";
    }
}
