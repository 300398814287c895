package com.kafkaconnectkraken.simulator.market;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The deterministic generator: one {@link SymbolMarket} per configured symbol, stepped round-robin
 * at {@code eventsPerSecond} in total by one thread. Each step changes one price level and
 * publishes a {@code book} (and {@code level3}) update to subscribers whose depth it touches; about
 * one step in seven is a trade, which also publishes {@code trade}, {@code ticker} and
 * {@code ohlc} updates.
 */
final class GeneratorFeed implements MarketFeed {

    private static final Logger log = LoggerFactory.getLogger(GeneratorFeed.class);

    private final Map<String, SymbolMarket> markets = new LinkedHashMap<>();
    private final SymbolMarket[] order;
    private final ChannelSubscriptions registry;
    private final Pacer pacer;
    private long next;

    GeneratorFeed(List<String> symbols, long seed, double eventsPerSecond, ChannelSubscriptions registry,
                  MarketFaults faults, BboListener bbo) {
        if (symbols.isEmpty()) {
            throw new IllegalArgumentException("At least one symbol is required");
        }
        for (String symbol : symbols) {
            markets.put(symbol, new SymbolMarket(Instrument.forSymbol(symbol), seed, registry, faults, bbo));
        }
        this.order = markets.values().toArray(new SymbolMarket[0]);
        this.registry = registry;
        this.pacer = new Pacer("kraken-simulator-generator", eventsPerSecond, this::step);
        log.info("Generator for {} at {} events/s, seed {}", markets.keySet(), eventsPerSecond, seed);
    }

    /** Performs {@code n} steps, round-robin over the symbols. */
    void step(long n) {
        for (long i = 0; i < n; i++) {
            order[(int) (next++ % order.length)].step();
        }
    }

    @Override
    public List<Instrument> instruments() {
        List<Instrument> out = new ArrayList<>();
        markets.values().forEach(m -> out.add(m.instrument()));
        return out;
    }

    @Override
    public boolean supports(String symbol) {
        return markets.containsKey(symbol);
    }

    @Override
    public void subscribe(ChannelSubscription subscription, String ack) {
        markets.get(subscription.symbol()).subscribe(subscription, ack);
    }

    @Override
    public ChannelSubscription unsubscribe(ChannelSubscription candidate) {
        SymbolMarket market = markets.get(candidate.symbol());
        if (market == null) {
            return null;
        }
        synchronized (market) {
            return registry.remove(candidate);
        }
    }

    @Override
    public void start() {
        pacer.start();
    }

    @Override
    public void close() {
        pacer.close();
    }
}
