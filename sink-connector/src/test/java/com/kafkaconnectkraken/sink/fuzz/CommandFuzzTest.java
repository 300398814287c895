package com.kafkaconnectkraken.sink.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.sink.CommandGate;
import com.kafkaconnectkraken.sink.TestVectors;
import com.kafkaconnectkraken.sink.command.CommandParser;
import com.kafkaconnectkraken.sink.command.TraderCommandParser;
import com.kafkaconnectkraken.sink.command.TradingCommand;
import com.kafkaconnectkraken.sink.guard.PreTradeGuard;
import com.kafkaconnectkraken.sink.guard.SymbolLimits;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

/**
 * Fuzz of both sinks' command gate (issue 15, scenario 5): mutations of the valid Spot commands (every request of
 * {@code testdata/kraken-vectors/ws-v2-trading}) and of Trader commands (createOrder, amendOrder, cancelOrder,
 * closePosition), as JSON text or bytes, through {@link CommandGate#check}: nothing escapes, every command gets exactly
 * one verdict (a command, or a refusal with a reason), and no reason echoes the planted token. Size and seed:
 * {@code -Dfuzz.commands} (per sink, default 1,000) and {@code -Dfuzz.seed}.
 */
class CommandFuzzTest {

    private static final String SECRET = "s3cr3t-fuzz-token";
    /** Extreme literals. */
    private static final List<String> ODD = List.of("1e2147483648", "1e309", "-0", "1E-400", "99999999999999999999999999", "-1",
            "\"\\ud800\"", "\"\\u202eevil\"", "\"a\\u0000b\"", "null", "true", "[]", "{}", "\"\"");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final long seed = Long.getLong("fuzz.seed", 20261207L);
    private final int count = Integer.getInteger("fuzz.commands", 1_000);

    @Test
    void mutatedSpotCommandsGetExactlyOneVerdict() throws Exception {
        List<ObjectNode> seeds = new ArrayList<>();
        for (String method : List.of("add_order", "amend_order", "edit_order", "cancel_order", "cancel_all",
                "cancel_all_orders_after", "batch_add", "batch_cancel")) {
            TestVectors.json("ws-v2-trading/" + method + ".json").properties().forEach(e -> {
                if (e.getKey().startsWith("request") && e.getValue().isObject()) {
                    ObjectNode command = e.getValue().deepCopy();
                    command.remove("token");
                    if (command.path("params").isObject()) {
                        ((ObjectNode) command.get("params")).remove("token");
                    }
                    seeds.add(command);
                }
            });
        }
        run("spot", seeds, new CommandGate<>(CommandParser::parse, null, Duration.ZERO, c -> Optional.empty(),
                new PreTradeGuard(Set.of("BTC/USD"), Set.of("limit", "market"), SymbolLimits.parse(List.of("BTC/USD:0.5")),
                        SymbolLimits.parse(List.of("BTC/USD:20000"))), Clock.systemUTC()));
    }

    @Test
    void mutatedTraderCommandsGetExactlyOneVerdict() throws Exception {
        List<ObjectNode> seeds = new ArrayList<>();
        for (String text : List.of(
                "{'method':'createOrder','params':{'accountId':'acc_123','symbol':'EURUSD','side':'BUY','type':'LIMIT',"
                        + "'quantity':10000,'price':1.08450,'timeInForce':'GTC','clientOrderId':'cid-1'}}",
                "{'method':'createOrder','params':{'accountId':'acc_123','symbol':'EURUSD','side':'SELL','type':'STOP',"
                        + "'quantity':2500.5,'stopPrice':1.07}}",
                "{'method':'amendOrder','params':{'accountId':'acc_123','orderId':'ord_1','price':1.10000000000000000001}}",
                "{'method':'cancelOrder','params':{'accountId':'acc_123','orderId':'ord_1'}}",
                "{'method':'closePosition','closePosition':{'accountId':'acc_123','positionId':'pos_9','quantity':'2500.5'}}")) {
            seeds.add((ObjectNode) KrakenJson.mapper().readTree(text.replace('\'', '"')));
        }
        run("trader", seeds, new CommandGate<>(new TraderCommandParser(true), null, Duration.ZERO, c -> Optional.empty(),
                new PreTradeGuard(Set.of("EURUSD"), Set.of("MARKET", "LIMIT", "STOP"),
                        SymbolLimits.parse(List.of("EURUSD:100000")), SymbolLimits.parse(List.of("EURUSD:110000"))),
                Clock.systemUTC()));
    }

    /**
     * Found by this fuzz (seed 20261207, Spot command 13): a number whose exponent overflows a BigDecimal makes the JSON
     * parse throw NumberFormatException, which escaped {@link CommandGate#check} instead of an INVALID verdict.
     */
    @Test
    void anExponentOverflowIsOneInvalidVerdict() {
        CommandGate<?> gate = new CommandGate<>(CommandParser::parse, null, Duration.ZERO, c -> Optional.empty(),
                new PreTradeGuard(Set.of("BTC/USD"), Set.of("limit"), SymbolLimits.parse(List.of()),
                        SymbolLimits.parse(List.of())), Clock.systemUTC());
        CommandGate.Verdict<?> verdict = gate.check(new SinkRecord("orders", 0, null, null, Schema.OPTIONAL_STRING_SCHEMA,
                "{\"method\":\"add_order\",\"params\":1e2147483648}", 13));
        assertEquals(com.kafkaconnectkraken.sink.reply.AckStatus.INVALID, verdict.refusal());
    }

    private <C extends TradingCommand> void run(String sink, List<ObjectNode> seeds, CommandGate<C> gate) {
        Random random = new Random(seed ^ sink.hashCode());
        long valid = 0;
        long refused = 0;
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String text = mutate(seeds.get(i % seeds.size()), random);
            Object value = random.nextInt(4) == 0 ? text.getBytes(StandardCharsets.UTF_8) : text;
            String where = String.format(Locale.ROOT, "%s command %d (seed %d): %.400s", sink, i, seed, text);
            CommandGate.Verdict<C> verdict;
            try {
                verdict = gate.check(new SinkRecord("orders", 0, null, null, Schema.OPTIONAL_STRING_SCHEMA, value, i));
            } catch (RuntimeException e) {
                throw new AssertionError("escaped the gate: " + e + " at " + where, e);
            }
            boolean isCommand = verdict.command() != null && verdict.refusal() == null;
            boolean isRefusal = verdict.command() == null && verdict.refusal() != null && verdict.reason() != null
                    && !verdict.reason().isBlank();
            assertEquals(true, isCommand ^ isRefusal, "not exactly one verdict " + verdict + " at " + where);
            if (isRefusal) {
                assertEquals(false, verdict.reason().contains(SECRET), "reason echoes the token at " + where);
                refused++;
            } else {
                valid++;
            }
        }
        System.out.printf(Locale.ROOT, "fuzz %s sink: seed %d, %d commands, %d valid, %d refused, 0 escaped, %d ms%n",
                sink, seed, count, valid, refused, (System.nanoTime() - started) / 1_000_000);
    }

    /** One to three mutations of a copy; raw literals are spliced into the text; sometimes truncated. */
    private static String mutate(ObjectNode seed, Random random) {
        ObjectNode copy = seed.deepCopy();
        List<String> raws = new ArrayList<>();
        if (random.nextInt(4) == 0) {
            (copy.path("params").isObject() ? (ObjectNode) copy.get("params") : copy).put("token", SECRET);
        }
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            List<Map.Entry<ObjectNode, String>> slots = new ArrayList<>();
            collect(copy, slots);
            if (slots.isEmpty()) {
                break;
            }
            Map.Entry<ObjectNode, String> slot = slots.get(random.nextInt(slots.size()));
            switch (random.nextInt(5)) {
                case 0 -> slot.getKey().remove(slot.getValue());
                case 1 -> slot.getKey().put("zz_extra", random.nextInt());
                case 2 -> slot.getKey().set(slot.getValue(), NODES.arrayNode().add(slot.getKey().get(slot.getValue())));
                case 3 -> slot.getKey().put(slot.getValue(), slot.getKey().get(slot.getValue()).asText() + "\u202e\ud800");
                default -> {
                    raws.add(ODD.get(random.nextInt(ODD.size())));
                    slot.getKey().put(slot.getValue(), "@@raw@@" + (raws.size() - 1));
                }
            }
        }
        String text = copy.toString();
        for (int i = raws.size() - 1; i >= 0; i--) {
            text = text.replace("\"@@raw@@" + i + "\"", raws.get(i));
        }
        return random.nextInt(8) == 0 ? text.substring(0, random.nextInt(text.length())) : text;
    }

    private static void collect(ObjectNode node, List<Map.Entry<ObjectNode, String>> out) {
        node.properties().forEach(field -> {
            out.add(Map.entry(node, field.getKey()));
            if (field.getValue() instanceof ObjectNode child) {
                collect(child, out);
            } else if (field.getValue() instanceof ArrayNode array) {
                array.forEach(element -> {
                    if (element instanceof ObjectNode child) {
                        collect(child, out);
                    }
                });
            }
        });
    }
}
