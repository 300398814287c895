package com.kafkaconnectkraken.client.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.Vectors;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class L3BookTest {

    @Test
    void docsExampleReproducesIntermediateStringsAndChecksum() {
        JsonNode v = Vectors.json("checksum/l3_checksum_docs_example.json");
        JsonNode d = BookVectors.data0(v.get("message"));
        L3Book book = new L3Book("BTC/USD", 10, BookVectors.precision(v, "price_precision"),
                BookVectors.precision(v, "qty_precision"));
        book.applySnapshot(BookJson.orders(d.get("bids")), BookJson.orders(d.get("asks")));

        assertEquals(v.get("expected_asks_string").asText() + v.get("expected_bids_string").asText(),
                book.checksumInput());
        assertEquals(v.get("expected_concatenated_string").asText(), book.checksumInput());
        assertEquals(1063832831L, v.get("expected_checksum").longValue());
        assertEquals(1063832831L, book.checksum());
        book.verify(d.get("checksum").longValue());
        assertEquals(35, book.orderCount());
    }

    @Test
    void docsExampleAlsoVerifiesWithWireScale() {
        JsonNode v = Vectors.json("checksum/l3_checksum_docs_example.json");
        JsonNode d = BookVectors.data0(v.get("message"));
        L3Book book = new L3Book("BTC/USD", 10, null, null);
        book.applySnapshot(BookJson.orders(d.get("bids")), BookJson.orders(d.get("asks")));
        assertEquals(1063832831L, book.checksum());
    }

    @Test
    void addAppendsModifyKeepsQueuePositionDeleteRemoves() {
        L3Book book = new L3Book("X/Y", 10, 1, 1);
        book.applySnapshot(List.of(order("A", "10.0", "1.0"), order("B", "10.0", "2.0")), List.of());

        book.applyUpdate(List.of(event("add", "C", "10.0", "3.0"), event("modify", "A", "10.0", "0.5")), List.of());
        assertEquals(List.of("A:0.5", "B:2.0", "C:3.0"), ids(book.bids()));
        assertEquals("1005" + "10020" + "10030", book.checksumInput());

        book.applyUpdate(List.of(event("delete", "B", "10.0", "2.0"), event("modify", "A", "9.0", "0.5")), List.of());
        assertEquals(List.of("C:3.0", "A:0.5"), ids(book.bids()));
        assertEquals("10030" + "905", book.checksumInput());
    }

    @Test
    void truncatesWholePriceLevelsBeyondDepth() {
        L3Book book = new L3Book("X/Y", 2, null, null);
        book.applySnapshot(List.of(), List.of(order("A", "11", "1"), order("B", "12", "1"), order("C", "12", "2")));
        book.applyUpdate(List.of(), List.of(event("add", "D", "10", "5")));
        assertEquals(List.of("D:5", "A:1"), ids(book.asks()));
        assertEquals(2, book.orderCount());
        // an add for a level coming back into scope is appended like any add
        book.applyUpdate(List.of(), List.of(event("delete", "D", "10", "5"), event("add", "B", "12", "1")));
        assertEquals(List.of("A:1", "B:1"), ids(book.asks()));
    }

    @Test
    void mismatchNamesSymbol() {
        L3Book book = new L3Book("MATIC/USD", 10, null, null);
        book.applySnapshot(List.of(order("A", "0.5", "1")), List.of());
        BookChecksumException e = assertThrows(BookChecksumException.class, () -> book.verify(1L));
        assertEquals("MATIC/USD", e.symbol());
        assertEquals(1L, e.expected());
    }

    private static L3Order order(String id, String price, String qty) {
        return new L3Order(id, new BigDecimal(price), new BigDecimal(qty), null);
    }

    private static L3Event event(String action, String id, String price, String qty) {
        return new L3Event(L3Event.Action.fromWire(action), order(id, price, qty));
    }

    private static List<String> ids(List<L3Order> orders) {
        return orders.stream().map(o -> o.orderId() + ":" + o.orderQty().toPlainString()).collect(Collectors.toList());
    }
}
