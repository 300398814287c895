package com.kafkaconnectkraken.source.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded mutations of a real frame (a JSON tree): truncation, type swaps, extreme numbers, unicode, missing, extra
 * and duplicated keys; one to three per frame. The same seed gives the same sequence of mutated texts.
 */
public final class FrameMutator {

    /** Raw number literals written into the text as they are (JSON-valid but extreme). */
    static final List<String> NUMBERS = List.of("1e309", "-1e309", "-0", "1E-400", "99999999999999999999999999",
            "-99999999999999999999999999.123456789", "0.000000000000000000000000000001", "-1", "0", "1e2147483648",
            "9223372036854775808", "-9223372036854775809", "1.5e-7", "123.45e+3");
    static final List<String> TEXTS = List.of("\uD800", "\uDC00x", "\u202Eevil", "a\u0000b", "", " ", "\uFEFF",
            "\uD83D\uDE00", "null", "NaN", "-Infinity", "1e309", "2026-13-45T99:99:99Z", "x".repeat(300), "BTC/USD\n");

    private static final String RAW = "@@raw@@";
    private static final String DUP = "@@dup@@";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Random random;
    private final List<String> raws = new ArrayList<>();

    /** One mutated frame: the mutations applied (names) and the text to route. */
    public record Mutation(String kinds, String text, boolean touchedChecksum) {
    }

    public FrameMutator(long seed) {
        this.random = new Random(seed);
    }

    /** @return a mutation of {@code frame} (never changes {@code frame}) */
    public Mutation mutate(JsonNode frame) {
        JsonNode copy = frame.deepCopy();
        raws.clear();
        StringBuilder kinds = new StringBuilder();
        boolean checksum = false;
        boolean truncate = false;
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(8);
            if (kind == 7) {
                truncate = true;
                kinds.append("truncate ");
                continue;
            }
            Slot slot = pick(copy);
            if (slot == null) {
                continue;
            }
            checksum |= "checksum".equals(slot.key);
            kinds.append(apply(kind, slot)).append(' ');
        }
        String text = render(copy);
        if (truncate && !text.isEmpty()) {
            text = text.substring(0, random.nextInt(text.length()));
        }
        return new Mutation(kinds.toString().trim(), text, checksum);
    }

    private String apply(int kind, Slot slot) {
        switch (kind) {
            case 0:
                slot.set(swapped(slot.get()));
                return "type-swap:" + slot.key;
            case 1:
                slot.set(raw(NUMBERS.get(random.nextInt(NUMBERS.size()))));
                return "number:" + slot.key;
            case 2:
                slot.set(NODES.textNode(TEXTS.get(random.nextInt(TEXTS.size()))));
                return "unicode:" + slot.key;
            case 3:
                return slot.remove() ? "missing:" + slot.key : "none";
            case 4:
                return slot.parent instanceof ObjectNode o && o.putIfAbsent("zz_extra_" + random.nextInt(3),
                        swapped(NODES.nullNode())) == null ? "extra" : "none";
            case 5:
                return duplicate(slot);
            default:
                slot.set(raw("\"" + escaped(random.nextInt(0x10000)) + "\""));
                return "escape:" + slot.key;
        }
    }

    private String duplicate(Slot slot) {
        if (!(slot.parent instanceof ObjectNode object) || slot.key == null) {
            return "none";
        }
        object.set(DUP + raws.size(), swapped(slot.get()));
        raws.add("\"" + slot.key + "\"");
        return "duplicate-key:" + slot.key;
    }

    private static String escaped(int codeUnit) {
        return String.format("\\u%04x", codeUnit);
    }

    private JsonNode swapped(JsonNode old) {
        switch (random.nextInt(7)) {
            case 0:
                return NODES.textNode(old == null ? "" : old.asText());
            case 1:
                return raw(NUMBERS.get(random.nextInt(NUMBERS.size())));
            case 2:
                return NODES.objectNode().set("v", old == null ? NODES.nullNode() : old.deepCopy());
            case 3:
                return NODES.arrayNode().add(old == null ? NODES.nullNode() : old.deepCopy());
            case 4:
                return NODES.nullNode();
            case 5:
                return NODES.booleanNode(random.nextBoolean());
            default:
                return NODES.numberNode(random.nextInt());
        }
    }

    private JsonNode raw(String literal) {
        raws.add(literal);
        return NODES.textNode(RAW + (raws.size() - 1));
    }

    private String render(JsonNode tree) {
        String text;
        try {
            text = KrakenJson.mapper().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = raws.size() - 1; i >= 0; i--) {
            text = text.replace("\"" + RAW + i + "\"", raws.get(i)).replace("\"" + DUP + i + "\"", raws.get(i));
        }
        return text;
    }

    private Slot pick(JsonNode root) {
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        return slots.isEmpty() ? null : slots.get(random.nextInt(slots.size()));
    }

    private static void collect(JsonNode node, List<Slot> out) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (!field.getKey().startsWith("@@")) {
                    out.add(new Slot(object, field.getKey(), -1));
                    collect(field.getValue(), out);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                out.add(new Slot(array, null, i));
                collect(array.get(i), out);
            }
        }
    }

    /** A place in the tree: a field of an object or an element of an array. */
    private record Slot(JsonNode parent, String key, int index) {

        JsonNode get() {
            return key != null ? parent.get(key) : parent.get(index);
        }

        void set(JsonNode value) {
            if (parent instanceof ObjectNode object) {
                object.set(key, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        boolean remove() {
            if (parent instanceof ObjectNode object) {
                return object.remove(key) != null;
            }
            ArrayNode array = (ArrayNode) parent;
            if (index < array.size()) {
                array.remove(index);
                return true;
            }
            return false;
        }
    }
}
