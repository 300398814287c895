package com.kafkaconnectkraken.simulator.futures;

import com.kafkaconnectkraken.simulator.transport.ClientConnection;
import com.kafkaconnectkraken.simulator.transport.WsEndpoint;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kraken Futures WebSocket v1 endpoint ({@code wss://futures.kraken.com/ws/v1}, simulator path {@code /ws/v1};
 * https://docs.kraken.com/api/docs/guides/futures-websockets; docs/protocol/kraken-futures.md): {@code info} on
 * connect, {@code challenge}, and {@code subscribe}/{@code unsubscribe} of the public feeds ({@code ticker},
 * {@code ticker_lite}, {@code book}, {@code trade} per product; {@code heartbeat} once a second) and the private feeds
 * (see {@link AccountFeeds}).
 *
 * <p>A public (un)subscribe naming any product that is not served is refused as a whole with
 * {@value EventFrames#INVALID_PRODUCT}; otherwise one ack lists all the request's product ids, followed by one snapshot
 * per product for a subscribe. Subscribing again re-sends the snapshot; unsubscribing what is not subscribed is
 * acknowledged too. Malformed requests: see {@link FuturesRequest#parse}.
 */
final class FuturesEndpoint implements WsEndpoint {

    private static final Logger log = LoggerFactory.getLogger(FuturesEndpoint.class);

    private final Map<Long, FuturesSession> sessions = new ConcurrentHashMap<>();
    private final FuturesMarket market;
    private final AccountFeeds accountFeeds;
    private final FuturesCounters counters;
    private final Clock clock;

    FuturesEndpoint(FuturesMarket market, AccountFeeds accountFeeds, FuturesCounters counters, Clock clock) {
        this.market = market;
        this.accountFeeds = accountFeeds;
        this.counters = counters;
        this.clock = clock;
    }

    @Override
    public void onOpen(ClientConnection connection) {
        FuturesSession session = new FuturesSession(connection);
        sessions.put(connection.id(), session);
        counters.connectionAccepted();
        session.send(EventFrames.info());
    }

    @Override
    public void onText(ClientConnection connection, String text) {
        FuturesSession session = sessions.get(connection.id());
        if (session == null) {
            return;
        }
        FuturesRequest request;
        try {
            request = FuturesRequest.parse(text);
        } catch (RequestRejected e) {
            log.debug("Futures request refused on {}: {}", session, e.getMessage());
            session.send(e.reply());
            return;
        }
        if (FuturesRequest.CHALLENGE.equals(request.event())) {
            accountFeeds.challenge(session, request);
            return;
        }
        count(request);
        if (request.feed().authenticated()) {
            accountFeeds.handle(session, request);
        } else if (request.feed().perProduct()) {
            productFeed(session, request);
        } else {
            session.heartbeat(FuturesRequest.SUBSCRIBE.equals(request.event()));
            session.send(EventFrames.publicAck(request.ackEvent(), request.feed(), List.of()));
        }
    }

    private void count(FuturesRequest request) {
        if (!FuturesRequest.SUBSCRIBE.equals(request.event())) {
            return;
        }
        if (request.productIds().isEmpty()) {
            counters.subscribeReceived(request.feed(), null);
        }
        request.productIds().forEach(id -> counters.subscribeReceived(request.feed(), id));
    }

    private void productFeed(FuturesSession session, FuturesRequest request) {
        if (!request.productIds().stream().allMatch(market::serves)) {
            session.send(EventFrames.error(EventFrames.INVALID_PRODUCT));
            return;
        }
        session.send(EventFrames.publicAck(request.ackEvent(), request.feed(), request.productIds()));
        boolean subscribe = FuturesRequest.SUBSCRIBE.equals(request.event());
        for (String id : request.productIds()) {
            if (subscribe) {
                market.market(id).subscribe(session, request.feed());
            } else {
                market.market(id).unsubscribe(session, request.feed());
            }
        }
    }

    @Override
    public void onClose(ClientConnection connection) {
        FuturesSession session = sessions.remove(connection.id());
        if (session != null) {
            market.markets().forEach(m -> m.removeAll(session));
            accountFeeds.removeAll(session);
        }
    }

    /** Sends {@code {"feed":"heartbeat","time":ms}} to every session subscribed to {@code heartbeat}. */
    void heartbeat() {
        String frame = null;
        for (FuturesSession session : sessions.values()) {
            if (session.heartbeat()) {
                if (frame == null) {
                    frame = FuturesJson.write(PublicFrames.heartbeat(clock.millis()));
                }
                session.send(frame);
            }
        }
    }

    /** @return how many connections were dropped (no close frame) */
    int dropAll() {
        List<FuturesSession> all = new ArrayList<>(sessions.values());
        all.forEach(FuturesSession::abort);
        return all.size();
    }

    /** @return the number of open connections */
    int connectionCount() {
        return sessions.size();
    }
}
