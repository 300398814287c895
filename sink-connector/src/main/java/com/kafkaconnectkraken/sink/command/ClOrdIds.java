package com.kafkaconnectkraken.sink.command;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Client order ids (Kraken {@code cl_ord_id}, https://docs.kraken.com/api/docs/guides/spot-clordid):
 * validation of the three accepted formats and deterministic derivation from a command record.
 */
public final class ClOrdIds {

    private static final Pattern LONG_UUID =
        Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern SHORT_UUID = Pattern.compile("[0-9a-fA-F]{32}");
    private static final Pattern FREE_TEXT = Pattern.compile("[\\x20-\\x7E]{1,18}");

    private ClOrdIds() {
    }

    /**
     * @return whether Kraken accepts the id: a long UUID (36 chars), a short UUID (32 hex) or
     *     printable ASCII of at most 18 chars
     */
    public static boolean isValid(String id) {
        return LONG_UUID.matcher(id).matches() || SHORT_UUID.matcher(id).matches() || FREE_TEXT.matcher(id).matches();
    }

    /**
     * Derives the cl_ord_id of a command that has none: a name-based (version 3, MD5) UUID of
     * {@code kafka-connect-kraken:<topic>:<partition>:<offset>}, so a redelivered record always
     * maps to the same order. The coordinates are those the consumer read (the record's original
     * topic, partition and offset), never a topic name a transformation such as RegexRouter gave it.
     *
     * @return a lower-case long UUID
     */
    public static String derive(String topic, int partition, long offset) {
        return uuid("kafka-connect-kraken:" + topic + ":" + partition + ":" + offset);
    }

    /**
     * Derives the cl_ord_id of entry {@code index} (0-based) of a batch_add command: the UUID of
     * {@code kafka-connect-kraken:<topic>:<partition>:<offset>:<index>}.
     *
     * @return a lower-case long UUID
     */
    public static String derive(String topic, int partition, long offset, int index) {
        return uuid("kafka-connect-kraken:" + topic + ":" + partition + ":" + offset + ":" + index);
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
