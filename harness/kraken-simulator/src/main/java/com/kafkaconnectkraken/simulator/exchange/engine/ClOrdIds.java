package com.kafkaconnectkraken.simulator.exchange.engine;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code cl_ord_id} rules (https://docs.kraken.com/api/docs/guides/spot-clordid): a long UUID (36 chars,
 * 32 hex + 4 dashes), a short UUID (32 hex) or free ASCII text of at most 18 characters. Kraken stores the
 * id as a 128-bit integer, so the long and short form of the same UUID are the same id.
 */
public final class ClOrdIds {

    private static final Pattern LONG_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern SHORT_UUID = Pattern.compile("[0-9a-fA-F]{32}");
    private static final Pattern FREE_TEXT = Pattern.compile("[\\x20-\\x7E]{1,18}");

    private ClOrdIds() {
    }

    /**
     * Validates a client order id.
     *
     * @param clOrdId the id as sent
     * @throws KrakenRejection {@code EGeneral:Invalid arguments:cl_ord_id} if it matches no allowed format
     */
    public static void validate(String clOrdId) {
        if (!isValid(clOrdId)) {
            throw KrakenRejection.invalidArgument("cl_ord_id");
        }
    }

    /** @return {@code true} if {@code clOrdId} is a long UUID, short UUID or ASCII text of 1..18 chars */
    public static boolean isValid(String clOrdId) {
        return clOrdId != null && (LONG_UUID.matcher(clOrdId).matches() || SHORT_UUID.matcher(clOrdId).matches()
                || FREE_TEXT.matcher(clOrdId).matches());
    }

    /** @return the identity key: UUIDs as 32 lower-case hex digits, free text unchanged */
    public static String key(String clOrdId) {
        if (LONG_UUID.matcher(clOrdId).matches() || SHORT_UUID.matcher(clOrdId).matches()) {
            return clOrdId.replace("-", "").toLowerCase(Locale.ROOT);
        }
        return clOrdId;
    }
}
