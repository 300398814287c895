package com.kafkaconnectkraken.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.cli.FaultCluster;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Small size of scenario 4 on the real multi-JVM cluster: one broker restart, the registry down 20 s, the exchange's
 * WebSockets dropped and its REST answering {@code EService:Unavailable} 5 s then {@code EAPI:Rate limit exceeded} 5 s,
 * while the Spot source (book + Ledgers, exactly once) and the Spot sink run with the stack's demo settings: no
 * connector or task ever FAILED, all RUNNING after each fault, every ledger entry on the topic once, every book record
 * verified, every command one final ack and at most one order, no secret in any log or record.
 */
@Disabled("Row 4 fails today: the Spot source task FAILS while the registry is down (RELIABILITY.md note 6); "
        + "enabled again with the fix. Run it with -Dit.test=OutageIT after removing this line.")
class OutageIT {

    private static FaultCluster cluster;

    @BeforeAll
    static void startCluster() {
        Path stackHome = Path.of(System.getProperty("kraken.stack.home"));
        cluster = new FaultCluster(stackHome, Path.of("target", "outage-it").toAbsolutePath(), 27092);
        cluster.start();
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void brokerRestartRegistryOutageAndExchangeErrorsLeaveNothingFailedAndLoseNothing() throws Exception {
        OutageResult result = new OutageScenario(cluster).run(new OutageScenario.Outages(1, 20, 10, 1));
        System.out.println(result.report());
        assertEquals(List.of(), result.failedSeen(), "FAILED states seen by the status poller");
        assertEquals(List.of(), result.notRunningAtEnd(), "connectors and tasks not RUNNING at the end");
        assertEquals(0, result.ledgerDuplicated(), "ledger ids on the topic more than once");
        assertEquals(0, result.ledgerMissing(), "ledger entries of the simulator not on the topic");
        assertEquals(0, result.ledgerUnknown(), "ledger ids the simulator does not have");
        assertTrue(result.ledgerOnSimulator() > 1, "trades booked ledger entries: " + result.ledgerOnSimulator());
        assertEquals(0, result.book().mismatched(), "book records whose checksum the harness's book did not match");
        assertEquals(0, result.book().updatesWithoutBook(), "book updates without a snapshot before them");
        assertEquals(0, result.book().undecodable(), "book records a reader holding the earlier schemas cannot decode");
        assertTrue(result.book().verified() > 100, "book records verified: " + result.book().verified());
        assertEquals(0, result.acksDuplicated(), "commands with more than one final ack");
        assertEquals(0, result.acksMissing(), "commands with no final ack");
        assertEquals(0, result.ordersDuplicated(), "commands with more than one order");
        assertEquals(0, result.ordersAgainstAck(), "commands whose orders disagree with their final ack");
        assertTrue(result.finalStatuses().getOrDefault("ACCEPTED", 0) > 0, "orders placed");
        assertEquals(Map.of(), result.secretHits(), "secrets found");
    }
}
