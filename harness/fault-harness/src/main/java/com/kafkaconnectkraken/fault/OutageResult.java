package com.kafkaconnectkraken.fault;

import java.util.List;
import java.util.Map;

/**
 * The counts of one outage run (scenario 4) and of its secret scan (scenario 6).
 *
 * @param phases            each fault as run, with the seconds from its end until every connector and task was
 *                          RUNNING again (e.g. {@code broker restart (down 8.1 s): RUNNING after 4.2 s})
 * @param failedSeen        distinct FAILED states seen by the status poller (connector or task, with the trace's
 *                          first line), none expected
 * @param notRunningAtEnd   connectors or tasks not RUNNING once the last fault ended and the wait was over
 * @param ledgerOnSimulator ledger entries of the demo account at the simulator (REST Ledgers)
 * @param ledgerRecords     records on the ledger topic
 * @param ledgerDuplicated  ledger ids on the topic more than once
 * @param ledgerMissing     ledger ids of the simulator not on the topic
 * @param ledgerUnknown     ids on the topic the simulator does not have
 * @param book              the book records' independent verification, read with a reader that held the schemas
 *                          from before the faults
 * @param idsUnknownAfter   schema ids on the book and ledger topics that the registry, after its restart, does not know
 * @param idsChangedAfter   schema ids on those topics that the restarted registry maps to another schema
 * @param commands          commands sent
 * @param acksDuplicated    commands with more than one final ack
 * @param acksMissing       commands with no final ack
 * @param ordersDuplicated  commands with more than one order at the simulator
 * @param ordersAgainstAck  commands whose order count disagrees with the final ack (ACCEPTED without an order,
 *                          or an order without ACCEPTED)
 * @param finalStatuses     final acks per status
 * @param secretHits        secret occurrences found, per "where: what"
 * @param textsScanned      texts scanned for secrets
 * @param seconds           wall time from the first fault to the counts
 */
record OutageResult(List<String> phases, List<String> failedSeen, List<String> notRunningAtEnd, int ledgerOnSimulator,
                    int ledgerRecords, long ledgerDuplicated, long ledgerMissing, long ledgerUnknown, BookCheck book,
                    List<Integer> idsUnknownAfter, List<Integer> idsChangedAfter, int commands, long acksDuplicated,
                    long acksMissing, long ordersDuplicated, long ordersAgainstAck, Map<String, Integer> finalStatuses,
                    Map<String, Integer> secretHits, int textsScanned, double seconds) {

    /** @return whether every promise held: nothing FAILED, nothing lost or doubled, every book record verified */
    boolean clean() {
        return failedSeen.isEmpty() && notRunningAtEnd.isEmpty() && ledgerDuplicated == 0 && ledgerMissing == 0
                && ledgerUnknown == 0 && book.mismatched() == 0 && book.updatesWithoutBook() == 0 && book.undecodable() == 0
                && book.verified() > 0 && acksDuplicated == 0 && acksMissing == 0 && ordersDuplicated == 0
                && ordersAgainstAck == 0 && secretHits.isEmpty();
    }

    /** @return the result as a few report lines */
    String report() {
        return String.join("\n",
                "scenario 4 (outages): " + String.join("; ", phases),
                "  FAILED seen: " + (failedSeen.isEmpty() ? "none" : failedSeen) + "; not RUNNING at the end: "
                        + (notRunningAtEnd.isEmpty() ? "none" : notRunningAtEnd),
                "  ledger: simulator " + ledgerOnSimulator + " entries, topic " + ledgerRecords + " records; duplicated "
                        + ledgerDuplicated + ", missing " + ledgerMissing + ", unknown " + ledgerUnknown,
                "  book: " + book.records() + " records, " + book.snapshots() + " snapshots, verified " + book.verified()
                        + ", mismatched " + book.mismatched() + ", updates without a snapshot " + book.updatesWithoutBook()
                        + ", undecodable " + book.undecodable() + "; schema ids (records) " + book.schemaIds(),
                "  registry after its restart: ids unknown " + idsUnknownAfter + ", ids now naming another schema "
                        + idsChangedAfter,
                "  sink: " + commands + " add_order; final acks duplicated " + acksDuplicated + ", missing " + acksMissing
                        + ", by status " + finalStatuses + "; orders duplicated " + ordersDuplicated
                        + ", disagreeing with the ack " + ordersAgainstAck,
                "scenario 6 (secrets): " + secretHits.values().stream().mapToInt(Integer::intValue).sum()
                        + " occurrence(s) in " + textsScanned + " texts " + (secretHits.isEmpty() ? "" : secretHits),
                String.format("  run time %.0f s", seconds));
    }
}
