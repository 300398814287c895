package com.kafkaconnectkraken.simulator.market;

import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import com.kafkaconnectkraken.simulator.transport.TokenVerifier;
import com.kafkaconnectkraken.simulator.transport.WsEndpoint;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The simulator's market-data side: a feed (seeded generator or replay), the public endpoint
 * ({@code ticker, book, trade, ohlc, instrument}) and the level3 endpoint ({@code level3}, token
 * checked), heartbeats and the market-data {@link MarketFaults}.
 */
public final class MarketService implements AutoCloseable {

    private final ChannelSubscriptions registry = new ChannelSubscriptions();
    private final MarketFaults faults = new MarketFaults();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kraken-simulator-market");
        t.setDaemon(true);
        return t;
    });
    private final MarketFeed feed;
    private final MarketEndpoint publicEndpoint;
    private final MarketEndpoint level3Endpoint;

    private MarketService(FeedFactory factory, TokenVerifier tokens) {
        this.feed = factory.create(registry, faults);
        this.publicEndpoint = new MarketEndpoint(EnumSet.of(SpotChannel.TICKER, SpotChannel.BOOK, SpotChannel.TRADE,
                SpotChannel.OHLC, SpotChannel.INSTRUMENT), feed, registry, faults, null, scheduler);
        this.level3Endpoint = new MarketEndpoint(EnumSet.of(SpotChannel.LEVEL3), feed, registry, faults, tokens, scheduler);
    }

    private interface FeedFactory {
        MarketFeed create(ChannelSubscriptions registry, MarketFaults faults);
    }

    /**
     * A seeded random-walk market.
     *
     * @param symbols         v2 symbols, e.g. {@code BTC/USD}
     * @param seed            random seed: the same seed gives the same order flow
     * @param eventsPerSecond market events per second over all symbols (0 = frozen)
     * @param tokens          level3 token verifier
     * @param bbo             told every best bid/ask change
     * @return the service, not yet started
     */
    public static MarketService generator(List<String> symbols, long seed, double eventsPerSecond,
                                          TokenVerifier tokens, BboListener bbo) {
        return new MarketService((r, f) -> new GeneratorFeed(symbols, seed, eventsPerSecond, r, f, bbo), tokens);
    }

    /**
     * A replay of recorded frames.
     *
     * @param recording       the recording
     * @param framesPerSecond recorded updates per second per subscription
     * @param tokens          level3 token verifier
     * @param bbo             told the recorded snapshot's best bid/ask on start
     * @return the service, not yet started
     */
    public static MarketService replay(ReplayRecording recording, double framesPerSecond, TokenVerifier tokens,
                                       BboListener bbo) {
        return new MarketService((r, f) -> new ReplayFeed(recording, framesPerSecond, r, bbo), tokens);
    }

    /** @return the endpoint for {@code /public/v2} */
    public WsEndpoint publicEndpoint() {
        return publicEndpoint;
    }

    /** @return the endpoint for {@code /l3/v2} */
    public WsEndpoint level3Endpoint() {
        return level3Endpoint;
    }

    /** @return the market-data fault switches */
    public MarketFaults faults() {
        return faults;
    }

    /** @return the symbols served */
    public List<String> symbols() {
        return feed.instruments().stream().map(Instrument::symbol).toList();
    }

    /** Starts the feed and the 1 s heartbeat. */
    public void start() {
        feed.start();
        scheduler.scheduleAtFixedRate(() -> {
            publicEndpoint.heartbeat();
            level3Endpoint.heartbeat();
        }, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        feed.close();
    }
}
