package com.kafkaconnectkraken.source.futures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.kafkaconnectkraken.client.book.BookLevel;
import com.kafkaconnectkraken.schema.DecimalHandlingMode;
import com.kafkaconnectkraken.schema.KrakenSchemas;
import java.math.BigDecimal;
import java.util.List;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.junit.jupiter.api.Test;

class BookLevelStructsTest {

    private static Schema level(DecimalHandlingMode mode) {
        return KrakenSchemas.connect("futures/book", mode).field("bids").schema().valueSchema();
    }

    private static BookLevelStructs structs(DecimalHandlingMode mode, int max) {
        return new BookLevelStructs(level(mode), level(DecimalHandlingMode.PRECISE), mode, max);
    }

    @Test
    void unchangedLevelsShareTheirStructAndAChangedLevelGetsANewOne() {
        BookLevelStructs structs = structs(DecimalHandlingMode.PRECISE, 100);
        BookLevel best = BookLevel.of("34892.5", "6385");
        BookLevel second = BookLevel.of("34892", "10924");
        List<Struct> first = structs.of(List.of(best, second));
        BookLevel changed = BookLevel.of("34892.5", "1");
        List<Struct> next = structs.of(List.of(changed, second));

        assertEquals(new BigDecimal("34892.500000000000000000"), first.get(0).get("price"));
        assertEquals(new BigDecimal("6385.000000000000000000"), first.get(0).get("qty"));
        assertSame(first.get(1), next.get(1));
        assertNotSame(first.get(0), next.get(0));
        assertEquals(new BigDecimal("1.000000000000000000"), next.get(0).get("qty"));
        next.forEach(Struct::validate);
    }

    @Test
    void decimalsFollowTheModeAndTheModesSchema() {
        BookLevel level = BookLevel.of("34892.5", "0.25");
        Struct asString = structs(DecimalHandlingMode.STRING, 100).of(List.of(level)).get(0);
        Struct asDouble = structs(DecimalHandlingMode.DOUBLE, 100).of(List.of(level)).get(0);

        assertEquals("34892.5", asString.get("price"));
        assertEquals("0.25", asString.get("qty"));
        assertEquals(0.25, asDouble.get("qty"));
        assertSame(level(DecimalHandlingMode.STRING), asString.schema());
        asString.validate();
        asDouble.validate();
    }

    @Test
    void pastTheLimitItStartsAfreshAndStillGivesTheRightValues() {
        BookLevelStructs structs = structs(DecimalHandlingMode.PRECISE, 2);
        BookLevel a = BookLevel.of("1", "1");
        BookLevel b = BookLevel.of("2", "2");
        BookLevel c = BookLevel.of("3", "3");
        Struct firstA = structs.of(List.of(a, b)).get(0);
        List<Struct> after = structs.of(List.of(c, a));

        assertEquals(new BigDecimal("3.000000000000000000"), after.get(0).get("price"));
        assertEquals(firstA, after.get(1));
        assertNotSame(firstA, after.get(1), "rebuilt after the clear");
    }
}
