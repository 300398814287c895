package com.kafkaconnectkraken.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kafkaconnectkraken.registry.ConfluentAvro;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Verifies the source's {@code book} records independently of the connector: per symbol, in offset order, a
 * {@code snapshot} replaces the harness's own book, an {@code update} is applied to it (quantity 0 deletes the level;
 * each side then cut to the record's depth), and after each the harness computes Kraken's CRC32 of the top 10 asks
 * (lowest first) and bids (highest first), each price and quantity at the pair's precision with the dot and leading
 * zeros removed (https://docs.kraken.com/api/docs/guides/spot-ws-book-v2), and compares it with the record's
 * {@code checksum}. Precisions come from the simulator's REST {@code AssetPairs} ({@code pair_decimals},
 * {@code lot_decimals}). An update of a symbol with no snapshot before it (since the start, or since a record that
 * did not verify) counts apart: after an interruption the next record must be a snapshot. {@code top_n} records
 * (the connector's own periodic top-N) are not used.
 *
 * @param records             book records read
 * @param snapshots           snapshot records
 * @param verified            snapshot and update records whose checksum the harness's book matched
 * @param mismatched          records whose checksum did not match
 * @param updatesWithoutBook  updates of a symbol with no snapshot before them
 * @param undecodable         records that did not decode with their writer schema
 * @param schemaIds           the schema ids found on the topic, in order of first appearance, with their record counts
 */
record BookCheck(int records, int snapshots, int verified, int mismatched, int updatesWithoutBook, int undecodable,
                 Map<Integer, Integer> schemaIds) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CHECKSUM_LEVELS = 10;
    private static final int AVRO_DECIMAL_SCALE = 18;

    /** One symbol's book as the harness rebuilds it: price to quantity per side. */
    private static final class Book {
        final TreeMap<BigDecimal, BigDecimal> bids = new TreeMap<>(Comparator.reverseOrder());
        final TreeMap<BigDecimal, BigDecimal> asks = new TreeMap<>();
    }

    /** Price and quantity decimals of one pair. */
    private record Precision(int price, int qty) {
    }

    /**
     * @param book    the book topic's records (values Confluent-framed Avro), in offset order
     * @param avro    the reader of the values (a reader that already holds schemas keeps them)
     * @param restUrl the simulator's REST base, for {@code AssetPairs}
     * @return the counts
     */
    static BookCheck of(List<ConsumerRecord<String, byte[]>> book, ConfluentAvro avro, String restUrl) {
        Map<String, Precision> precisions = precisions(restUrl);
        Map<String, Book> books = new HashMap<>();
        Map<Integer, Integer> ids = new java.util.LinkedHashMap<>();
        int snapshots = 0;
        int verified = 0;
        int mismatched = 0;
        int withoutBook = 0;
        int undecodable = 0;
        for (ConsumerRecord<String, byte[]> record : book) {
            GenericRecord value;
            try {
                ids.merge(ConfluentAvro.schemaId(record.value()), 1, Integer::sum);
                value = avro.decodeRecord(record.value());
            } catch (RuntimeException e) {
                undecodable++;
                continue;
            }
            String symbol = value.get("symbol").toString();
            String type = value.get("type").toString();
            if ("top_n".equals(type)) {
                continue;
            }
            Book current = books.get(symbol);
            if ("snapshot".equals(type)) {
                snapshots++;
                current = new Book();
                books.put(symbol, current);
            } else if (current == null) {
                withoutBook++;
                continue;
            }
            apply(current.bids, value.get("bids"));
            apply(current.asks, value.get("asks"));
            int depth = (Integer) value.get("depth");
            cut(current.bids, depth);
            cut(current.asks, depth);
            Precision precision = precisions.get(symbol);
            if (precision != null && checksum(current, precision) == (Long) value.get("checksum")) {
                verified++;
            } else {
                mismatched++;
                books.remove(symbol);
            }
        }
        return new BookCheck(book.size(), snapshots, verified, mismatched, withoutBook, undecodable, ids);
    }

    private static void apply(TreeMap<BigDecimal, BigDecimal> side, Object levels) {
        for (Object level : (List<?>) levels) {
            GenericRecord l = (GenericRecord) level;
            BigDecimal price = decimal(l.get("price"));
            BigDecimal qty = decimal(l.get("qty"));
            if (qty.signum() == 0) {
                side.remove(price);
            } else {
                side.put(price, qty);
            }
        }
    }

    private static void cut(TreeMap<BigDecimal, BigDecimal> side, int depth) {
        while (side.size() > depth) {
            side.pollLastEntry();
        }
    }

    private static long checksum(Book book, Precision precision) {
        StringBuilder text = new StringBuilder();
        for (TreeMap<BigDecimal, BigDecimal> side : List.of(book.asks, book.bids)) {
            side.entrySet().stream().limit(CHECKSUM_LEVELS).forEach(level -> text
                    .append(token(level.getKey(), precision.price())).append(token(level.getValue(), precision.qty())));
        }
        CRC32 crc = new CRC32();
        crc.update(text.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return crc.getValue();
    }

    /** @return the value at {@code decimals} decimals, dot and leading zeros removed ({@code 0.05000000} -> 5000000) */
    private static String token(BigDecimal value, int decimals) {
        return value.setScale(decimals, RoundingMode.UNNECESSARY).unscaledValue().toString();
    }

    /** Avro decimal bytes (two's complement, big-endian) at the contract's scale 18. */
    private static BigDecimal decimal(Object bytes) {
        ByteBuffer buffer = ((ByteBuffer) bytes).duplicate();
        byte[] raw = new byte[buffer.remaining()];
        buffer.get(raw);
        return new BigDecimal(new BigInteger(raw), AVRO_DECIMAL_SCALE);
    }

    private static Map<String, Precision> precisions(String restUrl) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(restUrl + "/0/public/AssetPairs")).GET().build();
        try {
            JsonNode body = JSON.readTree(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body());
            Map<String, Precision> precisions = new HashMap<>();
            body.path("result").forEach(pair -> precisions.put(pair.path("wsname").asText(),
                    new Precision(pair.path("pair_decimals").asInt(), pair.path("lot_decimals").asInt())));
            if (precisions.isEmpty()) {
                throw new IllegalStateException("AssetPairs answered no pair: " + body);
            }
            return precisions;
        } catch (IOException e) {
            throw new UncheckedIOException("AssetPairs of " + restUrl + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
