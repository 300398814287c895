package com.kafkaconnectkraken.client.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.Vectors;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class KrakenJsonTest {

    static Stream<String> sampleFrameFiles() throws IOException {
        List<String> names = new ArrayList<>();
        for (String dir : List.of("ws-v2", "ws-v2-trading")) {
            try (Stream<Path> files = Files.list(Vectors.root().resolve(dir))) {
                files.filter(p -> p.toString().endsWith(".json"))
                        .forEach(p -> names.add(dir + "/" + p.getFileName()));
            }
        }
        assertTrue(names.size() >= 17, "expected all ws-v2 and ws-v2-trading vector files, got " + names);
        return names.stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("sampleFrameFiles")
    void everySampleFrameRoundTripsWithoutLosingAFieldOrADigit(String file) throws IOException {
        String original = Vectors.text(file);
        JsonNode tree = KrakenJson.mapper().readTree(original);
        String reserialised = KrakenJson.mapper().writeValueAsString(tree);

        List<Object> expected = tokens(original);
        List<Object> actual = tokens(reserialised);
        assertEquals(expected.size(), actual.size(), "token count of " + file);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), "token " + i + " of " + file);
        }
    }

    @Test
    void decimalsKeepTheirWireScale() throws IOException {
        JsonNode level = KrakenJson.mapper().readTree("{\"price\":45283.50,\"qty\":0.10000000,\"inc\":1e-08}");
        assertEquals(new BigDecimal("45283.50"), level.get("price").decimalValue());
        assertEquals(8, level.get("qty").decimalValue().scale());
        assertEquals("0.10000000", level.get("qty").decimalValue().toPlainString());
        assertEquals(new BigDecimal("1e-08"), level.get("inc").decimalValue());
        assertEquals("{\"price\":45283.50,\"qty\":0.10000000,\"inc\":0.00000001}",
                KrakenJson.mapper().writeValueAsString(level));
    }

    @Test
    void statusConnectionIdIsExactUnsigned64Bit() {
        JsonNode status = Vectors.json("ws-v2/connection.json").get("status_on_connect");
        JsonNode id = status.get("data").get(0).get("connection_id");
        assertTrue(id.isBigInteger(), "connection_id overflows long and must be a BigInteger node");
        assertEquals(new BigInteger("12393906104898154338"), id.bigIntegerValue());
        assertEquals(Long.parseUnsignedLong("12393906104898154338"), id.bigIntegerValue().longValue());
    }

    @Test
    void unknownPropertiesAreIgnoredWhenBindingPojos() throws IOException {
        Pair pair = KrakenJson.mapper().readValue("{\"symbol\":\"BTC/USD\",\"extra\":true}", Pair.class);
        assertEquals("BTC/USD", pair.symbol);
    }

    @Test
    void malformedJsonIsRejectedWithAClearError() {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> KrakenJson.mapper().readTree("{\"channel\":\"book\"}}"));
        assertFalse(e.getOriginalMessage().isBlank());
        assertThrows(JsonProcessingException.class, () -> KrakenJson.mapper().readTree("{\"channel\":"));
    }

    static final class Pair {
        public String symbol;
    }

    /**
     * Independent reading of a JSON text: a plain streaming parser (not the mapper under test)
     * producing one entry per token; numbers become exact BigDecimal / BigInteger from their text.
     */
    @Test
    void quoteEscapesControlAndNonAsciiCharactersAndCutsLongValues() throws IOException {
        JsonNode value = KrakenJson.mapper().readTree("[\"a\\u0001b\\u00e9\", 0.10000000, \"" + "x".repeat(200) + "\"]");
        assertEquals("\"a\\u0001b\\u00E9\"", KrakenJson.quote(value.get(0)));
        assertEquals("0.10000000", KrakenJson.quote(value.get(1)));
        String cut = KrakenJson.quote(value.get(2));
        assertEquals(83, cut.length());
        assertTrue(cut.endsWith("xxx..."));
        assertEquals("null", KrakenJson.quote(null));
    }

    @Test
    void printableEscapesOnlyControlCharacters() {
        assertEquals("a\\u0001b\\u000a\\u007fé", KrakenJson.printable("a\u0001b\n\u007fé"));
        assertEquals("plain text", KrakenJson.printable("plain text"));
        assertEquals("null", KrakenJson.printable(null));
    }

    private static List<Object> tokens(String json) throws IOException {
        List<Object> out = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                switch (t) {
                    case FIELD_NAME:
                    case VALUE_STRING:
                        out.add(t + ":" + p.getText());
                        break;
                    case VALUE_NUMBER_FLOAT:
                        out.add(new BigDecimal(p.getText()));
                        break;
                    case VALUE_NUMBER_INT:
                        out.add(new BigInteger(p.getText()));
                        break;
                    default:
                        out.add(t);
                }
            }
        }
        return out;
    }
}
