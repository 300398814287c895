package com.kafkaconnectkraken.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apicurio Registry (2.6.x, its default in-memory storage: schemas are registered again by the converters
 * after every start) running as a {@link ChildProcess} on loopback, for the integration tests and the
 * {@code ./kraken-connect} tool.
 *
 * <p>{@link #launch} starts the process without waiting, so callers start other things (the Kafka cluster)
 * meanwhile; {@link #awaitReady} then polls {@code GET /apis/ccompat/v7/subjects} until it answers 200, and fails
 * as soon as the process exits. {@link #start} does both. Every error message names the log file.
 *
 * <p>Endpoints: {@link #url()} (root), {@link #registryV2Url()} (what Apicurio's converter and serdes take as
 * {@code apicurio.registry.url}), {@link #ccompatUrl()} (the Confluent Schema Registry compatible API, what
 * Confluent clients take as {@code schema.registry.url}, and what {@link ConfluentAvro} reads).
 */
public final class SchemaRegistryProcess implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SchemaRegistryProcess.class);

    /** Default time allowed from launch to ready; the registry is usually ready in 3-8 s. */
    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    private static final int MAX_LAUNCHES = 3;

    private final RegistryDistribution distribution;
    private final ChildProcess process;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private SchemaRegistryProcess(RegistryDistribution distribution, ChildProcess process, int port) {
        this.distribution = distribution;
        this.process = process;
        this.port = port;
    }

    /**
     * Launches the registry on a free loopback port and waits until it is ready ({@link #awaitReadyOnFreePort}).
     *
     * @param distribution the unpacked Apicurio distribution and the java to run it with
     * @param logDir       directory for the log file {@code registry-<port>.log} (created if missing)
     * @return the ready registry
     * @throws IllegalStateException if it cannot start or is not ready within {@link #DEFAULT_READY_TIMEOUT}
     */
    public static SchemaRegistryProcess start(RegistryDistribution distribution, Path logDir) {
        return launch(distribution, logDir).awaitReadyOnFreePort(DEFAULT_READY_TIMEOUT);
    }

    /**
     * Launches the registry on a free loopback port without waiting for it, {@linkplain
     * ChildProcess.Options#ownedByThisJvm owned by this JVM} (stopped by a shutdown hook if not closed).
     *
     * @param distribution the unpacked Apicurio distribution and the java to run it with
     * @param logDir       directory for the log file {@code registry-<port>.log} (created if missing)
     * @return the launched registry; call {@link #awaitReady} or {@link #awaitReadyOnFreePort} before using it
     * @throws IllegalStateException if the process cannot be started
     */
    public static SchemaRegistryProcess launch(RegistryDistribution distribution, Path logDir) {
        int port = freeLoopbackPort();
        Path logFile = logDir.resolve("registry-" + port + ".log");
        return launch(distribution, port, ChildProcess.Options.ownedByThisJvm(distribution.home(), logFile));
    }

    /**
     * Launches the registry on a given loopback port without waiting for it (the {@code ./kraken-connect} tool, which
     * wants a stable URL and supervises its services itself).
     *
     * @param distribution the unpacked Apicurio distribution and the java to run it with
     * @param port         loopback port of the registry's HTTP API
     * @param options      where it runs and logs, and who stops it
     * @return the launched registry; call {@link #awaitReady} before using it
     * @throws IllegalStateException if the process cannot be started
     */
    public static SchemaRegistryProcess launch(RegistryDistribution distribution, int port, ChildProcess.Options options) {
        List<String> command = List.of(distribution.java().toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.host=127.0.0.1",
                "-jar", distribution.runnerJar().toString());
        ChildProcess process = ChildProcess.start("schema registry", command, Map.of(), options);
        log.info("Launched schema registry pid {} on 127.0.0.1:{}, log {}", process.pid(), port, process.logFile());
        return new SchemaRegistryProcess(distribution, process, port);
    }

    /**
     * Polls {@code GET /apis/ccompat/v7/subjects} every 100 ms until it answers 200.
     *
     * @param timeout how long to wait
     * @throws IllegalStateException if the process exits (message: exit code) or is not ready in time, or the wait is
     *                               interrupted; the message names the log file
     */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(ccompatUrl() + "/subjects"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        while (System.nanoTime() < deadline) {
            process.checkAlive();
            if (answers(probe)) {
                log.info("Schema registry ready at {}", url());
                return;
            }
            sleep(100);
        }
        throw new IllegalStateException("Schema registry not ready at " + url() + " within " + timeout
                + "; see " + process.logFile());
    }

    /**
     * Like {@link #awaitReady}, but when the registry exited because its port was taken before it bound (the port is
     * picked before launch, and a broker starting meanwhile may grab it), relaunches it on another free port, at most
     * {@value #MAX_LAUNCHES} launches in all.
     *
     * @param timeout how long to wait for each launch
     * @return the ready registry: this one or the one relaunched in its place (log in the same directory)
     * @throws IllegalStateException if it fails for another reason or keeps losing its port
     */
    public SchemaRegistryProcess awaitReadyOnFreePort(Duration timeout) {
        SchemaRegistryProcess current = this;
        for (int launches = 1; ; launches++) {
            try {
                current.awaitReady(timeout);
                return current;
            } catch (IllegalStateException e) {
                if (launches >= MAX_LAUNCHES || current.isAlive() || !current.lostItsPort()) {
                    throw e;
                }
                log.warn("Schema registry port {} was taken before it bound; relaunching (see {})",
                        current.port, current.logFile());
                current.close();
                current = launch(distribution, current.logFile().getParent());
            }
        }
    }

    private boolean lostItsPort() {
        try {
            String text = process.logText();
            return text.contains("in use") || text.contains("BindException");
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private boolean answers(HttpRequest probe) {
        try {
            return http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (ConnectException e) {
            return false;
        } catch (IOException e) {
            log.debug("Schema registry probe failed", e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the schema registry", e);
        }
    }

    /** @return root URL, e.g. {@code http://127.0.0.1:41234} */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** @return Apicurio's native v2 API URL ({@code <root>/apis/registry/v2}), for Apicurio's converter */
    public String registryV2Url() {
        return url() + "/apis/registry/v2";
    }

    /** @return Confluent-compatible API URL ({@code <root>/apis/ccompat/v7}), for Confluent clients */
    public String ccompatUrl() {
        return url() + "/apis/ccompat/v7";
    }

    /** @return the loopback port the registry listens on */
    public int port() {
        return port;
    }

    /** @return absolute path of the file receiving the registry's stdout and stderr */
    public Path logFile() {
        return process.logFile();
    }

    /** @return whether the child process is still running */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** @return the child process, for a supervisor that stops its services itself ({@link ChildProcess#stop}) */
    public ChildProcess process() {
        return process;
    }

    /** Stops the registry (SIGTERM, then SIGKILL after 10 s). Idempotent. */
    @Override
    public void close() {
        process.stop(STOP_GRACE);
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the schema registry", e);
        }
    }
}
