package com.kafkaconnectkraken.client.spot.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Client order id ({@code cl_ord_id}) rules (https://docs.kraken.com/api/docs/guides/spot-clordid,
 * docs/protocol/kraken-spot.md §5.1): a long UUID (36 chars, 32 hex + 4 dashes), a short UUID (32 hex)
 * or printable ASCII text of at most 18 characters. Kraken stores the id as a 128-bit integer, so the
 * long and short form of one UUID are the same id ({@link #key}). Also the project's rule for deriving
 * an id from a command record's coordinates, so a redelivered record always maps to the same order.
 */
public final class ClOrdIds {

    private static final Pattern LONG_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern SHORT_UUID = Pattern.compile("[0-9a-fA-F]{32}");
    private static final Pattern FREE_TEXT = Pattern.compile("[\\x20-\\x7E]{1,18}");
    private static final String NAMESPACE = "kafka-connect-kraken:";

    private ClOrdIds() {
    }

    /**
     * @param clOrdId the id as sent, may be {@code null}
     * @return whether Kraken accepts it: a long UUID, a short UUID or ASCII text of 1..18 chars
     */
    public static boolean isValid(String clOrdId) {
        return clOrdId != null && (isUuid(clOrdId) || FREE_TEXT.matcher(clOrdId).matches());
    }

    /**
     * @param clOrdId a valid id
     * @return its identity: a UUID as 32 lower-case hex digits, free text unchanged
     */
    public static String key(String clOrdId) {
        return isUuid(clOrdId) ? clOrdId.replace("-", "").toLowerCase(Locale.ROOT) : clOrdId;
    }

    /**
     * Derives the cl_ord_id of a command that has none: a name-based (version 3, MD5) UUID of
     * {@code kafka-connect-kraken:<topic>:<partition>:<offset>}. The coordinates are those the consumer
     * read (the record's original topic, partition and offset), never a name a transformation gave it.
     *
     * @return a lower-case long UUID
     */
    public static String derive(String topic, int partition, long offset) {
        return uuid(NAMESPACE + topic + ":" + partition + ":" + offset);
    }

    /**
     * Derives the cl_ord_id of entry {@code index} (0-based) of a batch command: the UUID of
     * {@code kafka-connect-kraken:<topic>:<partition>:<offset>:<index>}.
     *
     * @return a lower-case long UUID
     */
    public static String derive(String topic, int partition, long offset, int index) {
        return uuid(NAMESPACE + topic + ":" + partition + ":" + offset + ":" + index);
    }

    private static boolean isUuid(String id) {
        return LONG_UUID.matcher(id).matches() || SHORT_UUID.matcher(id).matches();
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
