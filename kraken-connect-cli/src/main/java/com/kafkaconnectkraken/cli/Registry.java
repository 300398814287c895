package com.kafkaconnectkraken.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The Apicurio Registry 2.6 (Maven Central {@code io.apicurio:apicurio-registry-app:tar.gz:all}, runs on Java 17)
 * as a child process on loopback, with its default in-memory storage: schemas are registered again by the
 * converters after every start. Converters use {@link #registryV2Url()}; Confluent clients and the progress
 * decoder use {@link #ccompatUrl()}.
 */
final class Registry {

    private final StackLayout layout;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private ChildProcess process;

    Registry(StackLayout layout, int port) {
        this.layout = layout;
        this.port = port;
    }

    /** Starts the registry (not waiting for it). */
    void start() {
        List<String> command = List.of(StackLayout.java().toString(), "-Xmx384m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port, "-Dquarkus.management.host=127.0.0.1",
                "-jar", layout.registryRunnerJar().toString());
        process = ChildProcess.start("registry", layout, command, Map.of());
    }

    /** Waits until {@code GET /apis/ccompat/v7/subjects} answers 200. */
    void awaitReady(Duration timeout) {
        HttpRequest probe = HttpRequest.newBuilder(URI.create(ccompatUrl() + "/subjects"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        Wait.until("Schema registry", timeout, process, () -> {
            try {
                return http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }

    ChildProcess process() {
        return process;
    }

    String registryV2Url() {
        return "http://127.0.0.1:" + port + "/apis/registry/v2";
    }

    String ccompatUrl() {
        return "http://127.0.0.1:" + port + "/apis/ccompat/v7";
    }
}
