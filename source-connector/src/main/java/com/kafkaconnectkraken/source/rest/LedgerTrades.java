package com.kafkaconnectkraken.source.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.rest.KrakenRestClient;
import com.kafkaconnectkraken.source.config.RecordType;
import com.kafkaconnectkraken.source.mapping.RecordFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Ledgers enrichment ({@code rest.ledgers.enrich.trades}): the trade behind a Ledgers entry of type {@code trade}
 * is read with REST {@code QueryTrades} (https://docs.kraken.com/api/docs/rest-api/get-trades-info; at most 20
 * txids per call, each call a history call on the call counter) and published as a {@code trade_history} record,
 * shaped like a {@code TradesHistory} entry ({@code txid} = the ledger entry's {@code refid}).
 *
 * <p>A spot trade books two ledger entries sharing its {@code refid} (the asset paid and the asset received);
 * the trade is published with the entry whose {@code amount} is positive (the asset received), right before that
 * ledger record and with the source offset of the cursor before it: with exactly-once support both are written in
 * one transaction, so a restart writes each trade exactly once; without it a crash between the two re-reads the
 * ledger entry (the trade may be written twice, never lost). Not thread-safe (runs with its {@link HistoryPoller}).
 */
public final class LedgerTrades {

    /** Kraken's limit of txids per {@code QueryTrades} call. */
    static final int MAX_TXIDS = 20;

    private final KrakenRestClient rest;
    private final RecordFactory records;

    /**
     * @param rest    signed REST client
     * @param records record factory
     */
    public LedgerTrades(KrakenRestClient rest, RecordFactory records) {
        this.rest = rest;
        this.records = records;
    }

    /**
     * Adds before each trade ledger record the trade it names.
     *
     * @param entries    the ledger entries emitted (with {@code ledger_id}), same order as {@code ledger}
     * @param ledger     their records
     * @param before     the source offset before the first entry (null when no cursor was stored)
     * @param receivedAt receive time of the trade records
     * @return the ledger records, each trade record right before its ledger record
     * @throws com.kafkaconnectkraken.client.rest.KrakenApiException on REST failure
     * @throws DataException if Kraken does not return a trade named by a ledger entry
     */
    List<SourceRecord> withTrades(List<ObjectNode> entries, List<SourceRecord> ledger, Map<String, ?> before,
                                 Instant receivedAt) {
        Map<String, JsonNode> trades = query(entries);
        List<SourceRecord> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String txid = tradeId(entries.get(i));
            if (txid != null) {
                JsonNode trade = trades.get(txid);
                if (!(trade instanceof ObjectNode node)) {
                    throw new DataException("QueryTrades: no trade " + txid + " named by ledger entry "
                            + entries.get(i).path("ledger_id").asText());
                }
                ObjectNode value = node.deepCopy().put("txid", txid);
                out.add(records.record(RecordType.TRADE_HISTORY,
                        records.mapper().toStruct(RecordType.TRADE_HISTORY, value, receivedAt),
                        ledger.get(i).sourcePartition(), i == 0 ? before : ledger.get(i - 1).sourceOffset()));
            }
            out.add(ledger.get(i));
        }
        return out;
    }

    private Map<String, JsonNode> query(List<ObjectNode> entries) {
        List<String> txids = new ArrayList<>();
        entries.forEach(e -> {
            String txid = tradeId(e);
            if (txid != null && !txids.contains(txid)) {
                txids.add(txid);
            }
        });
        Map<String, JsonNode> trades = new HashMap<>();
        for (int from = 0; from < txids.size(); from += MAX_TXIDS) {
            List<String> batch = txids.subList(from, Math.min(txids.size(), from + MAX_TXIDS));
            JsonNode result = rest.privatePost("QueryTrades", Map.of("txid", String.join(",", batch)));
            batch.forEach(txid -> trades.put(txid, result.get(txid)));
        }
        return trades;
    }

    /** The refid of a trade entry crediting an asset, else null. */
    private static String tradeId(ObjectNode entry) {
        JsonNode amount = entry.get("amount");
        if (!"trade".equals(entry.path("type").asText()) || amount == null || !entry.hasNonNull("refid")) {
            return null;
        }
        return new BigDecimal(amount.asText()).signum() > 0 ? entry.get("refid").asText() : null;
    }
}
