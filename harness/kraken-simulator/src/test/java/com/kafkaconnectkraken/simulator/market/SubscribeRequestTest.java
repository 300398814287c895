package com.kafkaconnectkraken.simulator.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parameter rules from docs/protocol/kraken-spot.md §2.1-2.7. */
class SubscribeRequestTest {

    private static SubscribeRequest parse(String json) throws Exception {
        JsonNode params = KrakenJson.mapper().readTree(json);
        return SubscribeRequest.parse(params);
    }

    @Test
    void defaultsFollowTheDocs() throws Exception {
        SubscribeRequest book = parse("{\"channel\":\"book\",\"symbol\":[\"BTC/USD\"]}");
        assertEquals(10, book.size());
        assertTrue(book.snapshot());
        assertFalse(parse("{\"channel\":\"trade\",\"symbol\":[\"BTC/USD\"]}").snapshot(), "trade snapshot defaults to false");
        assertEquals(1, parse("{\"channel\":\"ohlc\",\"symbol\":[\"BTC/USD\"]}").size());
        assertEquals("trades", parse("{\"channel\":\"ticker\",\"symbol\":[\"BTC/USD\"]}").eventTrigger());
        assertEquals(List.of(), parse("{\"channel\":\"instrument\"}").symbols());
    }

    @Test
    void onlyDocumentedDepthsAndIntervalsAreAccepted() throws Exception {
        for (int depth : new int[] {10, 25, 100, 500, 1000}) {
            assertEquals(depth, parse("{\"channel\":\"book\",\"symbol\":[\"BTC/USD\"],\"depth\":" + depth + "}").size());
        }
        RequestException depth = assertThrows(RequestException.class,
                () -> parse("{\"channel\":\"book\",\"symbol\":[\"BTC/USD\"],\"depth\":20}"));
        assertEquals("EGeneral:Invalid arguments:depth", depth.getMessage());
        assertThrows(RequestException.class, () -> parse("{\"channel\":\"level3\",\"symbol\":[\"BTC/USD\"],\"depth\":25}"));
        assertThrows(RequestException.class, () -> parse("{\"channel\":\"ohlc\",\"symbol\":[\"BTC/USD\"],\"interval\":2}"));
        assertEquals(21600, parse("{\"channel\":\"ohlc\",\"symbol\":[\"BTC/USD\"],\"interval\":21600}").size());
    }

    @Test
    void missingSymbolsOrUnknownChannelAreRejected() {
        RequestException symbol = assertThrows(RequestException.class, () -> parse("{\"channel\":\"book\"}"));
        assertEquals("EGeneral:Invalid arguments:symbol", symbol.getMessage());
        assertThrows(RequestException.class, () -> parse("{\"channel\":\"book\",\"symbol\":[]}"));
        assertThrows(RequestException.class, () -> parse("{\"channel\":\"executions\"}"));
        assertThrows(RequestException.class, () -> parse("{\"channel\":\"ticker\",\"symbol\":[\"BTC/USD\"],\"event_trigger\":\"x\"}"));
    }
}
