package com.kafkaconnectkraken.simulator;

import com.kafkaconnectkraken.client.KrakenEndpoints;
import com.kafkaconnectkraken.simulator.exchange.Exchange;
import com.kafkaconnectkraken.simulator.futures.FuturesExchange;
import com.kafkaconnectkraken.simulator.market.MarketService;
import com.kafkaconnectkraken.simulator.market.ReplayRecording;
import com.kafkaconnectkraken.simulator.server.ServerEndpoints;
import com.kafkaconnectkraken.simulator.server.SimulatorServer;
import com.kafkaconnectkraken.simulator.trader.TraderExchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;

/**
 * A local Kraken Spot exchange speaking WebSocket v2 and REST on one loopback port, for tests,
 * benchmarks and the offline demo.
 *
 * <pre>{@code
 * try (KrakenSimulator sim = KrakenSimulator.builder().symbols("BTC/USD", "ETH/USD").seed(42).rate(5_000).build().start()) {
 *     KrakenEndpoints endpoints = sim.endpoints();   // ws://127.0.0.1:<port>/public/v2, ...
 *     sim.faults().corruptNextChecksum("BTC/USD");
 * }
 * }</pre>
 *
 * URLs: public {@code ws://127.0.0.1:<port>/public/v2}, private {@code /auth/v2}, level3
 * {@code /l3/v2}, REST base {@code http://127.0.0.1:<port>} (paths {@code /0/public/*},
 * {@code /0/private/*}). Market data comes from a seeded generator or a replayed recording
 * ({@link KrakenSimulatorBuilder#replay(String)}); trading, private channels, REST and WS tokens
 * come from the {@link Exchange}.
 *
 * <p>Kraken Futures (derivatives) WebSocket v1 is served on the same port at {@code /ws/v1}
 * ({@link #futuresWs()}) and its instruments list at {@code /derivatives/api/v3/instruments}
 * ({@link #futuresRest()} is the base); its market, accounts and test hooks are {@link #futures()}.
 *
 * <p>The Trader WebSocket API (docs/protocol/trader-api.md) is served on the same port too: login at
 * {@code POST /api/v1/login} ({@link #traderRest()} is the base), the socket at {@code /api/v1/ws?token=<JWT>}
 * ({@link #traderWs()}); its users, quotes, orders and test hooks are {@link #trader()}.
 */
public final class KrakenSimulator implements AutoCloseable {

    private final Exchange exchange;
    private final MarketService market;
    private final SimulatorServer server;
    private final SimulatorFaults faults;
    private final FuturesExchange futures;
    private final TraderExchange trader;

    KrakenSimulator(KrakenSimulatorBuilder config) {
        this.exchange = new Exchange(config.exchangeConfig());
        config.accounts().forEach(a -> exchange.addAccount(a.getKey(), a.getValue()));
        this.futures = new FuturesExchange(config.futuresProducts(), config.seed(), config.futuresRate(), Clock.systemUTC());
        config.futuresAccounts().forEach(a -> futures.addAccount(a.getKey(), a.getValue()));
        this.trader = new TraderExchange(config.traderSettings(), Clock.systemUTC());
        this.market = config.replaySource() == null
                ? MarketService.generator(config.symbols(), config.seed(), config.rate(), exchange.tokens(),
                        exchange::updateMarket)
                : MarketService.replay(loadRecording(config.replaySource()), config.rate(), exchange.tokens(),
                        exchange::updateMarket);
        this.server = new SimulatorServer(config.port(), new ServerEndpoints(market.publicEndpoint(),
                exchange.privateEndpoint(), market.level3Endpoint(), exchange.restEndpoint(), futures.endpoint(),
                futures.restEndpoint(), trader.endpoint(), trader.restEndpoint()), config.idleTimeout(), config.futuresIdleTimeout(), config.maxQueuedFrames());
        this.faults = new SimulatorFaults(server, market.faults(), exchange.faults());
        if (config.faultControl()) {
            server.addRestHandler(FaultControl.PREFIX, new FaultControl(faults));
        }
    }

    /** @return a builder with defaults: ephemeral port, BTC/USD and ETH/USD, seed 1, 1000 events/s, 60 s idle timeout */
    public static KrakenSimulatorBuilder builder() {
        return new KrakenSimulatorBuilder();
    }

    private static ReplayRecording loadRecording(String source) {
        try {
            return ReplayRecording.load(source);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read replay recording " + source, e);
        }
    }

    /**
     * Binds the port and starts market data.
     *
     * @return this simulator
     */
    public KrakenSimulator start() {
        server.start();
        market.start();
        futures.start();
        trader.start();
        return this;
    }

    /** @return the bound port (after {@link #start()}) */
    public int port() {
        return server.port();
    }

    /** @return {@code ws://127.0.0.1:<port>/public/v2} */
    public URI publicWs() {
        return server.uri("ws", "/public/v2");
    }

    /** @return {@code ws://127.0.0.1:<port>/auth/v2} */
    public URI privateWs() {
        return server.uri("ws", "/auth/v2");
    }

    /** @return {@code ws://127.0.0.1:<port>/l3/v2} */
    public URI level3Ws() {
        return server.uri("ws", "/l3/v2");
    }

    /** @return the REST base URL {@code http://127.0.0.1:<port>} (no path) */
    public URI rest() {
        return server.uri("http", "");
    }

    /** @return {@code ws://127.0.0.1:<port>/ws/v1}, the Kraken Futures WebSocket v1 ({@code wss://futures.kraken.com/ws/v1}) */
    public URI futuresWs() {
        return server.uri("ws", "/ws/v1");
    }

    /**
     * @return the Futures REST base {@code http://127.0.0.1:<port>} (no path; Kraken: {@code https://futures.kraken.com}),
     *         serving {@code /derivatives/api/v3/instruments}
     */
    public URI futuresRest() {
        return server.uri("http", "");
    }

    /** @return the simulated Futures venue (products, accounts, fills, orders, faults, counters) */
    public FuturesExchange futures() {
        return futures;
    }

    /**
     * @return {@code ws://127.0.0.1:<port>/api/v1/ws}, the Trader WebSocket API ({@code wss://<trader-host>/api/v1/ws});
     *         clients append {@code ?token=<JWT>}
     */
    public URI traderWs() {
        return server.uri("ws", "/api/v1/ws");
    }

    /** @return the Trader REST base {@code http://127.0.0.1:<port>} (no path), serving {@code POST /api/v1/login} */
    public URI traderRest() {
        return server.uri("http", "");
    }

    /** @return the simulated Trader venue (users, quotes, orders, positions, faults, counters) */
    public TraderExchange trader() {
        return trader;
    }

    /** @return all four Spot URLs, ready for the project's Kraken clients */
    public KrakenEndpoints endpoints() {
        return new KrakenEndpoints(publicWs(), privateWs(), level3Ws(), rest());
    }

    /** @return the v2 symbols served (generator: as configured; replay: as recorded) */
    public List<String> symbols() {
        return market.symbols();
    }

    /** @return the number of open WebSocket connections on all paths (Spot, Futures and Trader) */
    public int openConnections() {
        return server.openConnections();
    }

    /** @return runtime fault injection */
    public SimulatorFaults faults() {
        return faults;
    }

    /** @return the simulated exchange (accounts, matching engine, its own fault controls) */
    public Exchange exchange() {
        return exchange;
    }

    /** Stops market data, drops all connections and releases the port. */
    @Override
    public void close() {
        market.close();
        futures.close();
        trader.close();
        server.close();
        exchange.close();
    }
}
