package com.kafkaconnectkraken.client.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.Vectors;
import com.kafkaconnectkraken.client.json.KrakenJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BookJsonTest {

    @Test
    void readsDocsBookUpdateKeepingWireScale() {
        JsonNode update = Vectors.json("ws-v2/book.json").get("update");
        JsonNode d = update.get("data").get(0);
        List<BookLevel> bids = BookJson.levels(d.get("bids"));
        assertEquals(d.get("bids").size(), bids.size());
        assertEquals(d.get("bids").get(0).get("price").decimalValue(), bids.get(0).price());
    }

    @Test
    void readsLevel3UpdateEvents() {
        JsonNode d = Vectors.json("ws-v2/level3.json").get("update").get("data").get(0);
        List<L3Event> asks = BookJson.events(d.get("asks"));
        assertEquals(4, asks.size());
        assertEquals(L3Event.Action.DELETE, asks.get(0).action());
        assertEquals("OOIATY-6EIWY-ACVIUN", asks.get(0).order().orderId());
        assertEquals(new BigDecimal("302.89736033"), asks.get(0).order().orderQty());
        assertEquals(Instant.parse("2023-10-06T18:21:00.097010033Z"), asks.get(0).order().timestamp());
        assertEquals(L3Event.Action.ADD, asks.get(3).action());
        assertEquals(List.of(), BookJson.events(d.get("bids")));
    }

    @Test
    void acceptsDecimalStringsAndMissingTimestamp() throws Exception {
        JsonNode arr = KrakenJson.mapper().readTree("[{\"order_id\":\"O1\",\"limit_price\":\"1.50\",\"order_qty\":2}]");
        L3Order o = BookJson.orders(arr).get(0);
        assertEquals(new BigDecimal("1.50"), o.limitPrice());
        assertEquals(new BigDecimal("2"), o.orderQty());
        assertNull(o.timestamp());
        assertEquals(List.of(), BookJson.levels(null));
    }

    @Test
    void malformedInputGetsAClearError() throws Exception {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> BookJson.levels(KrakenJson.mapper().readTree("[{\"price\":1.0,\"qty\":1},{\"price\":2.0}]")));
        assertTrue(missing.getMessage().startsWith("Missing or non-numeric 'qty' at index 1"), missing.getMessage());
        IllegalArgumentException text = assertThrows(IllegalArgumentException.class,
                () -> BookJson.levels(KrakenJson.mapper().readTree("[{\"price\":\"abc\",\"qty\":1}]")));
        assertEquals("Field 'price' at index 0 is not a decimal: \"abc\"", text.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BookJson.levels(KrakenJson.mapper().readTree("{}")));
        IllegalArgumentException event = assertThrows(IllegalArgumentException.class, () -> BookJson.events(
                KrakenJson.mapper().readTree("[{\"event\":\"replace\",\"order_id\":\"O1\",\"limit_price\":1,\"order_qty\":1}]")));
        assertEquals("Unknown level3 event 'replace' (expected add, modify or delete)", event.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BookJson.levels(
                KrakenJson.mapper().readTree("[{\"price\":-1.0,\"qty\":1}]")));
    }
}
