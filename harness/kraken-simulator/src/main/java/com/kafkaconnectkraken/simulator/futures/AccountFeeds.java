package com.kafkaconnectkraken.simulator.futures;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.futures.protocol.FuturesFeed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The private side of {@code /ws/v1}: challenges and the authenticated feeds
 * (https://docs.kraken.com/api/docs/futures-api/websocket/challenge, https://docs.kraken.com/api/docs/guides/futures-websockets;
 * docs/protocol/kraken-futures.md). A challenge is a new random UUID per request, remembered on the connection for the
 * requested key (issued for any key, known or not). A private (un)subscribe is accepted only if
 * {@code original_challenge} was issued on this connection for {@code api_key}, the key belongs to an account and
 * {@code signed_challenge} is the account secret's signature of it; otherwise the alert
 * {@value EventFrames#AUTH_FAILED} is sent. An accepted subscribe is acknowledged (echoing the three auth fields) and
 * followed by the feed's snapshot, atomically with respect to the account's updates.
 */
final class AccountFeeds {

    private final FuturesAccounts accounts;
    private final FuturesMarket market;
    private final FuturesCounters counters;
    private final Clock clock;
    private final List<ObjectNode> notifications = new ArrayList<>();

    AccountFeeds(FuturesAccounts accounts, FuturesMarket market, FuturesCounters counters, Clock clock) {
        this.accounts = accounts;
        this.market = market;
        this.counters = counters;
        this.clock = clock;
    }

    /** Answers {@code {"event":"challenge","message":uuid}} and remembers it on the session for the key. */
    void challenge(FuturesSession session, FuturesRequest request) {
        String challenge = UUID.randomUUID().toString();
        session.issue(challenge, request.apiKey());
        counters.challengeIssued();
        session.send(EventFrames.challenge(challenge));
    }

    /** Subscribes (ack + snapshot) or unsubscribes (ack) a private feed, or sends the auth-failure alert. */
    void handle(FuturesSession session, FuturesRequest request) {
        Optional<FuturesAccount> found = authenticate(session, request);
        if (found.isEmpty()) {
            counters.authFailed();
            session.send(EventFrames.alert(EventFrames.AUTH_FAILED));
            return;
        }
        FuturesAccount account = found.get();
        synchronized (account) {
            session.send(EventFrames.privateAck(request.ackEvent(), request));
            if (FuturesRequest.SUBSCRIBE.equals(request.event())) {
                session.send(snapshot(request.feed(), account));
                account.subscribe(request.feed(), session);
            } else {
                account.unsubscribe(request.feed(), session);
            }
        }
    }

    private Optional<FuturesAccount> authenticate(FuturesSession session, FuturesRequest request) {
        if (!session.issuedFor(request.originalChallenge(), request.apiKey())) {
            return Optional.empty();
        }
        return accounts.find(request.apiKey())
                .filter(a -> ChallengeSignature.matches(a.secretBase64, request.originalChallenge(), request.signedChallenge()));
    }

    private ObjectNode snapshot(FuturesFeed feed, FuturesAccount account) {
        long now = clock.millis();
        return switch (feed) {
            case FILLS -> AccountFrames.fillsSnapshot(account);
            case OPEN_ORDERS, OPEN_ORDERS_VERBOSE -> AccountFrames.ordersSnapshot(feed, account);
            case OPEN_POSITIONS -> WalletFrames.positions(account, market, now);
            case BALANCES -> WalletFrames.balances(FuturesFeed.BALANCES.snapshotFeed().orElseThrow(), account, market::usdPrice, now);
            case ACCOUNT_LOG -> AccountFrames.logSnapshot(account);
            case NOTIFICATIONS_AUTH -> AccountFrames.notifications(notifications());
            default -> throw new IllegalArgumentException("Not a private feed: " + feed);
        };
    }

    /** Records a platform notification and sends it to every {@code notifications_auth} subscriber. */
    ObjectNode addNotification(String type, String priority, String note) {
        ObjectNode notification = FuturesJson.object();
        synchronized (notifications) {
            notification.put("id", notifications.size() + 1L);
            notification.put("type", type);
            notification.put("priority", priority);
            notification.put("note", note);
            notification.put("effective_time", clock.millis());
            notifications.add(notification);
        }
        for (FuturesAccount account : accounts.all()) {
            synchronized (account) {
                account.publish(FuturesFeed.NOTIFICATIONS_AUTH, () -> AccountFrames.notifications(List.of(notification)));
            }
        }
        return notification;
    }

    private List<ObjectNode> notifications() {
        synchronized (notifications) {
            return List.copyOf(notifications);
        }
    }

    /** Forgets a disconnected session on every account. */
    void removeAll(FuturesSession session) {
        for (FuturesAccount account : accounts.all()) {
            synchronized (account) {
                account.removeAll(session);
            }
        }
    }
}
