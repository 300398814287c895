package com.kafkaconnectkraken.source.trader;

import com.kafkaconnectkraken.client.trader.protocol.TraderMessageType;
import com.kafkaconnectkraken.client.ws.TraderSubscription;
import com.kafkaconnectkraken.source.config.TraderSourceTaskConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * What one task subscribes (docs/protocol/trader-api.md §3), so that no record is produced by two tasks:
 * {@code subscribe} of its symbols for quoteEvent/executionEvent; on task 0 {@code subscribe} of every symbol for
 * portfolioEvent (its payload is the whole account's) and one {@code metricsSubscribe} per account; one
 * {@code depthSubscribe} per depth symbol of the task.
 */
final class TraderSubscriptions {

    private TraderSubscriptions() {
    }

    /** @return the task's subscriptions, in the order they are sent; empty when the task has nothing to stream */
    static List<TraderSubscription> of(TraderSourceTaskConfig config) {
        List<TraderSubscription> out = new ArrayList<>();
        List<TraderMessageType> perSymbol = config.events().stream().filter(e -> e != TraderMessageType.PORTFOLIO_EVENT).toList();
        if (!perSymbol.isEmpty() && !config.taskSymbols().isEmpty()) {
            out.add(new TraderSubscription.Events(config.taskSymbols(), perSymbol));
        }
        if (config.taskGlobal() && config.events().contains(TraderMessageType.PORTFOLIO_EVENT)) {
            out.add(new TraderSubscription.Events(config.symbols(), List.of(TraderMessageType.PORTFOLIO_EVENT)));
        }
        config.taskDepthSymbols().forEach(symbol -> out.add(new TraderSubscription.Depth(symbol, config.depth())));
        if (config.taskGlobal()) {
            config.accountIds().forEach(account -> out.add(new TraderSubscription.Metrics(account)));
        }
        return out;
    }

    /** @return whether this task recovers executions after a gap: it streams executionEvent and accounts are named */
    static boolean backfills(TraderSourceTaskConfig config) {
        return config.events().contains(TraderMessageType.EXECUTION_EVENT) && !config.taskSymbols().isEmpty()
                && !config.accountIds().isEmpty();
    }
}
