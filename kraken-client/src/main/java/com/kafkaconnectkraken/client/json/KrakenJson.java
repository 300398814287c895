package com.kafkaconnectkraken.client.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration used for every Kraken WebSocket v2 and REST payload.
 *
 * <p>Kraken sends prices and quantities as JSON numbers that carry the engine precision
 * (for example {@code 0.10000000}), sometimes in exponent notation ({@code 1e-08}), and the
 * {@code status} frame's {@code connection_id} is an unsigned 64-bit integer
 * (https://docs.kraken.com/api/docs/websocket-v2/status). The mapper therefore:
 * <ul>
 *   <li>reads every floating-point number as {@link java.math.BigDecimal} from the wire text,
 *       keeping its scale (trailing zeros are preserved in {@code JsonNode} trees too);</li>
 *   <li>reads integers as {@code int}/{@code long} and as {@link java.math.BigInteger} when they
 *       overflow a {@code long};</li>
 *   <li>ignores unknown properties (live frames carry more fields than the docs, see
 *       https://docs.kraken.com/api/docs/guides/spot-ws-intro);</li>
 *   <li>rejects trailing garbage after a JSON value;</li>
 *   <li>writes {@code BigDecimal} values in plain notation ({@code 0.00000001}, not {@code 1E-8}).</li>
 * </ul>
 *
 * <p>The returned instance is shared and thread-safe; do not reconfigure it (use
 * {@link ObjectMapper#copy()} for a variant).
 */
public final class KrakenJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private static final int QUOTE_LIMIT = 80;

    private static final ObjectWriter ASCII_WRITER = MAPPER.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);

    private KrakenJson() {
    }

    /**
     * Returns the shared mapper configured for exact Kraken decimals.
     *
     * @return the shared, thread-safe mapper; never {@code null}
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Renders a wire value for an error message or log line: JSON text, so control characters and
     * non-ASCII are escaped ({@code "a\u0001b"}) and a log stays plain text, cut to 80 characters
     * ({@code ...} marks the cut) so a huge field cannot flood a log.
     *
     * @param value a JSON value; {@code null} renders as {@code null}
     * @return printable ASCII text of at most 83 characters
     */
    public static String quote(JsonNode value) {
        if (value == null) {
            return "null";
        }
        String json;
        try {
            json = ASCII_WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            json = value.getNodeType().toString();
        }
        return json.length() <= QUOTE_LIMIT ? json : json.substring(0, QUOTE_LIMIT) + "...";
    }

    /**
     * Makes text taken from the wire safe for one log line: control characters (below U+0020 and U+007F) become
     * {@code \\uXXXX}; everything else is kept.
     *
     * @param text any text; {@code null} renders as {@code null}
     * @return the text without control characters
     */
    public static String printable(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || c == 0x7f;
            if (control && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (control) {
                out.append(String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
