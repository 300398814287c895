package com.kafkaconnectkraken.client.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionTest {

    @Test
    void subscribeParamsMatchTheDocsRequest() {
        Subscription book = Subscription.of(SpotChannel.BOOK, List.of("ALGO/USD", "MATIC/USD"));
        assertEquals(Frames.vector("ws-v2/book.json", "subscribe_request").get("params"), book.subscribeParams());
    }

    @Test
    void unsubscribeKeepsOnlyIdentifyingParams() {
        Subscription book = Subscription.of(SpotChannel.BOOK, List.of("ALGO/USD", "MATIC/USD"))
                .withParam("depth", 10).withParam("snapshot", false);
        ObjectNode expected = (ObjectNode) Frames.vector("ws-v2/book.json", "unsubscribe_request").get("params");
        expected.put("depth", 10);
        assertEquals(expected, book.unsubscribeParams());
        assertEquals(Frames.vector("ws-v2/ticker.json", "unsubscribe_request").get("params"),
                Subscription.of(SpotChannel.TICKER, List.of("ALGO/USD")).withParam("snapshot", true).unsubscribeParams());
    }

    @Test
    void privateChannelsNeedATokenAndPublicOnesDoNot() {
        assertTrue(Subscription.of(SpotChannel.EXECUTIONS, List.of()).requiresToken());
        assertTrue(Subscription.of(SpotChannel.BALANCES, List.of()).requiresToken());
        assertTrue(Subscription.of(SpotChannel.LEVEL3, List.of("BTC/USD")).requiresToken());
        assertFalse(Subscription.of(SpotChannel.BOOK, List.of("BTC/USD")).requiresToken());
        assertFalse(Subscription.of(SpotChannel.INSTRUMENT, List.of()).requiresToken());
    }

    @Test
    void oneAckPerSymbolOrOneForChannelsWithoutSymbols() {
        assertEquals(3, Subscription.of(SpotChannel.TRADE, List.of("A/USD", "B/USD", "C/USD")).expectedAcks());
        assertEquals(1, Subscription.of(SpotChannel.INSTRUMENT, List.of()).expectedAcks());
    }

    @Test
    void paramsAreCopiedInAndOut() {
        ObjectNode params = Frames.parse("{\"depth\":10}").deepCopy();
        Subscription book = new Subscription(SpotChannel.BOOK, List.of("BTC/USD"), params);
        params.put("depth", 1000);
        book.params().put("depth", 25);
        assertEquals(10, book.params().get("depth").intValue());
    }

    @Test
    void rejectsReservedParamsBlankOrDuplicateSymbols() {
        assertThrows(IllegalArgumentException.class, () -> Subscription.of(SpotChannel.EXECUTIONS, List.of()).withParam("token", "x"));
        assertThrows(IllegalArgumentException.class, () -> Subscription.of(SpotChannel.BOOK, List.of()).withParam("symbol", "BTC/USD"));
        assertThrows(IllegalArgumentException.class, () -> Subscription.of(SpotChannel.BOOK, List.of("BTC/USD", "BTC/USD")));
        assertThrows(IllegalArgumentException.class, () -> Subscription.of(SpotChannel.BOOK, List.of(" ")));
        assertThrows(IllegalArgumentException.class, () -> Subscription.of(SpotChannel.HEARTBEAT, List.of()));
        assertThrows(IllegalArgumentException.class, () -> Subscription.of(null, List.of()));
    }
}
