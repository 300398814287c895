package com.kafkaconnectkraken.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real child processes ({@code /bin/sh}): the log, the pid file, exit codes, and stopping with a grace period. */
class ChildProcessTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void oneShotCommandLogsStdoutAndStderrAndSucceeds() {
        ChildProcess process = ChildProcess.start("echo", sh("echo out-line; echo err-line >&2"),
                Map.of(), ChildProcess.Options.ownedByThisJvm(dir, dir.resolve("logs/echo.log")));

        process.awaitSuccess(WAIT);

        assertFalse(process.isAlive());
        assertEquals(dir.resolve("logs/echo.log").toAbsolutePath(), process.logFile());
        assertEquals(List.of("out-line", "err-line"), process.logText().lines().toList());
    }

    @Test
    void runsInItsWorkingDirectoryWithTheExtraEnvironment() {
        ChildProcess process = ChildProcess.start("env", sh("pwd; echo \"$KRAKEN_TEST_SECRET\""),
                Map.of("KRAKEN_TEST_SECRET", "s3cret"), ChildProcess.Options.ownedByThisJvm(dir, dir.resolve("env.log")));

        process.awaitSuccess(WAIT);

        assertEquals(List.of(dir.toString(), "s3cret"), process.logText().lines().toList());
    }

    @Test
    void failingCommandReportsNameExitCodeAndLog() {
        ChildProcess process = ChildProcess.start("tool", sh("exit 3"),
                Map.of(), ChildProcess.Options.ownedByThisJvm(dir, dir.resolve("tool.log")));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> process.awaitSuccess(WAIT));

        assertEquals("tool failed with exit code 3; see " + process.logFile(), e.getMessage());
    }

    @Test
    void exitedServiceFailsTheAliveCheck() {
        ChildProcess process = ChildProcess.start("service", sh("exit 5"),
                Map.of(), ChildProcess.Options.ownedByThisJvm(dir, dir.resolve("service.log")));
        assertThrows(IllegalStateException.class, () -> process.awaitSuccess(WAIT));

        IllegalStateException e = assertThrows(IllegalStateException.class, process::checkAlive);

        assertEquals("service exited with code 5; see " + process.logFile(), e.getMessage());
    }

    @Test
    void commandThatCannotStartNamesItselfAndTheLog() {
        Path missing = dir.resolve("no-such-java");

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ChildProcess.start("broker",
                List.of(missing.toString()), Map.of(), ChildProcess.Options.ownedByThisJvm(dir, dir.resolve("b.log"))));

        assertTrue(e.getMessage().startsWith("broker could not be started (" + missing), e.getMessage());
        assertTrue(e.getMessage().endsWith("see " + dir.resolve("b.log").toAbsolutePath()), e.getMessage());
    }

    @Test
    void supervisedServiceKeepsItsPidFileUntilStoppedCleanly() throws IOException {
        Path pidFile = dir.resolve("sleeper.pid");
        ChildProcess process = ChildProcess.start("sleeper", List.of("sleep", "60"),
                Map.of(), ChildProcess.Options.supervised(dir, dir.resolve("sleeper.log"), pidFile));

        assertTrue(process.isAlive());
        assertEquals(Long.toString(process.pid()), Files.readString(pidFile));

        assertTrue(process.stop(WAIT), "sleep ends on SIGTERM");
        assertFalse(process.isAlive());
        assertFalse(Files.exists(pidFile));
        assertTrue(process.stop(WAIT), "stopping again is a no-op");
    }

    @Test
    void serviceIgnoringSigtermIsKilledAfterTheGracePeriod() throws InterruptedException {
        // an ignored signal stays ignored across exec, so sleep itself ignores SIGTERM
        ChildProcess process = ChildProcess.start("stubborn", sh("trap '' TERM; echo ignoring; exec sleep 60"),
                Map.of(), ChildProcess.Options.ownedByThisJvm(dir, dir.resolve("stubborn.log")));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!process.logText().contains("ignoring") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        assertFalse(process.stop(Duration.ofMillis(300)));
        assertFalse(process.isAlive());
    }

    private static List<String> sh(String script) {
        return List.of("/bin/sh", "-c", script);
    }
}
