package com.kafkaconnectkraken.client.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionRegistryTest {

    private final SubscriptionRegistry registry = new SubscriptionRegistry();
    private final Subscription book10 = Subscription.of(SpotChannel.BOOK, List.of("BTC/USD", "ETH/USD")).withParam("depth", 10);
    private final Subscription book100 = Subscription.of(SpotChannel.BOOK, List.of("BTC/USD")).withParam("depth", 100);

    @Test
    void confirmedSymbolsAreRegroupedPerChannelAndParams() {
        registry.confirm(book10, List.of("BTC/USD"));
        registry.confirm(book100, List.of("BTC/USD"));
        registry.confirm(book10.withSymbols(List.of("SOL/USD")), List.of("SOL/USD"));
        registry.confirm(book10, List.of("ETH/USD"));
        assertEquals(List.of(
                Subscription.of(SpotChannel.BOOK, List.of("BTC/USD", "SOL/USD", "ETH/USD")).withParam("depth", 10),
                Subscription.of(SpotChannel.BOOK, List.of("BTC/USD")).withParam("depth", 100)), registry.active());
    }

    @Test
    void symbolsOutsideTheSubscriptionAreIgnored() {
        registry.confirm(book100, List.of("BTC/USD", "DOGE/USD"));
        assertEquals(List.of(book100), registry.active());
    }

    @Test
    void removingTheLastSymbolRemovesTheSubscription() {
        registry.confirm(book10, List.of("BTC/USD", "ETH/USD"));
        registry.remove(book10, List.of("BTC/USD"));
        assertEquals(List.of(book10.withSymbols(List.of("ETH/USD"))), registry.active());
        registry.remove(book10, List.of("ETH/USD"));
        assertTrue(registry.isEmpty());
    }

    @Test
    void channelWithoutSymbolsIsActiveUntilRemoved() {
        Subscription executions = Subscription.of(SpotChannel.EXECUTIONS, List.of()).withParam("snap_orders", true);
        registry.confirm(executions, List.of());
        assertEquals(List.of(executions), registry.active());
        registry.remove(executions, List.of());
        assertTrue(registry.isEmpty());
    }

    @Test
    void removingSomethingNeverSubscribedIsHarmless() {
        registry.remove(book10, List.of("BTC/USD"));
        assertTrue(registry.isEmpty());
    }

    @Test
    void acksFromTheDocsConfirmEverySymbol() {
        Subscription algoMatic = Subscription.of(SpotChannel.BOOK, List.of("ALGO/USD", "MATIC/USD"));
        List<KrakenWsResponse> acks = List.of(
                Frames.response(Frames.vector("ws-v2/book.json", "subscribe_acks", 0)),
                Frames.response(Frames.vector("ws-v2/book.json", "subscribe_acks", 1)));
        SubscriptionAcks outcome = SubscriptionAcks.evaluate(algoMatic, acks);
        assertEquals(List.of("ALGO/USD", "MATIC/USD"), List.copyOf(outcome.confirmed()));
        assertTrue(outcome.failures().isEmpty());
    }

    @Test
    void failedSymbolAckCarriesSymbolAndError() {
        Subscription two = Subscription.of(SpotChannel.TICKER, List.of("ALGO/USD", "BTC/USD"));
        List<KrakenWsResponse> acks = List.of(
                Frames.response(Frames.vector("ws-v2/ticker.json", "subscribe_ack")),
                Frames.response(Frames.vector("ws-v2/connection.json", "unsubscribe_not_subscribed_error_observed")));
        SubscriptionAcks outcome = SubscriptionAcks.evaluate(two, acks);
        assertEquals(List.of("ALGO/USD"), List.copyOf(outcome.confirmed()));
        assertEquals(List.of(new KrakenWsSubscriptionException.Failure("BTC/USD", "Subscription Not Found")),
                outcome.failures());
    }
}
