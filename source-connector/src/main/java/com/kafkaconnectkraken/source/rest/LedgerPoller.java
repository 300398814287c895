package com.kafkaconnectkraken.source.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.rest.KrakenRestClient;
import com.kafkaconnectkraken.source.config.RecordType;
import com.kafkaconnectkraken.source.mapping.JsonTime;
import com.kafkaconnectkraken.source.mapping.RecordFactory;
import com.kafkaconnectkraken.source.mapping.RestMapper;
import com.kafkaconnectkraken.source.offset.LedgerCursor;
import com.kafkaconnectkraken.source.offset.LedgerPartition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads new ledger entries from REST {@code Ledgers} (https://docs.kraken.com/api/docs/rest-api/get-ledgers)
 * without skipping or repeating any, and resumes from the stored {@link LedgerCursor}.
 *
 * <p>Kraken returns 50 entries per page, newest first; {@code start} is exclusive and {@code end}
 * inclusive, both accept a ledger id. One {@link #poll()} asks for entries after the cursor
 * ({@code start=<cursor id>}); while a page is full it pages backwards with {@code end=<oldest id so
 * far>} and drops the repeated boundary entry. Offsets ({@code ofs}) are never used, so entries
 * arriving meanwhile cannot shift pages: they are newer than the first page and come with the next
 * poll. The batch is emitted oldest first, each record carrying the cursor at that entry as its
 * offset; the in-memory cursor advances only when the whole batch was read. Any failure leaves the
 * cursor unchanged, so the next poll repeats the same read.
 *
 * <p>Without a stored cursor, {@code ledgers.start} decides: {@code latest} takes the newest
 * existing entry as cursor and emits nothing, {@code earliest} reads the whole history, unix
 * seconds read entries after that time. Not thread-safe (runs on the task's scheduler).
 *
 * <p>Caveat: Kraken resolves a ledger id in {@code start}/{@code end} to that entry's time (unix
 * seconds, 4 decimals). Entries sharing the cursor's exact time are written together in one poll
 * (a trade's two ledger entries are created at once); an entry inserted later with exactly the
 * cursor's time would not be returned by Kraken. Entries repeated at page boundaries are dropped by id.
 */
public final class LedgerPoller {

    private static final Logger log = LoggerFactory.getLogger(LedgerPoller.class);
    static final int PAGE_SIZE = 50;

    private final KrakenRestClient rest;
    private final RecordFactory records;
    private final LedgerPartition partition;
    private final String startMode;
    private final Supplier<Instant> clock;
    private LedgerCursor cursor;

    /**
     * @param rest      signed REST client
     * @param records   record factory
     * @param partition source partition of this account
     * @param cursor    stored cursor, or null
     * @param startMode {@code latest}, {@code earliest} or unix seconds (used only without cursor)
     * @param clock     receive-time clock
     */
    public LedgerPoller(KrakenRestClient rest, RecordFactory records, LedgerPartition partition, LedgerCursor cursor,
                        String startMode, Supplier<Instant> clock) {
        this.rest = rest;
        this.records = records;
        this.partition = partition;
        this.cursor = cursor;
        this.startMode = startMode;
        this.clock = clock;
    }

    /** The cursor after the last complete poll, or null before the first. */
    public LedgerCursor cursor() {
        return cursor;
    }

    /**
     * Reads every entry after the cursor.
     *
     * @return ledger records, oldest first (empty when nothing is new)
     * @throws com.kafkaconnectkraken.client.rest.KrakenApiException on REST failure (cursor unchanged)
     * @throws DataException if an entry does not fit the contract (cursor unchanged)
     */
    public List<SourceRecord> poll() {
        if (cursor == null && "latest".equals(startMode)) {
            initialiseAtLatest();
            return List.of();
        }
        String start = cursor != null ? cursor.ledgerId() : "earliest".equals(startMode) ? null : startMode;
        List<ObjectNode> newestFirst = readAfter(start);
        Instant receivedAt = clock.get();
        List<SourceRecord> out = new ArrayList<>(newestFirst.size());
        LedgerCursor last = cursor;
        Collections.reverse(newestFirst);
        for (ObjectNode entry : newestFirst) {
            last = cursorOf(entry);
            out.add(records.record(RecordType.LEDGER, records.mapper().toStruct(RecordType.LEDGER, entry, receivedAt),
                    partition.toMap(), last.toMap()));
        }
        cursor = last;
        if (!out.isEmpty()) {
            log.debug("Read {} new ledger entries up to {}", out.size(), cursor.ledgerId());
        }
        return out;
    }

    private void initialiseAtLatest() {
        List<ObjectNode> page = RestMapper.keyed(rest.privatePost("Ledgers", Map.of()).get("ledger"), "ledger_id", "ledger");
        if (!page.isEmpty()) {
            cursor = cursorOf(page.get(0));
            log.info("No stored ledger offset; starting after the newest entry {}", cursor.ledgerId());
        }
    }

    private List<ObjectNode> readAfter(String start) {
        Map<String, ObjectNode> entries = new LinkedHashMap<>();
        String end = null;
        while (true) {
            Map<String, String> params = new LinkedHashMap<>();
            if (start != null) {
                params.put("start", start);
            }
            if (end != null) {
                params.put("end", end);
            }
            JsonNode result = rest.privatePost("Ledgers", params);
            List<ObjectNode> page = RestMapper.keyed(result.get("ledger"), "ledger_id", "ledger");
            int added = 0;
            for (ObjectNode entry : page) {
                String id = entry.get("ledger_id").asText();
                if (!id.equals(start) && entries.putIfAbsent(id, entry) == null) {
                    added++;
                }
            }
            if (page.size() < PAGE_SIZE || added == 0) {
                return new ArrayList<>(entries.values());
            }
            end = page.get(page.size() - 1).get("ledger_id").asText();
        }
    }

    private static LedgerCursor cursorOf(ObjectNode entry) {
        BigDecimal time = JsonTime.seconds(entry.get("time"), "ledger.time");
        return new LedgerCursor(entry.get("ledger_id").asText(), time);
    }
}
