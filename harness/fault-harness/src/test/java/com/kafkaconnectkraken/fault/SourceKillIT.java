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
 * Small size of scenarios 2 and 6 on the real multi-JVM cluster: the Kraken Spot source (exactly-once required) with
 * book, executions, Ledgers and TradesHistory while market orders fill for 40 s, one kill -9 of the worker running
 * the source task; every book record verifies on the harness's own book and each symbol resumes with a snapshot,
 * each ledger entry and each fill once and none missing, no secret in any log or record.
 */
class SourceKillIT {

    private static FaultCluster cluster;

    @BeforeAll
    static void startCluster() {
        Path stackHome = Path.of(System.getProperty("kraken.stack.home"));
        cluster = new FaultCluster(stackHome, Path.of("target", "fault-it-source").toAbsolutePath(), 23092);
        cluster.start();
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void killOfTheSourceWorkerResumesBooksFromASnapshotAndWritesEachLedgerEntryAndFillOnce() throws Exception {
        SourceKillResult result = new SourceKillScenario(cluster).run(1, 40, 2);
        System.out.println(result.report());
        assertEquals(1, result.kills().size());
        assertEquals(0, result.booksMismatched(), "book records whose checksum does not verify on the replayed book");
        assertEquals(0, result.updatesWithoutBook(), "book updates without a snapshot before them");
        assertEquals(0, result.resumedWithUpdate(), "symbols whose first record after the kill was an update");
        assertEquals(SourceKillScenario.SYMBOLS.size(), result.resumedWithSnapshot(), "symbols resumed with a snapshot");
        assertEquals(0, result.ledgersDuplicated(), "ledger ids written twice");
        assertEquals(0, result.ledgersMissing(), "ledger entries of the simulator not written");
        assertEquals(0, result.fillsDuplicated(), "exec_ids written twice");
        assertEquals(0, result.fillsMissing(), "trades of the simulator without an execution record");
        assertEquals(0, result.tradeHistoryDuplicated(), "trade_history txids written twice");
        assertEquals(0, result.tradeHistoryMissing(), "trades of the simulator not on trade_history");
        assertEquals("RUNNING", result.finalTaskState());
        assertTrue(result.tradesAtExchange() > 10, "fills during the run: " + result.tradesAtExchange());
        assertEquals(Map.of(), result.secretHits(), "secrets found");
    }
}
