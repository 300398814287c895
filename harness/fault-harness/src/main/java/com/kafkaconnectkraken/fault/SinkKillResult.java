package com.kafkaconnectkraken.fault;

import java.util.List;
import java.util.Map;

/**
 * The counts of one sink kill run (scenario 1) and of its secret scan (scenario 6).
 *
 * @param connector        the sink connector's name
 * @param method           the commands' method (e.g. {@code add_order}, {@code createOrder})
 * @param commands         commands sent
 * @param rate             commands per second
 * @param kills            the workers killed, as {@code worker_id} in kill order
 * @param ordersDuplicated commands with more than one order at the simulator (by cl_ord_id)
 * @param ordersMissing    commands acknowledged ACCEPTED with no order at the simulator
 * @param ordersAgainstAck commands with an order at the simulator whose final ack is not ACCEPTED (or missing)
 * @param acksDuplicated   commands with more than one final ack on the reply topic
 * @param acksMissing      commands with no final ack
 * @param unknownAcks      UNKNOWN (non-final) acks seen
 * @param finalStatuses    final acks per status
 * @param resolvedBy       final acks per resolved_by
 * @param dlqRecords       records on the DLQ
 * @param refusedNoDlq     commands with a refused final ack (REJECTED, INVALID, EXPIRED) and no DLQ record
 * @param secretHits       secret occurrences found, per "where: what"
 * @param textsScanned     texts (log files, records, traces) scanned for secrets
 * @param seconds          wall time of the scenario from the first command to the counts
 */
record SinkKillResult(String connector, String method, int commands, int rate, List<String> kills, long ordersDuplicated, long ordersMissing,
                      long ordersAgainstAck,
                      long acksDuplicated, long acksMissing, int unknownAcks, Map<String, Integer> finalStatuses,
                      Map<String, Integer> resolvedBy, int dlqRecords, long refusedNoDlq, Map<String, Integer> secretHits,
                      int textsScanned, double seconds) {

    /** @return whether the run kept every promise (0 duplicated, 0 missing, 0 secrets) */
    boolean clean() {
        return ordersDuplicated == 0 && ordersMissing == 0 && ordersAgainstAck == 0 && acksDuplicated == 0 && acksMissing == 0
                && secretHits.isEmpty();
    }

    /** @return the result as a few report lines */
    String report() {
        return String.join("\n",
                "scenario 1 (kill -9 of the " + connector + " task's worker): " + commands + " " + method + " at "
                        + rate + "/s, "
                        + kills.size() + " kill(s) " + kills,
                "  orders at the simulator: duplicated " + ordersDuplicated + ", ACCEPTED without order " + ordersMissing
                        + ", order without ACCEPTED ack " + ordersAgainstAck,
                "  final acks on the reply topic: duplicated " + acksDuplicated + ", missing " + acksMissing
                        + "; UNKNOWN " + unknownAcks + "; by status " + finalStatuses + "; resolved_by " + resolvedBy,
                "  DLQ records " + dlqRecords + "; refused commands without a DLQ record " + refusedNoDlq,
                "scenario 6 (secrets): " + secretHits.values().stream().mapToInt(Integer::intValue).sum()
                        + " occurrence(s) in " + textsScanned + " texts " + (secretHits.isEmpty() ? "" : secretHits),
                String.format("  run time %.0f s", seconds));
    }
}
