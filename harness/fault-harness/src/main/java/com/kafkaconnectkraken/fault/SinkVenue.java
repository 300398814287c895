package com.kafkaconnectkraken.fault;

import com.kafkaconnectkraken.cli.FaultCluster;
import java.util.Map;

/**
 * What scenario 1 needs to know of a sink's venue: which demo sink it deploys, the command it sends, how the
 * simulator is asked for the orders it holds and which secrets the scan looks for. The rest of the scenario (the
 * driver, the kills, the ack and DLQ counts, the secret scan) is the same for every venue.
 */
interface SinkVenue {

    /** @return the sink the cluster deploys (connector name and topics) */
    FaultCluster.Sink sink();

    /** @return the command's method, for the report (e.g. {@code add_order}) */
    String method();

    /**
     * @param reqId         the command's number, from 1
     * @param clientOrderId the command's client order id (also the record key)
     * @return the command as schemaless JSON text
     */
    String command(int reqId, String clientOrderId);

    /**
     * @return orders per client order id at the simulator, read through the venue's own API
     * @throws RuntimeException if the simulator does not answer
     */
    Map<String, Integer> ordersPerClientOrderId(FaultCluster cluster);

    /** @return the literal secrets of the run to scan for, by a name for the report (each at least 8 characters) */
    Map<String, String> secrets(FaultCluster cluster);

    /**
     * @param name {@code spot} or {@code trader}
     * @return the venue
     * @throws IllegalArgumentException for another name
     */
    static SinkVenue named(String name) {
        return switch (name) {
            case "spot" -> new SpotVenue();
            case "trader" -> new TraderVenue();
            default -> throw new IllegalArgumentException("Unknown venue '" + name + "' (spot or trader)");
        };
    }
}
