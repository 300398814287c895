package com.kafkaconnectkraken.sink.trader;

import com.kafkaconnectkraken.sink.CommandGate;
import com.kafkaconnectkraken.sink.CommandProcessor;
import com.kafkaconnectkraken.sink.VenueRuntime;
import com.kafkaconnectkraken.sink.auth.CommandAuthenticator;
import com.kafkaconnectkraken.sink.command.TraderCommand;
import com.kafkaconnectkraken.sink.command.TraderCommandParser;
import com.kafkaconnectkraken.sink.guard.PreTradeGuard;
import com.kafkaconnectkraken.sink.guard.SymbolLimits;
import com.kafkaconnectkraken.sink.redelivery.RedeliveryCheck;
import com.kafkaconnectkraken.sink.reply.AckSink;
import com.kafkaconnectkraken.sink.reply.ReplyHistory;
import com.kafkaconnectkraken.sink.send.CommandExecutor;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * A connected Trader sink task: the {@link TraderTrading} socket and the shared command pipeline over it
 * (the same gate, guards, redelivery check, executor and acknowledgements as the Kraken sink; the Trader
 * parser, correlation and {@link TraderReconciler}). The Trader API has no dead man's switch and no
 * documented rate counter (the socket paces its messages instead).
 */
final class TraderRuntime implements VenueRuntime {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

    private final TraderTrading trading;
    private final CommandProcessor<TraderCommand> processor;
    private boolean closed;

    private TraderRuntime(TraderTrading trading, CommandProcessor<TraderCommand> processor) {
        this.trading = trading;
        this.processor = processor;
    }

    /**
     * Connects and wires the pipeline.
     *
     * @throws com.kafkaconnectkraken.sink.send.TransientCommandException when the Trader API is unreachable
     */
    static TraderRuntime connect(TraderSinkConnectorConfig config, AckSink acks, ReplyHistory history, Clock clock) {
        TraderTrading trading = new TraderTrading(config);
        try {
            trading.connect(CONNECT_TIMEOUT);
        } catch (RuntimeException e) {
            trading.close();
            throw e;
        }
        return new TraderRuntime(trading, pipeline(config, trading, acks, history, clock));
    }

    /** @return the shared pipeline over a Trader connection */
    static CommandProcessor<TraderCommand> pipeline(TraderSinkConnectorConfig config, TraderTrading trading, AckSink acks,
                                                   ReplyHistory history, Clock clock) {
        CommandAuthenticator auth = config.commandHmacKey() == null ? null
            : new CommandAuthenticator(config.commandHmacKey().value(), config.commandHmacHeader());
        PreTradeGuard guard = new PreTradeGuard(config.guardSymbols(), config.guardOrderTypes(),
            SymbolLimits.parse(config.guardMaxQty()), SymbolLimits.parse(config.guardMaxNotional()));
        CommandGate<TraderCommand> gate = new CommandGate<>(new TraderCommandParser(config.deriveClientOrderIds()), auth,
            config.commandMaxAge(), command -> Optional.empty(), guard, clock);
        CommandExecutor<TraderCommand> executor = new CommandExecutor<>(trading,
            new TraderReconciler(trading.executions(), trading.history(), clock), acks, (command, ack) -> { },
            config.wsRequestTimeout(), clock);
        return new CommandProcessor<>(gate, new RedeliveryCheck(trading.executions(), trading.history(), clock), null,
            executor, acks, history, clock, !config.replyHistoryLookup());
    }

    @Override
    public CommandProcessor<TraderCommand> processor() {
        return processor;
    }

    @Override
    public boolean connected() {
        return trading.isConnected();
    }

    /** Nothing to do: the Trader API has no dead man's switch. */
    @Override
    public void unhealthy() {
    }

    @Override
    public synchronized void close(boolean clean) {
        if (!closed) {
            closed = true;
            trading.close();
        }
    }
}
