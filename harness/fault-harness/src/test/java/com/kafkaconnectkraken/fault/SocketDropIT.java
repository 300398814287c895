package com.kafkaconnectkraken.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.cli.FaultCluster;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Small size of scenarios 3 and 6 on the real multi-JVM cluster: 50 socket drops spread over the six venue
 * connections (Spot public and private sources, Spot sink, Futures source, Trader source and sink); every book record
 * verifies, every ledger entry, Spot fill and Trader order state is on its topic once, one order and one final ack
 * per command, every task RUNNING, no secret in any log or record.
 */
class SocketDropIT {

    @Test
    void fiftySocketDropsLoseAndDuplicateNothing() throws Exception {
        Path stackHome = Path.of(System.getProperty("kraken.stack.home"));
        SocketDropResult result;
        try (FaultCluster cluster = new FaultCluster(stackHome, Path.of("target", "socket-drop-it").toAbsolutePath(), 25092)) {
            cluster.start();
            result = new SocketDropScenario(cluster).run(50, 20261207L);
        }
        System.out.println(result.report());
        assertEquals(50, result.drops(), "connections cut");
        assertEquals(SocketDropScenario.VENUES.size(), result.perVenue().size(), "every venue had drops");
        assertEquals(0, result.spotBook().unverified(), "Spot book records that do not verify");
        assertEquals(0, result.futuresBook().unverified(), "Futures book records that do not verify");
        assertEquals(0, result.traderDepth().unverified(), "Trader depth records that do not verify");
        assertTrue(result.spotBook().snapshots() > 3 && result.futuresBook().records() > 0
                && result.traderDepth().records() > 0, "books streamed and resubscribed");
        for (SocketDropResult.Once once : new SocketDropResult.Once[] {result.ledgers(), result.fills(), result.traderStates()}) {
            assertEquals(0, once.duplicated(), "duplicated: " + once.report());
            assertEquals(0, once.missing(), "missing: " + once.report());
            assertTrue(once.truth() > 0, "history to check: " + once.report());
        }
        for (SocketDropResult.Orders orders : new SocketDropResult.Orders[] {result.spotOrders(), result.traderOrders()}) {
            assertTrue(orders.clean(), orders.report());
            assertTrue(orders.finalStatuses().getOrDefault("ACCEPTED", 0) > 0, "orders placed: " + orders.report());
        }
        assertEquals(Map.of(), result.notRunning(), "tasks not RUNNING at the end");
        assertEquals(Map.of(), result.secretHits(), "secrets found");
        assertTrue(result.textsScanned() > 100, "logs, records and traces scanned");
    }
}
