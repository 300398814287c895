package com.kafkaconnectkraken.source.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;

class ConnectStructsTest {

    private static final Schema LEVEL = SchemaBuilder.struct().name("Level")
            .field("price", Decimal.schema(2)).field("note", Schema.OPTIONAL_STRING_SCHEMA).build();
    private static final Schema BOOK = SchemaBuilder.struct().name("Book")
            .field("symbol", Schema.STRING_SCHEMA).field("bids", SchemaBuilder.array(LEVEL).build()).build();

    @Test
    void theDirectPathIsInUseOnThisKafkaVersion() {
        assertTrue(ConnectStructs.direct(), "Struct's values array not found: every put is validated again");
    }

    @Test
    void aDirectPutBuildsTheStructThatPutBuilds() {
        Struct direct = new Struct(BOOK);
        ConnectStructs.put(direct, BOOK.field("symbol"), "BTC/USD");
        ConnectStructs.put(direct, BOOK.field("bids"), List.of(level("1.50")));
        Struct put = new Struct(BOOK).put("symbol", "BTC/USD").put("bids", List.of(level("1.50")));

        direct.validate();
        assertEquals(put, direct);
        assertEquals("BTC/USD", direct.getString("symbol"));
    }

    @Test
    void completeStructsOfTheElementSchemaAreTakenAsTheyAre() {
        Struct level = level("1.50");
        Struct book = new Struct(BOOK);
        ConnectStructs.putConnectValue(book, BOOK.field("bids"), List.of(level));
        assertSame(level, book.getArray("bids").get(0));
    }

    @Test
    void anyOtherValueIsValidatedAsPutValidatesIt() {
        Struct book = new Struct(BOOK);
        Schema otherLevel = SchemaBuilder.struct().name("Other").field("price", Schema.STRING_SCHEMA).build();
        assertThrows(DataException.class, () -> ConnectStructs.putConnectValue(book, BOOK.field("bids"), "not a list"));
        assertThrows(DataException.class, () -> ConnectStructs.putConnectValue(book, BOOK.field("bids"),
                List.of(new Struct(otherLevel).put("price", "1"))));
        DataException incomplete = assertThrows(DataException.class,
                () -> ConnectStructs.putConnectValue(book, BOOK.field("bids"), List.of(new Struct(LEVEL))));
        assertTrue(incomplete.getMessage().contains("price"), incomplete.getMessage());
        assertThrows(DataException.class, () -> ConnectStructs.putConnectValue(book, BOOK.field("symbol"), 7L));
    }

    private static Struct level(String price) {
        return new Struct(LEVEL).put("price", new BigDecimal(price));
    }
}
