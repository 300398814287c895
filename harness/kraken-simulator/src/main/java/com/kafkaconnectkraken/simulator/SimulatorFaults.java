package com.kafkaconnectkraken.simulator;

import com.kafkaconnectkraken.simulator.exchange.Exchange;
import com.kafkaconnectkraken.simulator.exchange.ExchangeFaults;
import com.kafkaconnectkraken.simulator.market.MarketFaults;
import com.kafkaconnectkraken.simulator.server.SimulatorServer;
import java.time.Duration;

/**
 * Fault injection for one running {@link KrakenSimulator}, switchable at any time from a test.
 * Market-data faults act on {@code /public/v2} and {@code /l3/v2}; exchange-side faults (REST
 * errors, delayed trading acks, expired tokens) belong to the {@link Exchange} and are reached
 * through {@link #exchange()}.
 */
public final class SimulatorFaults {

    private final SimulatorServer server;
    private final MarketFaults market;
    private final ExchangeFaults exchange;

    SimulatorFaults(SimulatorServer server, MarketFaults market, ExchangeFaults exchange) {
        this.server = server;
        this.market = market;
        this.exchange = exchange;
    }

    /**
     * Drops every open WebSocket connection (public, private and level3) without a close frame,
     * as if the network failed. Clients see an abrupt end of stream; new connections are accepted.
     *
     * @return how many connections were dropped
     */
    public int dropAllConnections() {
        return server.abortAllConnections();
    }

    /**
     * Stops (or resumes) everything the market-data endpoints send (data, heartbeats, acks, pongs)
     * without closing connections; frames produced while stalled are discarded.
     *
     * @param stalled {@code true} to stall, {@code false} to resume
     */
    public void stall(boolean stalled) {
        market.stall(stalled);
    }

    /**
     * The next {@code book} (and {@code level3}) update of {@code symbol} carries checksum + 1; the
     * book stays correct, so later frames verify again (generator mode).
     *
     * @param symbol v2 symbol, e.g. {@code BTC/USD}
     */
    public void corruptNextChecksum(String symbol) {
        market.corruptNextChecksum(symbol);
    }

    /**
     * Sends one invalid-JSON frame ({@link MarketFaults#MALFORMED_FRAME}) on every open
     * market-data connection.
     *
     * @return how many connections received it
     */
    public int sendMalformedFrame() {
        return market.sendMalformedFrame();
    }

    /**
     * Delays subscribe acks (and their snapshots) on the market-data endpoints.
     *
     * @param delay delay; {@link Duration#ZERO} to answer immediately again
     */
    public void delaySubscribeAcks(Duration delay) {
        market.delaySubscribeAcks(delay);
    }

    /** @return the market-data fault switches themselves */
    public MarketFaults market() {
        return market;
    }

    /**
     * Exchange-side faults, owned by the {@link Exchange}: {@code failNextRestCalls(n, error)} (e.g.
     * {@link ExchangeFaults#RATE_LIMIT}, {@link ExchangeFaults#UNAVAILABLE},
     * {@link ExchangeFaults#INVALID_NONCE}), {@code delayTradingAcks(Duration)},
     * {@code expireAllTokens()}, {@code dropPrivateConnections()}.
     *
     * @return the exchange's fault switches
     */
    public ExchangeFaults exchange() {
        return exchange;
    }

    /** Turns every market-data and exchange fault off (connections already dropped stay dropped). */
    public void reset() {
        market.reset();
        exchange.reset();
    }
}
