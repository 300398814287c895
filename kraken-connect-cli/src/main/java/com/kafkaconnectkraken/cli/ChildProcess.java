package com.kafkaconnectkraken.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One service of the stack running as a child process: its stdout and stderr go to {@code logs/<name>.log}, its
 * pid to {@code run/<name>.pid} (so {@code kraken-connect stop} can end it even if the launcher died). Errors
 * name the service and its log.
 */
final class ChildProcess {

    private static final Logger log = LoggerFactory.getLogger(ChildProcess.class);
    /** util-linux setsid: runs the command in a new session, so a terminal's Ctrl-C reaches only the launcher. */
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final String name;
    private final Process process;
    private final Path logFile;
    private final Path pidFile;

    private ChildProcess(String name, Process process, Path logFile, Path pidFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.pidFile = pidFile;
    }

    /**
     * Starts {@code java <jvmArgs...>} with the given arguments.
     *
     * @param name    service name: log file {@code logs/<name>.log}, pid file {@code run/<name>.pid}
     * @param layout  the stack layout
     * @param command the full command (java executable first)
     * @param env     extra environment variables (e.g. a secret that must not show in {@code ps})
     * @return the started process
     * @throws StackException if it cannot be started
     */
    static ChildProcess start(String name, StackLayout layout, List<String> command, Map<String, String> env) {
        Path logFile = layout.log(name);
        Path pidFile = layout.run().resolve(name + ".pid");
        try {
            ProcessBuilder builder = new ProcessBuilder(detached(command)).directory(layout.dataDir().toFile())
                    .redirectErrorStream(true).redirectOutput(logFile.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            Files.writeString(pidFile, Long.toString(process.pid()), StandardCharsets.US_ASCII);
            log.debug("Started {} pid {}: {}", name, process.pid(), command);
            return new ChildProcess(name, process, logFile, pidFile);
        } catch (IOException e) {
            throw new StackException(name + " could not be started (" + e.getMessage() + "); see " + logFile, e);
        }
    }

    /**
     * Ctrl-C in a terminal signals the whole foreground process group at once; the broker would then die while the
     * worker still needs it (a 45 s worker shutdown). In their own session the children are stopped by the launcher
     * only, in order. setsid does not fork here (the child is no group leader), so the pid stays the service's.
     */
    private static List<String> detached(List<String> command) {
        if (!Files.isExecutable(SETSID)) {
            return command;
        }
        List<String> withSetsid = new ArrayList<>(command.size() + 1);
        withSetsid.add(SETSID.toString());
        withSetsid.addAll(command);
        return withSetsid;
    }

    /** @return {@code java -Xmx.. <flags> -cp <classpath> <mainClass>} as a mutable list to append arguments to */
    static List<String> javaCommand(String heap, String classpath, String mainClass, String... jvmArgs) {
        List<String> command = new ArrayList<>(List.of(StackLayout.java().toString(), "-Xmx" + heap, "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Djava.net.preferIPv4Stack=true"));
        command.addAll(List.of(jvmArgs));
        command.addAll(List.of("-cp", classpath, mainClass));
        return command;
    }

    String name() {
        return name;
    }

    Path logFile() {
        return logFile;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * @throws StackException if the process has exited (message: exit code and log)
     */
    void checkAlive() {
        if (!process.isAlive()) {
            throw new StackException(name + " exited with code " + process.exitValue() + "; see " + logFile);
        }
    }

    /**
     * Waits for the process to exit (for one-shot tools).
     *
     * @param timeoutSeconds how long to wait
     * @throws StackException if it does not exit in time or exits with a non-zero code
     */
    void awaitSuccess(long timeoutSeconds) {
        try {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new StackException(name + " did not finish within " + timeoutSeconds + " s; see " + logFile);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while waiting for " + name, e);
        }
        deletePidFile();
        if (process.exitValue() != 0) {
            throw new StackException(name + " failed with exit code " + process.exitValue() + "; see " + logFile);
        }
    }

    /** @return the log's text (for readiness markers printed by the process) */
    String logText() {
        try {
            return Files.readString(logFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * SIGTERM, then SIGKILL after the grace period. Idempotent.
     *
     * @param graceSeconds time allowed for a clean shutdown
     * @return whether it stopped cleanly (false if it had to be killed)
     */
    boolean stop(long graceSeconds) {
        boolean clean = true;
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(graceSeconds, TimeUnit.SECONDS)) {
                    clean = false;
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                clean = false;
            }
        }
        deletePidFile();
        return clean;
    }

    private void deletePidFile() {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            log.debug("Cannot delete {}", pidFile, e);
        }
    }
}
