package com.kafkaconnectkraken.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A child process whose stdout and stderr go to one log file; every error names the process and its log. How it is
 * owned is chosen by its {@link Options}: {@linkplain Options#ownedByThisJvm owned by this JVM} (stopped by a JVM
 * shutdown hook when {@link #stop} was not called: tests), or {@linkplain Options#supervised supervised} (its own
 * session and a pid file: the {@code ./kraken-connect} tool, which stops its services itself, in order). Thread-safe.
 */
public final class ChildProcess {

    private static final Logger log = LoggerFactory.getLogger(ChildProcess.class);
    /** util-linux setsid: runs the command in a new session, so a terminal's Ctrl-C reaches only the supervisor. */
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    /**
     * How a child process runs.
     *
     * @param workDir       its working directory
     * @param logFile       receives its stdout and stderr (overwritten; parent directories created)
     * @param pidFile       receives its pid while it runs (so another command can end it), or null for none
     * @param ownSession    whether it runs in its own session (setsid), out of reach of the terminal's signals
     * @param stopOnJvmExit whether a JVM shutdown hook stops it if {@link #stop} was not called
     */
    public record Options(Path workDir, Path logFile, Path pidFile, boolean ownSession, boolean stopOnJvmExit) {

        /**
         * @return options for a process that lives and dies with this JVM: no pid file, same session, stopped by a
         *         shutdown hook at the latest
         */
        public static Options ownedByThisJvm(Path workDir, Path logFile) {
            return new Options(workDir, logFile, null, false, true);
        }

        /**
         * @return options for a service its supervisor stops explicitly, in order: own session (a Ctrl-C in the
         *         terminal reaches the supervisor only), pid written to {@code pidFile}, no shutdown hook
         */
        public static Options supervised(Path workDir, Path logFile, Path pidFile) {
            return new Options(workDir, logFile, pidFile, true, false);
        }
    }

    private final String name;
    private final Process process;
    private final Options options;
    private final Path logFile;
    private final Thread shutdownHook;

    private ChildProcess(String name, Process process, Options options, Path logFile) {
        this.name = name;
        this.process = process;
        this.options = options;
        this.logFile = logFile;
        this.shutdownHook = options.stopOnJvmExit() ? new Thread(this::terminate, name + "-shutdown") : null;
        if (shutdownHook != null) {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    /**
     * Starts a command without waiting for it.
     *
     * @param name    what it is, for messages (e.g. {@code schema registry})
     * @param command the full command line, executable first
     * @param env     extra environment variables (e.g. a secret that must not show in {@code ps})
     * @param options where it runs and logs, and who stops it
     * @return the started process
     * @throws IllegalStateException if it cannot be started (message names the command's executable and the log)
     */
    public static ChildProcess start(String name, List<String> command, Map<String, String> env, Options options) {
        Path logFile = options.logFile().toAbsolutePath();
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(options.ownSession() ? inOwnSession(command) : command)
                    .directory(options.workDir().toFile()).redirectErrorStream(true).redirectOutput(logFile.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            if (options.pidFile() != null) {
                Files.writeString(options.pidFile(), Long.toString(process.pid()), StandardCharsets.US_ASCII);
            }
            log.debug("Started {} pid {}, log {}: {}", name, process.pid(), logFile, command);
            return new ChildProcess(name, process, options, logFile);
        } catch (IOException e) {
            throw new IllegalStateException(name + " could not be started (" + command.get(0) + ": " + e.getMessage()
                    + "); see " + logFile, e);
        }
    }

    /** setsid does not fork here (the child is no group leader), so the pid stays the command's own. */
    private static List<String> inOwnSession(List<String> command) {
        if (!Files.isExecutable(SETSID)) {
            return command;
        }
        List<String> withSetsid = new ArrayList<>(command.size() + 1);
        withSetsid.add(SETSID.toString());
        withSetsid.addAll(command);
        return withSetsid;
    }

    /** @return what it is, as given to {@link #start} */
    public String name() {
        return name;
    }

    /** @return the absolute path of the file receiving its stdout and stderr */
    public Path logFile() {
        return logFile;
    }

    /** @return the operating system's process id */
    public long pid() {
        return process.pid();
    }

    /** @return whether it is still running */
    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * @throws IllegalStateException if it has exited (message: name, exit code and log file)
     */
    public void checkAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with code " + process.exitValue() + "; see " + logFile);
        }
    }

    /**
     * Waits for a one-shot command to exit successfully.
     *
     * @param timeout how long to wait
     * @throws IllegalStateException if it does not exit in time (it is then killed), exits with a non-zero code, or
     *                               the wait is interrupted (the thread's interrupt flag is set again)
     */
    public void awaitSuccess(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(name + " did not finish within " + timeout.toSeconds() + " s; see "
                        + logFile);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + name, e);
        }
        stop(Duration.ZERO);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(name + " failed with exit code " + process.exitValue() + "; see " + logFile);
        }
    }

    /**
     * @return the log's text so far (for readiness markers the process prints)
     * @throws IllegalStateException if the log cannot be read
     */
    public String logText() {
        try {
            return Files.readString(logFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the log of " + name + ": " + logFile(), e);
        }
    }

    /**
     * Stops it: SIGTERM, then SIGKILL once the grace period is over; deletes the pid file and removes the shutdown
     * hook. Idempotent.
     *
     * @param grace time allowed for a clean shutdown
     * @return whether it stopped within the grace period (false: it had to be killed)
     */
    public boolean stop(Duration grace) {
        boolean clean = terminate(grace);
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook runs (or ran) terminate itself
            }
        }
        return clean;
    }

    private void terminate() {
        terminate(Duration.ofSeconds(10));
    }

    private boolean terminate(Duration grace) {
        boolean clean = true;
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
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
        if (options.pidFile() == null) {
            return;
        }
        try {
            Files.deleteIfExists(options.pidFile());
        } catch (IOException e) {
            log.debug("Cannot delete {}", options.pidFile(), e);
        }
    }
}
