package com.kafkaconnectkraken.sink.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.spot.protocol.ClOrdIds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Parses a command record (contract: {@code schemas/order_command.avsc}) into a validated
 * {@link OrderCommand}. The value is {@code {"method": "<kraken method>", "req_id": n?, "<method>":
 * {params}}}; schemaless producers may put the params under {@code "params"} instead, exactly as
 * on the Kraken wire. A missing {@code cl_ord_id} on add_order/batch_add orders is derived from the
 * record's consumer coordinates ({@link ClOrdIds#derive} of {@link SinkRecord#originalTopic()},
 * {@link SinkRecord#originalKafkaPartition()}, {@link SinkRecord#originalKafkaOffset()}: stable
 * whatever a transformation renames) unless the order carries an {@code order_userref}.
 */
public final class CommandParser {

    private CommandParser() {
    }

    /**
     * @param record the command record
     * @return the validated command
     * @throws InvalidCommandException with the reason, when the record is not a valid command
     */
    public static OrderCommand parse(SinkRecord record) {
        return parse(record, tree(record));
    }

    /**
     * @param record the command record
     * @return the record value as a JSON object tree (whatever converter produced it)
     * @throws InvalidCommandException when the value is absent or not an object
     */
    public static JsonNode tree(SinkRecord record) {
        if (record.value() == null) {
            throw new InvalidCommandException("record has no value (tombstone)");
        }
        JsonNode tree = CommandValues.toTree(record.value());
        if (!tree.isObject()) {
            throw new InvalidCommandException("value must be an object with a 'method' field");
        }
        return tree;
    }

    /**
     * @param record the command record (its coordinates derive missing cl_ord_ids)
     * @param tree   the value from {@link #tree(SinkRecord)}
     * @return the validated command
     * @throws InvalidCommandException with the reason, when the value is not a valid command
     */
    public static OrderCommand parse(SinkRecord record, JsonNode tree) {
        CommandMethod method = method(tree);
        ObjectNode params = params(method, tree);
        try {
            CommandRules.check(method, params);
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException(method.wireName() + ": " + e.getMessage());
        }
        List<String> clOrdIds = clOrdIds(method, params, record);
        return new OrderCommand(method, reqId(tree), params, clOrdIds);
    }

    private static CommandMethod method(JsonNode tree) {
        JsonNode m = tree.path("method");
        if (!m.isTextual()) {
            throw new InvalidCommandException("'method' is required (one of add_order, amend_order, edit_order, "
                + "cancel_order, cancel_all, cancel_all_orders_after, batch_add, batch_cancel)");
        }
        return CommandMethod.fromWire(m.textValue())
            .orElseThrow(() -> new InvalidCommandException("unknown method '" + m.textValue() + "'"));
    }

    private static ObjectNode params(CommandMethod method, JsonNode tree) {
        JsonNode given = givenParams(tree, method.wireName(), name -> CommandMethod.fromWire(name).isPresent());
        if (given == null && method != CommandMethod.CANCEL_ALL) {
            throw new InvalidCommandException(method.wireName() + " needs its params in field '" + method.wireName() + "'");
        }
        try {
            return TradingParams.of(method).check(given == null ? ParamType.NODES.objectNode() : given);
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException(method.wireName() + ": " + e.getMessage());
        }
    }

    /**
     * Finds a command's params: the field named like its method (as in the Avro contracts) or {@code params}
     * (as on the wire); null-valued fields count as absent.
     *
     * @param tree     the command value
     * @param method   the method's wire name
     * @param isMethod recognises another method's name (named in the refusal)
     * @return the params node, or null when none is given
     * @throws InvalidCommandException on an unknown field, another method's params, or params given twice
     */
    static JsonNode givenParams(JsonNode tree, String method, Predicate<String> isMethod) {
        JsonNode given = null;
        for (Map.Entry<String, JsonNode> field : tree.properties()) {
            String name = field.getKey();
            if (field.getValue().isNull() || "method".equals(name) || "req_id".equals(name)) {
                continue;
            }
            if (!name.equals(method) && !"params".equals(name)) {
                throw new InvalidCommandException(isMethod.test(name)
                    ? "params for " + name + " given but method is " + method
                    : "unknown field '" + name + "'");
            }
            if (given != null) {
                throw new InvalidCommandException("give params either as '" + method + "' or as 'params'");
            }
            given = field.getValue();
        }
        return given;
    }

    /**
     * @param tree  the command value
     * @param field a params field
     * @return the field's text under {@code params} or under the method's name, or null when absent or not a string
     */
    static String givenText(JsonNode tree, String field) {
        String text = tree.path("params").path(field).textValue();
        JsonNode method = tree.path("method");
        return text != null || !method.isTextual() ? text : tree.path(method.textValue()).path(field).textValue();
    }

    static Long reqId(JsonNode tree) {
        JsonNode id = tree.path("req_id");
        if (id.isMissingNode() || id.isNull()) {
            return null;
        }
        if (!id.isIntegralNumber() || !id.canConvertToLong()) {
            throw new InvalidCommandException("req_id must be an integer");
        }
        return id.longValue();
    }

    private static List<String> clOrdIds(CommandMethod method, ObjectNode params, SinkRecord r) {
        switch (method) {
            case ADD_ORDER -> {
                return Collections.singletonList(ensureClOrdId(params, ClOrdIds.derive(r.originalTopic(),
                    r.originalKafkaPartition(), r.originalKafkaOffset())));
            }
            case BATCH_ADD -> {
                List<String> ids = new ArrayList<>();
                int i = 0;
                for (JsonNode order : params.get("orders")) {
                    ids.add(ensureClOrdId((ObjectNode) order,
                        ClOrdIds.derive(r.originalTopic(), r.originalKafkaPartition(), r.originalKafkaOffset(), i++)));
                }
                return Collections.unmodifiableList(ids);
            }
            case AMEND_ORDER -> {
                return params.has("cl_ord_id") ? List.of(params.get("cl_ord_id").textValue()) : List.of();
            }
            default -> {
                return List.of();
            }
        }
    }

    private static String ensureClOrdId(ObjectNode order, String derived) {
        if (order.has("cl_ord_id")) {
            return order.get("cl_ord_id").textValue();
        }
        if (order.has("order_userref")) {
            return null;
        }
        order.put("cl_ord_id", derived);
        return derived;
    }
}
