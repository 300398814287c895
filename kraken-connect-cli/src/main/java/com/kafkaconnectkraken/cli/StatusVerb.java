package com.kafkaconnectkraken.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code kraken-connect status}: whether the stack runs, each service's process (from its pid file in {@code run/}),
 * every endpoint a client needs, and each connector's and task's state from Connect's REST API
 * ({@code GET /connectors/<name>/status}, https://kafka.apache.org/documentation/#connect_rest). Exit status 0.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Print whether the stack runs, its processes, every URL (broker, Connect REST, registry, simulators)"
                + " and each connector's and task's state.")
final class StatusVerb implements Callable<Integer> {

    private static final String LAUNCHER = "stack";

    @Mixin
    StackLocation location;

    @Spec
    CommandSpec spec;
    private PrintWriter out;

    @Override
    public Integer call() throws IOException {
        out = spec.commandLine().getOut();
        StackOptions options = location.options();
        StackLayout layout = new StackLayout(options.stackHome(), options.dataDir());
        Path launcher = layout.run().resolve(LAUNCHER + ".pid");
        String pid = pid(launcher);
        out.printf("kraken-connect: %s, data %s%n", ours(pid, options) ? "running (launcher pid " + pid + ")" : "not running",
                options.dataDir());
        processes(layout, options);
        endpoints(layout, options);
        connectors(new ConnectRest(new ConnectWorker(layout, options).restUrl()));
        return 0;
    }

    private void processes(StackLayout layout, StackOptions options) throws IOException {
        if (!Files.isDirectory(layout.run())) {
            return;
        }
        try (Stream<Path> files = Files.list(layout.run())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".pid")).sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.pid$", "");
                if (!LAUNCHER.equals(name)) {
                    String pid = pid(file);
                    out.printf("  %-18s %-5s pid %-8s log %s%n", name, ours(pid, options) ? "up" : "DOWN", pid,
                            layout.log(name));
                }
            }
        }
    }

    private void endpoints(StackLayout layout, StackOptions options) {
        Simulators simulators = new Simulators(layout, options);
        String registry = "http://127.0.0.1:" + options.registryPort();
        out.println("endpoints:");
        row("Kafka bootstrap", options.bootstrapServers());
        row("Connect REST", new ConnectWorker(layout, options).restUrl());
        row("schema registry", registry + "/apis/registry/v2 (Apicurio)");
        row("  Confluent API", options.registryCcompatUrl() + " (kcat -r, confluent-kafka schema.registry.url)");
        row("Kraken simulator", simulators.rest() + " (REST)");
        row("  Spot WS public", simulators.publicWs());
        row("  Spot WS private", simulators.privateWs());
        row("  Futures WS", simulators.futuresWs());
        row("Trader simulator", simulators.traderWs() + " (login " + simulators.rest() + "/api/v1/login)");
        row("replay simulator", simulators.replayPublicWs() + " (offline mode)");
    }

    private void row(String what, String where) {
        out.printf("  %-18s %s%n", what, where);
    }

    private void connectors(ConnectRest rest) {
        List<String> names;
        try {
            names = rest.connectors();
        } catch (IOException e) {
            out.println("connectors: Connect REST does not answer (" + e.getMessage() + ")");
            return;
        }
        out.println("connectors:");
        for (String name : names) {
            JsonNode status = rest.status(name);
            if (status == null) {
                out.printf("  %-22s (no status yet)%n", name);
                continue;
            }
            out.printf("  %-22s %s%n", name, status.path("connector").path("state").asText("?"));
            for (JsonNode task : status.path("tasks")) {
                out.printf("    task %-3s %s%s%n", task.path("id").asText(), task.path("state").asText("?"),
                        task.has("trace") ? ": " + task.path("trace").asText().lines().findFirst().orElse("") : "");
            }
        }
    }

    private static String pid(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * @return whether the pid is alive and its command line mentions this stack's home or data directory (a stale
     *         pid file whose pid was reused by another process does not count)
     */
    static boolean ours(String pid, StackOptions options) {
        if (!pid.matches("\\d+")) {
            return false;
        }
        Path cmdline = Path.of("/proc", pid, "cmdline");
        try {
            String command = new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).replace('\0', ' ');
            return command.contains(options.stackHome().toString()) || command.contains(options.dataDir().toString());
        } catch (IOException e) {
            return false;
        }
    }
}
