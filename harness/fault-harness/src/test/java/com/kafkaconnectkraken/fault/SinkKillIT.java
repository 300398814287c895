package com.kafkaconnectkraken.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.cli.FaultCluster;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Small size of scenarios 1 and 6 on the real multi-JVM cluster, once per venue's sink on one cluster: 100 commands
 * at 50/s, one kill -9 of the worker running the sink task; exactly one order and one final ack per command, no
 * secret in any log or record.
 */
class SinkKillIT {

    private static FaultCluster cluster;

    @BeforeAll
    static void startCluster() {
        Path stackHome = Path.of(System.getProperty("kraken.stack.home"));
        cluster = new FaultCluster(stackHome, Path.of("target", "fault-it").toAbsolutePath(), 21092);
        cluster.start();
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void killOfTheSpotSinkWorkerLosesAndDuplicatesNothing() throws Exception {
        assertClean(new SinkKillScenario(cluster, new SpotVenue()).run(100, 50, 1));
    }

    @Test
    void killOfTheTraderSinkWorkerLosesAndDuplicatesNothing() throws Exception {
        assertClean(new SinkKillScenario(cluster, new TraderVenue()).run(100, 50, 1));
    }

    private static void assertClean(SinkKillResult result) {
        System.out.println(result.report());
        assertEquals(1, result.kills().size());
        assertEquals(0, result.ordersDuplicated(), "commands with more than one order");
        assertEquals(0, result.ordersMissing(), "commands acknowledged ACCEPTED with no order");
        assertEquals(0, result.ordersAgainstAck(), "commands with an order but no ACCEPTED ack");
        assertEquals(0, result.acksDuplicated(), "commands with more than one final ack");
        assertEquals(0, result.acksMissing(), "commands with no final ack");
        assertEquals(0, result.refusedNoDlq(), "refused commands without a DLQ record");
        assertEquals(Map.of(), result.secretHits(), "secrets found");
        assertTrue(result.finalStatuses().getOrDefault("ACCEPTED", 0) > 0, "orders placed");
        assertTrue(result.textsScanned() > 100, "logs, acks and traces scanned");
    }
}
