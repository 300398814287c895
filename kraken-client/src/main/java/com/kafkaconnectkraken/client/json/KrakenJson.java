package com.kafkaconnectkraken.client.json;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
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
}
