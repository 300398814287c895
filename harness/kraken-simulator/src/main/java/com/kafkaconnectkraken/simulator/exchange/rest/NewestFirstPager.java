package com.kafkaconnectkraken.simulator.exchange.rest;

import com.kafkaconnectkraken.simulator.exchange.engine.KrakenRejection;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Kraken's history paging (Ledgers, TradesHistory, ClosedOrders; docs/protocol/kraken-spot.md §7): most recent first,
 * 50 per page, {@code ofs} offset, {@code start} exclusive and {@code end} inclusive, each either a unix
 * timestamp or an id. An id bound is applied by booking position, not by time, so entries sharing a
 * timestamp (the two ledger entries of one trade) are never skipped or repeated when walking by id.
 *
 * @param <T> item type
 */
final class NewestFirstPager<T> {

    /** Page size used by Kraken. */
    static final int PAGE_SIZE = 50;

    /**
     * @param page  items of this page, newest first
     * @param count total items matching the filters and bounds (before {@code ofs})
     */
    record Page<T>(List<T> page, int count) {
    }

    private final Function<T, String> id;
    private final Function<T, Instant> time;

    NewestFirstPager(Function<T, String> id, Function<T, Instant> time) {
        this.id = id;
        this.time = time;
    }

    /**
     * @param oldestFirst all items in booking order (ids in {@code start}/{@code end} are looked up here)
     * @param filter      which items match the request's other filters (type, asset, ...)
     * @param params      request parameters ({@code start}, {@code end}, {@code ofs})
     * @return the requested page
     * @throws KrakenRejection {@code EGeneral:Invalid arguments:<name>} for an unknown id or bad number
     */
    Page<T> page(List<T> oldestFirst, Predicate<T> filter, Map<String, String> params) {
        int from = lowerBound(oldestFirst, params.get("start"));
        int to = upperBound(oldestFirst, params.get("end"));
        List<T> window = new ArrayList<>();
        for (int i = to - 1; i >= from; i--) {
            if (filter.test(oldestFirst.get(i))) {
                window.add(oldestFirst.get(i));
            }
        }
        int ofs = offset(params.get("ofs"));
        List<T> page = ofs >= window.size() ? List.of()
                : window.subList(ofs, Math.min(window.size(), ofs + PAGE_SIZE));
        return new Page<>(List.copyOf(page), window.size());
    }

    /** @return index of the first item after {@code start} (exclusive) */
    private int lowerBound(List<T> items, String start) {
        if (start == null || start.isEmpty()) {
            return 0;
        }
        int pos = positionOf(items, start, "start");
        if (pos >= 0) {
            return pos + 1;
        }
        BigDecimal ts = timestamp(start, "start");
        int i = 0;
        while (i < items.size() && RestFormat.unixTime(time.apply(items.get(i))).compareTo(ts) <= 0) {
            i++;
        }
        return i;
    }

    /** @return index after the last item at or before {@code end} (inclusive) */
    private int upperBound(List<T> items, String end) {
        if (end == null || end.isEmpty()) {
            return items.size();
        }
        int pos = positionOf(items, end, "end");
        if (pos >= 0) {
            return pos + 1;
        }
        BigDecimal ts = timestamp(end, "end");
        int i = items.size();
        while (i > 0 && RestFormat.unixTime(time.apply(items.get(i - 1))).compareTo(ts) > 0) {
            i--;
        }
        return i;
    }

    private int positionOf(List<T> items, String value, String name) {
        if (isNumber(value)) {
            return -1;
        }
        for (int i = 0; i < items.size(); i++) {
            if (id.apply(items.get(i)).equals(value)) {
                return i;
            }
        }
        throw KrakenRejection.invalidArgument(name);
    }

    private static BigDecimal timestamp(String value, String name) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw KrakenRejection.invalidArgument(name);
        }
    }

    private static int offset(String ofs) {
        if (ofs == null || ofs.isEmpty()) {
            return 0;
        }
        try {
            int value = Integer.parseInt(ofs);
            if (value < 0) {
                throw KrakenRejection.invalidArgument("ofs");
            }
            return value;
        } catch (NumberFormatException e) {
            throw KrakenRejection.invalidArgument("ofs");
        }
    }

    private static boolean isNumber(String value) {
        return !value.isEmpty() && value.chars().allMatch(c -> Character.isDigit(c) || c == '.');
    }
}
