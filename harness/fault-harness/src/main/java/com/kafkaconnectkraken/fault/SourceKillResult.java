package com.kafkaconnectkraken.fault;

import java.util.List;
import java.util.Map;

/**
 * The counts of one source kill run (scenario 2) and of its secret scan (scenario 6).
 *
 * @param connector           the source connector's name
 * @param symbols             the book symbols
 * @param kills               one line per kill: worker, time into the run, whether the sink's task ran there too
 * @param bookRecords         records on the book topic
 * @param bookSnapshots       snapshot records on the book topic
 * @param booksVerified       book records whose checksum matched the harness's replayed book
 * @param booksMismatched     book records whose checksum did not match the replayed book
 * @param updatesWithoutBook  update records with no snapshot before them (since the start or a mismatch)
 * @param resumedWithSnapshot per kill and symbol, the first record after the kill was a snapshot
 * @param resumedWithUpdate   per kill and symbol, the first record after the kill was an update (a stale book)
 * @param notResumed          per kill and symbol, no record after the kill
 * @param bookResets          records on the book_reset topic
 * @param ledgerRecords       records on the ledger topic
 * @param ledgersAtExchange   ledger entries the simulator holds for the account
 * @param ledgersDuplicated   ledger ids written more than once
 * @param ledgersMissing      ledger ids of the simulator not on the topic
 * @param fills               distinct exec_ids of trade executions on the execution topic
 * @param tradesAtExchange    trades the simulator holds for the account
 * @param fillsDuplicated     exec_ids written more than once
 * @param fillsMissing        trade ids of the simulator with no trade execution on the topic
 * @param fillsBackfilled     trade executions written from REST (source {@code rest_backfill})
 * @param tradeHistoryDuplicated txids written more than once on the trade_history topic
 * @param tradeHistoryMissing trade ids of the simulator not on the trade_history topic
 * @param gapRecords          gap records, per channel
 * @param finalTaskState      the source task's state at the end
 * @param ordersSent          market orders sent through the sink
 * @param orderAcks           final acks of those orders per status
 * @param secretHits          secret occurrences found, per "where: what"
 * @param textsScanned        texts scanned for secrets
 * @param seconds             wall time from the first order to the counts
 */
record SourceKillResult(String connector, List<String> symbols, List<String> kills, int bookRecords, int bookSnapshots,
                        int booksVerified, int booksMismatched, int updatesWithoutBook, int resumedWithSnapshot,
                        int resumedWithUpdate, int notResumed, int bookResets, int ledgerRecords, int ledgersAtExchange,
                        long ledgersDuplicated, long ledgersMissing, int fills, int tradesAtExchange, long fillsDuplicated,
                        long fillsMissing, int fillsBackfilled, long tradeHistoryDuplicated, long tradeHistoryMissing,
                        Map<String, Integer> gapRecords, String finalTaskState, int ordersSent,
                        Map<String, Integer> orderAcks, Map<String, Integer> secretHits, int textsScanned, double seconds) {

    /** @return whether the run kept every promise */
    boolean clean() {
        return booksMismatched == 0 && updatesWithoutBook == 0 && resumedWithUpdate == 0 && notResumed == 0
                && ledgersDuplicated == 0 && ledgersMissing == 0 && fillsDuplicated == 0 && fillsMissing == 0
                && tradeHistoryDuplicated == 0 && tradeHistoryMissing == 0 && "RUNNING".equals(finalTaskState)
                && secretHits.isEmpty();
    }

    /** @return the result as a few report lines */
    String report() {
        return String.join("\n",
                "scenario 2 (kill -9 of the " + connector + " task's worker): " + kills.size() + " kill(s)",
                "  kills: " + String.join("; ", kills),
                "  books " + symbols + ": " + bookRecords + " records, " + bookSnapshots + " snapshots; checksum verified "
                        + booksVerified + ", mismatched " + booksMismatched + ", updates without a book "
                        + updatesWithoutBook + "; per kill and symbol: resumed with a snapshot " + resumedWithSnapshot
                        + ", with an update (stale book) " + resumedWithUpdate + ", not resumed " + notResumed
                        + "; book_reset records " + bookResets,
                "  ledgers: " + ledgerRecords + " records, " + ledgersAtExchange + " at the simulator; duplicated "
                        + ledgersDuplicated + ", missing " + ledgersMissing,
                "  executions: " + fills + " fills (exec_id), " + tradesAtExchange + " trades at the simulator; duplicated "
                        + fillsDuplicated + ", missing " + fillsMissing + ", backfilled from REST " + fillsBackfilled
                        + "; trade_history duplicated " + tradeHistoryDuplicated + ", missing " + tradeHistoryMissing,
                "  gap records " + gapRecords + "; source task at the end: " + finalTaskState,
                "  orders sent " + ordersSent + ", final acks " + orderAcks,
                "scenario 6 (secrets): " + secretHits.values().stream().mapToInt(Integer::intValue).sum()
                        + " occurrence(s) in " + textsScanned + " texts " + (secretHits.isEmpty() ? "" : secretHits),
                String.format("  run time %.0f s", seconds));
    }
}
