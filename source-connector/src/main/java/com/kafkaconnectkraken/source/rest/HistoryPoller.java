package com.kafkaconnectkraken.source.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.rest.KrakenRestClient;
import com.kafkaconnectkraken.source.mapping.RecordFactory;
import com.kafkaconnectkraken.source.offset.HistoryCursor;
import com.kafkaconnectkraken.source.offset.HistoryPartition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a REST history endpoint ({@link HistoryStream}: Ledgers, TradesHistory, ClosedOrders;
 * https://docs.kraken.com/api/docs/rest-api/get-ledgers and siblings) incrementally, each entry
 * exactly once, resuming from the stored {@link HistoryCursor}.
 *
 * <p>Kraken returns 50 entries per call, newest first, with {@code count} = entries in the
 * {@code start} (exclusive) / {@code end} (inclusive) window. A read starts with a probe:
 * {@code start} = the whole second before the cursor's time (so entries sharing the cursor's time are
 * asked for again and filtered by the cursor, never lost), no {@code end}. When the probe holds the
 * whole window its new entries are emitted. Otherwise the window is fixed ({@code end} = the newest time
 * in the probe, inclusive) and read oldest page first with {@code ofs = count - 50}, then {@code count - 100}, ...,
 * one call per {@link #poll()}, emitting each page at once; every response's {@code count} must match
 * the window's, else the page is discarded and the window re-counted (entries booked meanwhile shift
 * offsets). After the last page of a window that held a new entry the next poll probes again at once
 * (entries booked meanwhile); a window of only known entries ends the read. Entries are sorted by (time, id) before use, the order of Kraken's keys is never trusted,
 * and each record carries the cursor at that entry as its source offset. A failure leaves the cursor
 * unchanged. Not thread-safe (runs on the task's scheduler).
 *
 * <p>Without a stored cursor the start mode decides: {@code latest} takes the newest existing entry as
 * cursor and emits nothing (with no entry at all, everything booked later is new), {@code earliest}
 * reads the whole history, unix seconds read entries after that time.
 */
public final class HistoryPoller {

    private static final Logger log = LoggerFactory.getLogger(HistoryPoller.class);
    /** Kraken's page size of the history endpoints. */
    static final int PAGE_SIZE = 50;

    /**
     * A fixed window being read oldest page first; {@code ofs} is the next page's offset, {@code emitted}
     * whether a page of it held a new entry.
     */
    private record Window(String start, String end, int count, int ofs, boolean emitted) {

        Window next(boolean emittedNow) {
            return new Window(start, end, count, Math.max(0, ofs - PAGE_SIZE), emitted || emittedNow);
        }

        Window recounted(int newCount) {
            return new Window(start, end, newCount, Math.max(0, newCount - PAGE_SIZE), emitted);
        }
    }

    private final HistoryStream stream;
    private final KrakenRestClient rest;
    private final RecordFactory records;
    private final HistoryPartition partition;
    private String startMode;
    private final Supplier<Instant> clock;
    private LedgerTrades ledgerTrades;
    private HistoryCursor cursor;
    private Window window;
    private boolean reprobe;

    /**
     * @param stream    the endpoint read
     * @param rest      signed REST client
     * @param records   record factory
     * @param partition source partition of this endpoint and account
     * @param cursor    stored cursor, or null
     * @param startMode {@code latest}, {@code earliest} or unix seconds (used only without cursor)
     * @param clock     receive-time clock
     */
    public HistoryPoller(HistoryStream stream, KrakenRestClient rest, RecordFactory records, HistoryPartition partition,
                         HistoryCursor cursor, String startMode, Supplier<Instant> clock) {
        this.stream = stream;
        this.rest = rest;
        this.records = records;
        this.partition = partition;
        this.cursor = cursor;
        this.startMode = startMode;
        this.clock = clock;
    }

    /**
     * Publishes the trade behind each Ledgers entry of type {@code trade} ({@code rest.ledgers.enrich.trades}).
     *
     * @param trades the QueryTrades lookup
     * @return this poller
     */
    public HistoryPoller enrichedWith(LedgerTrades trades) {
        this.ledgerTrades = trades;
        return this;
    }

    /** The cursor after the last emitted entry, or null before the first. */
    public HistoryCursor cursor() {
        return cursor;
    }

    /**
     * Whether a multi-page read is under way, or has just ended and entries booked after its window may
     * wait: the next {@link #poll()} should follow at once.
     */
    public boolean hasMore() {
        return window != null || reprobe;
    }

    /**
     * Makes one REST call of the read and returns what it completed.
     *
     * @return new records, oldest first (often empty)
     * @throws com.kafkaconnectkraken.client.rest.KrakenApiException on REST failure (cursor unchanged)
     * @throws org.apache.kafka.connect.errors.DataException if an entry does not fit the contract (cursor unchanged)
     */
    public List<SourceRecord> poll() {
        if (cursor == null && "latest".equals(startMode)) {
            initialiseAtLatest();
            return List.of();
        }
        return window == null ? probe() : readPage();
    }

    private List<SourceRecord> probe() {
        reprobe = false;
        String start = startBound();
        HistoryPage page = fetch(start, null, null);
        if (page.complete()) {
            return emit(page);
        }
        if (page.count() < 0) {
            throw new DataException(stream.endpoint().method() + ": a full page without 'count' cannot be paged");
        }
        // the newest time, not an id: Kraken's order of entries sharing a time is unknown, and an id bound
        // would cut the window inside that time (an order id even stands for its open time)
        String end = page.times().get(page.times().size() - 1).toPlainString();
        window = new Window(start, end, page.count(), Math.max(0, page.count() - PAGE_SIZE), false);
        log.debug("{}: {} entries to read in pages after {}", stream.endpoint().method(), page.count(), start);
        return List.of();
    }

    private List<SourceRecord> readPage() {
        Window current = window;
        HistoryPage page = fetch(current.start(), current.end(), current.ofs());
        if (page.count() != current.count()) {
            window = current.recounted(page.count());
            log.debug("{}: window changed from {} to {} entries while paging; re-reading", stream.endpoint().method(),
                    current.count(), page.count());
            return List.of();
        }
        List<SourceRecord> out = emit(page);
        // entries booked after the window's end may be waiting; a window of only known entries (more than a
        // page share the cursor's second) must not re-probe, or it would loop until the next entry
        reprobe = current.ofs() == 0 && (current.emitted() || !out.isEmpty());
        window = current.ofs() == 0 ? null : current.next(!out.isEmpty());
        return out;
    }

    private HistoryPage fetch(String start, String end, Integer ofs) {
        Map<String, String> params = new LinkedHashMap<>(stream.fixedParams());
        if (start != null) {
            params.put("start", start);
        }
        if (end != null) {
            params.put("end", end);
        }
        if (ofs != null && ofs > 0) {
            params.put("ofs", Integer.toString(ofs));
        }
        return HistoryPage.parse(stream, rest.privatePost(stream.endpoint().method(), params));
    }

    /** Unix seconds strictly before the cursor's time (whole seconds, as Kraken's {@code start} is typed). */
    private String startBound() {
        if (cursor != null) {
            return cursor.time().setScale(0, RoundingMode.CEILING).subtract(BigDecimal.ONE).toPlainString();
        }
        return "earliest".equals(startMode) ? null : startMode;
    }

    private List<SourceRecord> emit(HistoryPage page) {
        Instant receivedAt = clock.get();
        List<SourceRecord> out = new ArrayList<>();
        List<ObjectNode> emitted = new ArrayList<>();
        HistoryCursor last = cursor;
        for (int i = 0; i < page.entries().size(); i++) {
            String id = page.id(stream, i);
            BigDecimal time = page.times().get(i);
            if (last != null && last.covers(id, time)) {
                continue;
            }
            last = last == null ? HistoryCursor.at(id, time) : last.advance(id, time);
            ObjectNode entry = page.entries().get(i);
            stream.enrich(entry);
            emitted.add(entry);
            out.add(records.record(stream.recordType(), records.mapper().toStruct(stream.recordType(), entry, receivedAt),
                    partition.toMap(), last.toMap(stream.idKey())));
        }
        if (ledgerTrades != null && !emitted.isEmpty()) {
            out = ledgerTrades.withTrades(emitted, out, cursor == null ? null : cursor.toMap(stream.idKey()), receivedAt);
        }
        cursor = last;
        return out;
    }

    private void initialiseAtLatest() {
        HistoryPage page = fetch(null, null, null);
        for (int i = 0; i < page.entries().size(); i++) {
            String id = page.id(stream, i);
            cursor = cursor == null ? HistoryCursor.at(id, page.times().get(i)) : cursor.advance(id, page.times().get(i));
        }
        if (cursor != null) {
            log.info("{}: no stored offset; starting after the newest entry {}", stream.endpoint().method(), cursor.id());
        } else {
            startMode = "earliest"; // nothing exists yet: every later entry is new
        }
    }
}
