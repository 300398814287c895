package com.kafkaconnectkraken.client.spot.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.Vectors;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SpotChannelTest {

    @Test
    void wireNamesAreKrakensChannelNames() {
        assertEquals(Set.of("ticker", "book", "trade", "ohlc", "instrument", "level3", "executions", "balances",
                "status", "heartbeat"), Arrays.stream(SpotChannel.values()).map(SpotChannel::wireName)
                .collect(Collectors.toSet()));
        for (SpotChannel channel : SpotChannel.values()) {
            assertEquals(channel, SpotChannel.fromWire(channel.wireName()));
        }
        assertEquals(Optional.empty(), SpotChannel.find("spread"));
        assertThrows(IllegalArgumentException.class, () -> SpotChannel.fromWire("Book"));
    }

    @Test
    void privateAndLevel3ChannelsNeedATokenOnTheirOwnEndpoints() {
        Set<SpotChannel> tokened = EnumSet.noneOf(SpotChannel.class);
        for (SpotChannel channel : SpotChannel.values()) {
            if (channel.requiresToken()) {
                tokened.add(channel);
            }
        }
        assertEquals(EnumSet.of(SpotChannel.EXECUTIONS, SpotChannel.BALANCES, SpotChannel.LEVEL3), tokened);
        assertEquals(Optional.of(SpotEndpoint.LEVEL3), SpotChannel.LEVEL3.endpoint());
        assertEquals(Optional.of(SpotEndpoint.PRIVATE), SpotChannel.EXECUTIONS.endpoint());
        assertEquals(Optional.of(SpotEndpoint.PUBLIC), SpotChannel.BOOK.endpoint());
        assertFalse(SpotChannel.HEARTBEAT.isSubscribable());
        assertFalse(SpotChannel.STATUS.isSubscribable());
    }

    @Test
    void everyRecordedSubscribeRequestMatchesItsDescriptor() {
        for (SpotChannel channel : SpotChannel.values()) {
            if (!channel.isSubscribable()) {
                continue;
            }
            String file = "ws-v2/" + channel.wireName() + ".json";
            JsonNode params = Vectors.json(file).get("subscribe_request").get("params");
            assertEquals(channel.wireName(), params.get("channel").asText(), file);
            assertEquals(channel.perSymbol(), params.has("symbol"), file + ": symbol list");
            assertEquals(channel.requiresToken(), params.has("token"), file + ": token");
            params.fieldNames().forEachRemaining(name -> assertTrue(
                    Set.of("channel", "symbol", "token").contains(name) || channel.params().contains(name),
                    file + ": parameter " + name + " unknown to the descriptor"));
        }
    }

    @Test
    void unsubscribeKeepsOnlyTheIdentifyingParams() {
        assertEquals(Set.of("depth"), SpotChannel.BOOK.identifyingParams());
        assertEquals(Set.of("interval"), SpotChannel.OHLC.identifyingParams());
        assertEquals(Set.of("event_trigger"), SpotChannel.TICKER.identifyingParams());
        for (SpotChannel channel : SpotChannel.values()) {
            assertTrue(channel.params().containsAll(channel.identifyingParams()), channel.name());
        }
    }

    @Test
    void sizedChannelsRecordedRequestsUseAnAllowedSize() {
        for (SpotChannel channel : SpotChannel.values()) {
            assertEquals(channel.sizeParam().isPresent(), !channel.sizes().isEmpty(), channel.name());
            channel.sizeParam().ifPresent(param -> {
                assertTrue(channel.identifyingParams().contains(param), channel.name());
                JsonNode value = Vectors.json("ws-v2/" + channel.wireName() + ".json").get("subscribe_request")
                        .get("params").get(param);
                assertTrue(value == null || channel.sizes().contains(value.asInt()), channel + " " + value);
            });
        }
        assertEquals(10, SpotChannel.BOOK.sizes().get(0));
        assertEquals(1, SpotChannel.OHLC.sizes().get(0));
        assertFalse(SpotChannel.TRADE.snapshotByDefault());
        assertTrue(SpotChannel.BOOK.snapshotByDefault());
    }
}
