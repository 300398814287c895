package com.kafkaconnectkraken.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Creates a connector through the worker's REST API (deleting one of the same name left by an earlier run first,
 * so no stale status is read) and waits until it and its tasks run; a FAILED connector or task is reported with
 * the first line of its trace and the worker's log.
 */
final class ConnectorDeployer {

    private final ConnectRest rest;
    private final Console console;
    private final Path workerLog;

    ConnectorDeployer(ConnectRest rest, Console console, Path workerLog) {
        this.rest = rest;
        this.console = console;
        this.workerLog = workerLog;
    }

    /**
     * @param name   connector name
     * @param config its config
     * @param what   what it does, for the progress line
     * @throws StackException if the worker rejects it, or it or a task fails, or it is not running within 90 s
     */
    void deploy(String name, Map<String, String> config, String what) {
        if (rest.deleteConnector(name, Duration.ofSeconds(30))) {
            console.say("connector %s left by an earlier run deleted (its offsets are kept)", name);
        }
        rest.putConnector(name, config, Duration.ofSeconds(60));
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            JsonNode status = rest.status(name);
            if (status != null) {
                failure(name, status);
                if (running(status)) {
                    console.say("connector %s RUNNING: %s", name, what);
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new StackException("Connector " + name + " not running within 90 s (status " + status + "); see " + workerLog);
            }
            Wait.sleep(300);
        }
    }

    /** @return whether the connector and every one of its (at least one) tasks are RUNNING */
    static boolean running(JsonNode status) {
        if (!"RUNNING".equals(status.path("connector").path("state").asText()) || status.path("tasks").isEmpty()) {
            return false;
        }
        for (JsonNode task : status.path("tasks")) {
            if (!"RUNNING".equals(task.path("state").asText())) {
                return false;
            }
        }
        return true;
    }

    private void failure(String name, JsonNode status) {
        JsonNode failed = "FAILED".equals(status.path("connector").path("state").asText()) ? status.path("connector") : null;
        for (JsonNode task : status.path("tasks")) {
            if (failed == null && "FAILED".equals(task.path("state").asText())) {
                failed = task;
            }
        }
        if (failed != null) {
            String trace = failed.path("trace").asText("");
            throw new StackException("Connector " + name + " FAILED: " + trace.lines().findFirst().orElse("(no trace)")
                    + "; see " + workerLog);
        }
    }
}
