package com.kafkaconnectkraken.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.connect.data.Schema;

/**
 * The contract's schemas by name: each {@code <name>.avsc} at the root of the classpath (packaged
 * from the {@code schemas/} module directory) as an Avro schema and as the equivalent Kafka Connect
 * schema. Each schema is parsed and converted once and cached; the returned objects are immutable
 * and shared.
 *
 * <p>Names are the file base names, e.g. {@code ticker}, {@code book}, {@code ledger},
 * {@code order_command}; the Kraken Futures record types (namespace
 * {@code com.kafkaconnectkraken.avro.futures}, packaged from {@code schemas/futures/}) are named with
 * their directory, e.g. {@code futures/ticker}, {@code futures/fill}. See {@link AvroToConnect} for
 * the mapping and {@link KrakenDecimal} for the decimal policy.
 */
public final class KrakenSchemas {

    private static final Map<String, org.apache.avro.Schema> AVRO = new ConcurrentHashMap<>();
    private static final Map<String, Schema> CONNECT = new ConcurrentHashMap<>();

    private KrakenSchemas() {
    }

    /**
     * The Avro schema of {@code <name>.avsc}.
     *
     * @param name file base name without {@code .avsc}, prefixed {@code futures/} for a Futures record type
     * @throws IllegalArgumentException if no such file is on the classpath or it does not parse
     */
    public static org.apache.avro.Schema avro(String name) {
        return AVRO.computeIfAbsent(name, KrakenSchemas::load);
    }

    /** The Connect schema of {@code <name>.avsc} with decimals as Connect {@code Decimal}. */
    public static Schema connect(String name) {
        return connect(name, DecimalHandlingMode.PRECISE);
    }

    /**
     * The Connect schema of {@code <name>.avsc} with decimal fields shaped by {@code mode}.
     *
     * @throws IllegalArgumentException if the file is missing or uses Avro outside the supported mapping
     */
    public static Schema connect(String name, DecimalHandlingMode mode) {
        return CONNECT.computeIfAbsent(name + "#" + mode, key -> new AvroToConnect(mode).convert(avro(name)));
    }

    private static org.apache.avro.Schema load(String name) {
        String resource = "/" + name + ".avsc";
        try (InputStream in = KrakenSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No schema " + resource + " on the classpath");
            }
            return new org.apache.avro.Schema.Parser().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read schema " + resource, e);
        } catch (org.apache.avro.SchemaParseException e) {
            throw new IllegalArgumentException("Schema " + resource + " does not parse: " + e.getMessage(), e);
        }
    }
}
