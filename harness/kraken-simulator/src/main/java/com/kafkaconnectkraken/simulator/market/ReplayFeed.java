package com.kafkaconnectkraken.simulator.market;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays a {@link ReplayRecording}: every subscription gets its own copy of the recorded stream
 * for its channel and symbol from the start: ack, the recorded snapshot (if requested), then the
 * recorded updates verbatim at {@code framesPerSecond} each. The replay loops: when a subscription has sent its
 * last recorded update, its connection is closed (code 1001, going away, as Kraken does in maintenance), so the
 * client reconnects and resubscribes and gets the recording again from its snapshot. A client keeping books
 * drops them at the disconnect (a reset) and builds them afresh from that snapshot, so every checksum of the
 * next round matches again. Book depth in the request is acknowledged but the
 * recorded frames are sent as recorded. On start, the exchange is told the recorded snapshot's
 * best bid and ask.
 */
final class ReplayFeed implements MarketFeed {

    private static final Logger log = LoggerFactory.getLogger(ReplayFeed.class);

    private static final class Cursor {
        final ChannelSubscription sub;
        final List<String> updates;
        int next;

        Cursor(ChannelSubscription sub, List<String> updates) {
            this.sub = sub;
            this.updates = updates;
        }
    }

    private final ReplayRecording recording;
    private final ChannelSubscriptions registry;
    private final BboListener bbo;
    private final List<Cursor> cursors = new CopyOnWriteArrayList<>();
    private final Pacer pacer;

    ReplayFeed(ReplayRecording recording, double framesPerSecond, ChannelSubscriptions registry, BboListener bbo) {
        this.recording = recording;
        this.registry = registry;
        this.bbo = bbo;
        this.pacer = new Pacer("kraken-simulator-replay", framesPerSecond, this::advance);
    }

    @Override
    public List<Instrument> instruments() {
        List<Instrument> out = new ArrayList<>();
        recording.symbols().forEach(s -> out.add(Instrument.forSymbol(s)));
        return out;
    }

    @Override
    public boolean supports(String symbol) {
        return recording.symbols().contains(symbol);
    }

    @Override
    public synchronized void subscribe(ChannelSubscription sub, String ack) {
        ReplayRecording.Stream stream = recording.stream(sub.channel().wireName(), sub.symbol());
        sub.connection().send(ack);
        if (sub.snapshot() && stream.snapshot() != null) {
            sub.connection().send(stream.snapshot());
        }
        registry.add(sub);
        cursors.add(new Cursor(sub, stream.updates()));
    }

    @Override
    public synchronized ChannelSubscription unsubscribe(ChannelSubscription candidate) {
        ChannelSubscription removed = registry.remove(candidate);
        cursors.removeIf(c -> c.sub.equals(removed));
        return removed;
    }

    /** Sends up to {@code n} next frames to every subscription that has frames left. */
    private synchronized void advance(long n) {
        for (Cursor cursor : cursors) {
            if (!cursor.sub.connection().isOpen()) {
                cursors.remove(cursor);
                continue;
            }
            for (long i = 0; i < n && cursor.next < cursor.updates.size(); i++) {
                cursor.sub.connection().send(cursor.updates.get(cursor.next++));
            }
            if (!cursor.updates.isEmpty() && cursor.next >= cursor.updates.size()) {
                restart(cursor.sub);
            }
        }
    }

    /** The recording ended for {@code sub}: close its connection so the client resubscribes from the snapshot. */
    private void restart(ChannelSubscription sub) {
        log.info("Replay of {} {} ended after {} updates: closing the connection, the client's resubscription starts "
                + "it again from the recorded snapshot", sub.channel().wireName(), sub.symbol(),
                recording.stream(sub.channel().wireName(), sub.symbol()).updates().size());
        cursors.removeIf(c -> c.sub.connection() == sub.connection());
        sub.connection().close(1001, "replay restarts: reconnect and resubscribe");
    }

    @Override
    public void start() {
        for (String symbol : recording.symbols()) {
            announceBbo(symbol, recording.stream(SpotChannel.BOOK.wireName(), symbol).snapshot());
        }
        pacer.start();
    }

    private void announceBbo(String symbol, String snapshot) {
        if (snapshot == null) {
            return;
        }
        try {
            JsonNode data = KrakenJson.mapper().readTree(snapshot).path("data").path(0);
            if (data.path("bids").size() > 0 && data.path("asks").size() > 0) {
                bbo.onBbo(symbol, data.path("bids").path(0).path("price").decimalValue(),
                        data.path("asks").path(0).path("price").decimalValue());
            }
        } catch (JsonProcessingException e) {
            log.warn("Recorded {} book snapshot is not JSON; exchange gets no market price", symbol, e);
        }
    }

    @Override
    public void close() {
        pacer.close();
    }
}
