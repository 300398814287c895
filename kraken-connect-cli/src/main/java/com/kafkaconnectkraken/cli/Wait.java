package com.kafkaconnectkraken.cli;

import com.kafkaconnectkraken.registry.ChildProcess;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a readiness condition while checking that the process it depends on is still alive. */
final class Wait {

    private Wait() {
    }

    /**
     * @param what      what is awaited, for the error message
     * @param timeout   how long to wait
     * @param process   the process that must stay alive meanwhile (null = none)
     * @param condition polled every 200 ms
     * @throws StackException if the process exits or the condition stays false until the timeout
     */
    static void until(String what, Duration timeout, ChildProcess process, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                if (process != null) {
                    process.checkAlive();
                }
            } catch (IllegalStateException e) {
                throw new StackException(e.getMessage(), e);
            }
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new StackException(what + " not ready within " + timeout.toSeconds() + " s"
                        + (process == null ? "" : "; see " + process.logFile()));
            }
            sleep(200);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted", e);
        }
    }
}
