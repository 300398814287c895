package com.kafkaconnectkraken.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.registry.ConfluentAvro;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code kraken-connect order}: builds one command from flags ({@link SpotCommands}, {@link TraderCommands}) or reads
 * it as JSON ({@code --file F}, {@code -} for stdin), gives it a {@code req_id} when it has none, produces it to the
 * sink's command topic, waits for its final acknowledgement on the reply topic ({@link CommandRoundTrip}) and prints
 * it ({@link Acks#describe}). Exit status 0 only when the acknowledgement is ACCEPTED; 1 for any other status or no
 * acknowledgement in time; 2 for bad flags.
 */
@Command(name = "order", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Send one order command to a sink connector and wait for its acknowledgement.",
            "Exit status 0 only when it is ACCEPTED.",
            "  kraken-connect order --method add_order --symbol ETH/USD --side buy --type limit --qty 0.1 --price 2000",
            "  kraken-connect order --method createOrder --symbol EURUSD --side buy --type market --qty 10000",
            "  echo '{\"method\":\"cancel_all\"}' | kraken-connect order --file -"})
final class OrderVerb implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The two sinks of the demo and their topics. */
    enum Venue {
        kraken(DemoConnectors.COMMANDS_TOPIC, DemoConnectors.ACKS_TOPIC),
        trader(DemoConnectors.TRADER_COMMANDS_TOPIC, DemoConnectors.TRADER_ACKS_TOPIC);

        final String commands;
        final String acks;

        Venue(String commands, String acks) {
            this.commands = commands;
            this.acks = acks;
        }
    }

    @Option(names = "--venue", defaultValue = "kraken", paramLabel = "VENUE",
            description = "kraken (Kraken Spot sink) or trader (Trader sink); default: trader for a Trader method, else kraken")
    Venue venue;

    @Mixin
    OrderFlags flags;

    @Option(names = "--file", paramLabel = "FILE", description = "Read the command JSON from FILE (- for stdin) instead of flags")
    String file;

    @Option(names = "--req-id", paramLabel = "N", description = "The command's req_id (default: generated; echoed in the ack)")
    Long reqId;

    @Option(names = "--key", paramLabel = "KEY", description = "Record key of the command (default: none)")
    String key;

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--command-topic", paramLabel = "TOPIC",
            description = "Default: the demo's, kraken.orders (trader: kraken.trader.orders)")
    String commandTopic;

    @Option(names = "--reply-topic", paramLabel = "TOPIC",
            description = "Default: the demo's, kraken.order_acks (trader: kraken.trader.order_acks)")
    String replyTopic;

    @Option(names = "--timeout", defaultValue = "10", paramLabel = "SECONDS",
            description = "How long to wait for the final acknowledgement (default: ${DEFAULT-VALUE})")
    double timeoutSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ObjectNode command = command();
        PrintWriter out = spec.commandLine().getOut();
        Venue target = venue(command.path("method").asText());
        String topic = commandTopic == null ? target.commands : commandTopic;
        String replies = replyTopic == null ? target.acks : replyTopic;
        RecordDecoder decoder = new RecordDecoder(new ConfluentAvro(cluster.registryUrl()));
        try (CommandRoundTrip trip = new CommandRoundTrip(cluster.bootstrapServers(), replies, decoder)) {
            var at = trip.write(topic, key, JSON.writeValueAsString(command));
            out.printf("command written to %s-%d@%d: %s%n", at.topic(), at.partition(), at.offset(), command);
            CommandRoundTrip.Result result = trip.await(at, Duration.ofMillis((long) (timeoutSeconds * 1000)),
                    interim -> out.println("interim acknowledgement: " + Acks.describe(interim)));
            if (result.ack() == null) {
                out.printf("NO final acknowledgement on %s within %s s%n", replies, timeoutSeconds);
                return 1;
            }
            out.printf("acknowledgement %s after %d ms: %s%n", result.ackAt(), result.millis(), Acks.describe(result.ack()));
            return Acks.accepted(result.ack()) ? 0 : 1;
        }
    }

    /** @return --venue when given, else the venue whose method it is (Trader methods are camelCase) */
    Venue venue(String method) {
        boolean given = spec.commandLine().getParseResult().hasMatchedOption("--venue");
        return given || !TraderCommands.FLAGS.containsKey(method) ? venue : Venue.trader;
    }

    /** @return the command from the file or the flags, with a req_id */
    ObjectNode command() throws IOException {
        long id = reqId != null ? reqId : generatedReqId();
        Set<String> used = usedFlags();
        if (file != null) {
            if (!used.isEmpty() || flags.method != null) {
                throw new ParameterException(spec.commandLine(), "give the command either with --file or with flags, not both");
            }
            return fromFile(id);
        }
        if (flags.method == null) {
            throw new ParameterException(spec.commandLine(), "give --method (or --file)");
        }
        try {
            return venue(flags.method) == Venue.kraken ? SpotCommands.build(flags, used, id) : TraderCommands.build(flags, used, id);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private ObjectNode fromFile(long id) throws IOException {
        JsonNode tree;
        try (InputStream in = "-".equals(file) ? System.in : Files.newInputStream(Path.of(file))) {
            tree = JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ParameterException(spec.commandLine(), "--file " + file + " is not JSON: " + e.getOriginalMessage(), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new ParameterException(spec.commandLine(), "--file " + file + " must hold one JSON object");
        }
        ObjectNode command = (ObjectNode) tree;
        if (!command.hasNonNull("req_id") || reqId != null) {
            command.put("req_id", id);
        }
        return command;
    }

    /** @return the order flags given on the command line, other than --method and --param */
    private Set<String> usedFlags() {
        Set<String> mine = spec.mixins().get("flags").options().stream().map(OptionSpec::longestName)
                .collect(Collectors.toSet());
        return spec.commandLine().getParseResult().matchedOptions().stream().map(OptionSpec::longestName)
                .filter(mine::contains).filter(name -> !name.equals("--method") && !name.equals("--param"))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** @return a positive id, unique enough to tell this command's ack from others (below 2^53: exact in JavaScript) */
    private static long generatedReqId() {
        return System.currentTimeMillis() * 1000 + ThreadLocalRandom.current().nextInt(1000);
    }
}
