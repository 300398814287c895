package com.kafkaconnectkraken.fault;

import java.util.List;
import java.util.Map;

/**
 * The counts of one socket drop run (scenario 3) and of its secret scan (scenario 6).
 *
 * @param drops         connections cut
 * @param perVenue      cuts per venue relay
 * @param fresh         cuts of a connection the drop waited for (in its first bytes: upgrade, login, subscribe, snapshot)
 * @param atByte        cuts at a byte offset inside the traffic (the others at a random moment of a quiet connection)
 * @param dropSeconds   wall time of the drops
 * @param spotBook      Kraken Spot book records ({@link BookChecks#spot})
 * @param futuresBook   Kraken Futures book records ({@link BookChecks#futures})
 * @param traderDepth   Trader API depth records ({@link BookChecks#traderDepth})
 * @param gaps          gap and book_reset records per topic
 * @param ledgers       Spot ledger entries: REST Ledgers against the ledger topic (by ledger_id)
 * @param fills         Spot trades: REST TradesHistory against the execution topic's trade executions (by exec_id)
 * @param traderStates  Trader orders' latest states (orderHistory) against the executions topic (order_id, status,
 *                      filled quantity)
 * @param spotOrders    the Spot sink's commands
 * @param traderOrders  the Trader sink's commands
 * @param notRunning    connectors with something not RUNNING at the end, and what
 * @param secretHits    secret occurrences found, per "where: what"
 * @param textsScanned  texts (log files, records, traces) scanned for secrets
 * @param seconds       wall time from the first drop to the counts
 */
record SocketDropResult(int drops, Map<String, Integer> perVenue, long fresh, long atByte, double dropSeconds,
                        BookChecks.Count spotBook, BookChecks.Count futuresBook, BookChecks.Count traderDepth,
                        Map<String, Integer> gaps, Once ledgers, Once fills, Once traderStates, Orders spotOrders,
                        Orders traderOrders, Map<String, List<String>> notRunning, Map<String, Integer> secretHits,
                        int textsScanned, double seconds) {

    /**
     * Ids of the simulator's truth against the records of a topic.
     *
     * @param truth      ids at the simulator
     * @param records    records on the topic
     * @param duplicated ids on more than one record
     * @param missing    ids of the truth on no record
     * @param extra      ids on the topic the simulator does not list
     * @param someDuplicated up to 3 of the duplicated ids
     * @param someMissing    up to 3 of the missing ids
     */
    record Once(int truth, int records, long duplicated, long missing, long extra, List<String> someDuplicated,
                List<String> someMissing) {

        String report() {
            return truth + " at the simulator, " + records + " records: duplicated " + duplicated + " "
                    + someDuplicated + ", missing " + missing + " " + someMissing + ", not at the simulator " + extra;
        }
    }

    /**
     * A sink's commands (as scenario 1 counts them).
     *
     * @param connector        the sink
     * @param commands         commands sent
     * @param ordersDuplicated commands with more than one order at the simulator
     * @param ordersMissing    commands acknowledged ACCEPTED with no order
     * @param ordersAgainstAck commands with an order whose final ack is not ACCEPTED (or missing)
     * @param acksDuplicated   commands with more than one final ack
     * @param acksMissing      commands with no final ack
     * @param unknownAcks      UNKNOWN (non-final) acks
     * @param finalStatuses    final acks per status
     */
    record Orders(String connector, int commands, long ordersDuplicated, long ordersMissing, long ordersAgainstAck,
                  long acksDuplicated, long acksMissing, int unknownAcks, Map<String, Integer> finalStatuses) {

        boolean clean() {
            return ordersDuplicated == 0 && ordersMissing == 0 && ordersAgainstAck == 0 && acksDuplicated == 0
                    && acksMissing == 0;
        }

        String report() {
            return connector + ": " + commands + " commands; orders duplicated " + ordersDuplicated
                    + ", ACCEPTED without order " + ordersMissing + ", order without ACCEPTED ack " + ordersAgainstAck
                    + "; final acks duplicated " + acksDuplicated + ", missing " + acksMissing + "; UNKNOWN "
                    + unknownAcks + "; by status " + finalStatuses;
        }
    }

    /** @return whether no ledger entry, fill or Trader order state is missing or repeated */
    boolean historyClean() {
        return List.of(ledgers, fills, traderStates).stream().allMatch(o -> o.duplicated() == 0 && o.missing() == 0);
    }

    /** @return whether the run kept every promise */
    boolean clean() {
        return spotBook.unverified() == 0 && futuresBook.unverified() == 0 && traderDepth.unverified() == 0
                && historyClean() && spotOrders.clean() && traderOrders.clean() && notRunning.isEmpty()
                && secretHits.isEmpty();
    }

    /** @return the result as a few report lines */
    String report() {
        return String.join("\n",
                String.format("scenario 3 (socket drops): %d connections cut in %.0f s %s; %d of them in the "
                        + "connection's first bytes, %d at a byte offset inside the traffic", drops, dropSeconds,
                        perVenue, fresh, atByte),
                "  Spot book: " + book(spotBook),
                "  Futures book: " + book(futuresBook),
                "  Trader depth: " + book(traderDepth),
                "  gap / book_reset records: " + gaps,
                "  Spot ledgers: " + ledgers.report(),
                "  Spot fills (executions, exec_type trade): " + fills.report(),
                "  Trader order states (executions): " + traderStates.report(),
                "  " + spotOrders.report(),
                "  " + traderOrders.report(),
                "  not RUNNING at the end: " + (notRunning.isEmpty() ? "none" : notRunning),
                "scenario 6 (secrets): " + secretHits.values().stream().mapToInt(Integer::intValue).sum()
                        + " occurrence(s) in " + textsScanned + " texts " + (secretHits.isEmpty() ? "" : secretHits),
                String.format("  run time %.0f s", seconds));
    }

    private static String book(BookChecks.Count count) {
        return count.records() + " records (" + count.snapshots() + " snapshots), unverified " + count.unverified()
                + (count.firstFailures().isEmpty() ? "" : " " + count.firstFailures());
    }
}
