package com.kafkaconnectkraken.sink;

import com.kafkaconnectkraken.client.spot.protocol.TradingTier;
import com.kafkaconnectkraken.sink.auth.CommandAuthenticator;
import com.kafkaconnectkraken.sink.command.CommandMethod;
import com.kafkaconnectkraken.sink.command.CommandParser;
import com.kafkaconnectkraken.sink.command.OrderCommand;
import com.kafkaconnectkraken.sink.config.KrakenSinkConnectorConfig;
import com.kafkaconnectkraken.sink.dms.DeadMansSwitch;
import com.kafkaconnectkraken.sink.guard.PlacedOrders;
import com.kafkaconnectkraken.sink.guard.PreTradeGuard;
import com.kafkaconnectkraken.sink.guard.SymbolLimits;
import com.kafkaconnectkraken.sink.guard.TradingRateLimiter;
import com.kafkaconnectkraken.sink.reconcile.Reconciler;
import com.kafkaconnectkraken.sink.redelivery.RedeliveryCheck;
import com.kafkaconnectkraken.sink.reply.AckSink;
import com.kafkaconnectkraken.sink.reply.ReplyHistory;
import com.kafkaconnectkraken.sink.send.CommandExecutor;
import com.kafkaconnectkraken.sink.send.KrakenTrading;
import com.kafkaconnectkraken.sink.send.SpotPlacements;
import com.kafkaconnectkraken.sink.send.TransientCommandException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything a connected task needs, wired from the config: the Kraken connection, the command
 * pipeline and the dead man's switch. Created once the connection is up; a failed first connect
 * leaves nothing behind.
 */
final class TradingRuntime implements VenueRuntime, AutoCloseable {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

    private final KrakenTrading trading;
    private final CommandProcessor<OrderCommand> processor;
    private final DeadMansSwitch dms;
    private boolean closed;

    private TradingRuntime(KrakenTrading trading, CommandProcessor<OrderCommand> processor, DeadMansSwitch dms) {
        this.trading = trading;
        this.processor = processor;
        this.dms = dms;
    }

    /**
     * Connects to Kraken and wires the pipeline.
     *
     * @throws com.kafkaconnectkraken.sink.send.TransientCommandException when Kraken is unreachable
     */
    static TradingRuntime connect(KrakenSinkConnectorConfig config, AckSink acks, ReplyHistory history,
                                  PlacedOrders orders, Clock clock) {
        KrakenTrading trading = new KrakenTrading(config);
        try {
            trading.connect(CONNECT_TIMEOUT);
        } catch (RuntimeException e) {
            trading.close();
            throw e;
        }
        CommandExecutor<OrderCommand> executor = new CommandExecutor<>(trading,
            new Reconciler(trading.executions(), trading.history(), clock), acks, new SpotPlacements(orders, clock),
            config.wsRequestTimeout(), clock);
        CommandProcessor<OrderCommand> processor = new CommandProcessor<>(gate(config, clock),
            new RedeliveryCheck(trading.executions(), trading.history(), clock), limiter(config, orders, clock),
            executor, acks, history, clock, !config.replyHistoryLookup());
        DeadMansSwitch dms = null;
        if (config.dmsEnabled()) {
            dms = new DeadMansSwitch(trading, config.dmsRefreshInterval(), config.dmsTimeoutSeconds());
            dms.start();
        }
        return new TradingRuntime(trading, processor, dms);
    }

    private static CommandGate<OrderCommand> gate(KrakenSinkConnectorConfig config, Clock clock) {
        CommandAuthenticator auth = config.commandHmacKey() == null ? null
            : new CommandAuthenticator(config.commandHmacKey().value(), config.commandHmacHeader());
        PreTradeGuard guard = new PreTradeGuard(config.guardSymbols(), config.guardOrderTypes(),
            SymbolLimits.parse(config.guardMaxQty()), SymbolLimits.parse(config.guardMaxNotional()));
        return new CommandGate<>(CommandParser::parse, auth, config.commandMaxAge(), dmsRule(config.dmsEnabled()), guard,
            clock);
    }

    /** @return refuses cancel_all_orders_after while the connector owns the dead man's switch */
    static Function<OrderCommand, Optional<String>> dmsRule(boolean dmsManaged) {
        return command -> dmsManaged && command.method() == CommandMethod.CANCEL_ALL_ORDERS_AFTER
            ? Optional.of("cancel_all_orders_after is managed by the connector's dead man's switch (dms.enabled=true)")
            : Optional.empty();
    }

    private static TradingRateLimiter limiter(KrakenSinkConnectorConfig config, PlacedOrders orders, Clock clock) {
        return "none".equals(config.guardRateTier()) ? null
            : new TradingRateLimiter(TradingTier.of(config.guardRateTier()), clock, orders);
    }

    @Override
    public CommandProcessor<OrderCommand> processor() {
        return processor;
    }

    @Override
    public boolean connected() {
        return trading.isConnected();
    }

    /** Stops refreshing the dead man's switch (an unhealthy task lets it fire). */
    @Override
    public void unhealthy() {
        if (dms != null) {
            dms.healthy(false);
        }
    }

    /**
     * @param clean true on a clean stop: the dead man's switch is disarmed; false leaves it armed
     */
    @Override
    public synchronized void close(boolean clean) {
        if (closed) {
            return;
        }
        closed = true;
        if (dms != null) {
            if (clean) {
                dms.close();
            } else {
                dms.abandon();
            }
        }
        trading.close();
    }

    @Override
    public void close() {
        close(true);
    }
}
