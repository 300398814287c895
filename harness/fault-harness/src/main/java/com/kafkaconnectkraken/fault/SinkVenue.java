package com.kafkaconnectkraken.fault;

import com.kafkaconnectkraken.cli.FaultCluster;
import java.util.Map;

/**
 * What scenario 1 needs to know of a sink's venue: which demo sink it deploys, the command it sends, how the
 * simulator is asked for the orders it holds and which secrets the scan looks for. The rest of the scenario (the
 * driver, the kills, the ack and DLQ counts, the secret scan) is the same for every venue.
 */
abstract class SinkVenue {

    private final FaultCluster.Sink sink;
    private final String method;

    /**
     * @param sink   the sink the cluster deploys (connector name and topics)
     * @param method the commands' method, for the report (e.g. {@code add_order})
     */
    SinkVenue(FaultCluster.Sink sink, String method) {
        this.sink = sink;
        this.method = method;
    }

    /** @return the sink the cluster deploys */
    final FaultCluster.Sink sink() {
        return sink;
    }

    /** @return the commands' method */
    final String method() {
        return method;
    }

    /**
     * @param reqId         the command's number, from 1
     * @param clientOrderId the command's client order id (also the record key)
     * @return the command as schemaless JSON text
     */
    abstract String command(int reqId, String clientOrderId);

    /**
     * @return orders per client order id at the simulator, read through the venue's own API
     * @throws RuntimeException if the simulator does not answer
     */
    abstract Map<String, Integer> ordersPerClientOrderId(FaultCluster cluster);

    /** @return the literal secrets of the run to scan for, by a name for the report (each at least 8 characters) */
    abstract Map<String, String> secrets(FaultCluster cluster);

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
