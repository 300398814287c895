package com.kafkaconnectkraken.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The few Connect REST calls the stack makes ({@code https://kafka.apache.org/documentation/#connect_rest}):
 * list connectors, create-or-update one, read its status, delete it.
 */
final class ConnectRest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    ConnectRest(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** @return whether {@code GET /connectors} answers 200 */
    boolean ready() {
        try {
            return send(HttpRequest.newBuilder(uri("/connectors")).GET()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * @return the names of the deployed connectors ({@code GET /connectors}), sorted
     * @throws IOException if the worker does not answer 200
     */
    List<String> connectors() throws IOException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/connectors")).GET());
        if (response.statusCode() != 200) {
            throw new IOException("GET /connectors answered " + response.statusCode() + ": " + response.body());
        }
        List<String> names = new java.util.ArrayList<>();
        JSON.readTree(response.body()).forEach(name -> names.add(name.asText()));
        java.util.Collections.sort(names);
        return names;
    }

    /**
     * {@code PUT /connectors/<name>/config}, retried while the worker answers 409 (rebalance in progress) or 5xx.
     *
     * @throws StackException if the worker rejects the config (the message holds its answer) or does not answer in time
     *                        (the last {@link IOException} is the cause)
     */
    void putConnector(String name, Map<String, String> config, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String body;
        try {
            body = JSON.writeValueAsString(config);
        } catch (IOException e) {
            throw new StackException("Cannot serialise the config of " + name, e);
        }
        while (true) {
            HttpResponse<String> response;
            IOException noAnswer = null;
            try {
                response = send(HttpRequest.newBuilder(uri("/connectors/" + name + "/config"))
                        .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
            } catch (IOException e) {
                response = null;
                noAnswer = e;
            }
            if (response != null && response.statusCode() / 100 == 2) {
                return;
            }
            boolean retriable = response == null || response.statusCode() == 409 || response.statusCode() >= 500;
            if (!retriable || System.nanoTime() > deadline) {
                throw new StackException("Connect rejected connector " + name + ": "
                        + (response == null ? "no answer (" + noAnswer + ")" : response.statusCode() + " " + response.body()),
                        noAnswer);
            }
            Wait.sleep(500);
        }
    }

    /**
     * @return {@code GET /connectors/<name>/status} as JSON, or null if the connector does not exist (yet)
     */
    JsonNode status(String name) {
        try {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/connectors/" + name + "/status")).GET());
            return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * {@code DELETE /connectors/<name>}, then waits (up to the timeout) until its status is gone, so a later
     * create starts with a fresh status (no FAILED state left over from an earlier run). A missing connector is fine.
     *
     * @return whether the connector existed
     */
    boolean deleteConnector(String name, Duration timeout) {
        try {
            int code = send(HttpRequest.newBuilder(uri("/connectors/" + name)).DELETE()).statusCode();
            if (code == 404) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (status(name) != null && System.nanoTime() < deadline) {
            Wait.sleep(200);
        }
        return true;
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        try {
            return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", e);
        }
    }
}
