package com.kafkaconnectkraken.sink.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * Contract test: the parameters the parser accepts per method are exactly the fields of the
 * committed {@code schemas/order_command.avsc}, and the non-optional Avro fields are the ones
 * the parser requires.
 */
class TradingParamsTest {

    private static Schema command() throws IOException {
        Path avsc = Path.of(System.getProperty("kraken.schemas.dir", "../schemas"), "order_command.avsc");
        return new Schema.Parser().parse(Files.readString(avsc));
    }

    private static Schema record(Schema field) {
        return field.getType() == Schema.Type.UNION
            ? field.getTypes().stream().filter(t -> t.getType() != Schema.Type.NULL).findFirst().orElseThrow() : field;
    }

    private static Set<String> fields(Schema record) {
        Set<String> out = new TreeSet<>();
        record.getFields().forEach(f -> out.add(f.name()));
        return out;
    }

    private static Set<String> nonOptional(Schema record) {
        Set<String> out = new TreeSet<>();
        record.getFields().stream().filter(f -> f.schema().getType() != Schema.Type.UNION).forEach(f -> out.add(f.name()));
        return out;
    }

    @Test
    void everyMethodAcceptsExactlyTheContractFields() throws IOException {
        Schema command = command();
        Map<CommandMethod, ParamSpec> specs = Map.of(
            CommandMethod.ADD_ORDER, TradingParams.ADD_ORDER, CommandMethod.AMEND_ORDER, TradingParams.AMEND_ORDER,
            CommandMethod.EDIT_ORDER, TradingParams.EDIT_ORDER, CommandMethod.CANCEL_ORDER, TradingParams.CANCEL_ORDER,
            CommandMethod.CANCEL_ALL_ORDERS_AFTER, TradingParams.CANCEL_ALL_ORDERS_AFTER,
            CommandMethod.BATCH_ADD, TradingParams.BATCH_ADD, CommandMethod.BATCH_CANCEL, TradingParams.BATCH_CANCEL);
        specs.forEach((method, spec) -> {
            Schema params = record(command.getField(method.wireName()).schema());
            assertEquals(fields(params), new TreeSet<>(spec.names()), method.wireName());
            Set<String> required = nonOptional(params);
            if (method == CommandMethod.ADD_ORDER) {
                required.add("symbol"); // OrderParams is shared with batch_add entries, which must not carry one
            }
            assertEquals(required, new TreeSet<>(spec.requiredNames()), method.wireName() + " required");
        });
        assertEquals(null, command.getField("cancel_all"), "cancel_all has no params");
    }

    @Test
    void nestedRecordsMatchToo() throws IOException {
        Schema order = record(command().getField("add_order").schema());
        assertEquals(fields(record(order.getField("triggers").schema())), new TreeSet<>(TradingParams.TRIGGERS.names()));
        Set<String> batchOrder = fields(order);
        batchOrder.removeAll(Set.of("symbol", "validate", "deadline"));
        assertEquals(batchOrder, new TreeSet<>(TradingParams.BATCH_ORDER.names()));
        assertEquals(fields(record(order.getField("conditional").schema())),
            new TreeSet<>(TradingParams.CONDITIONAL.names()));
        Set<String> methods = new LinkedHashSet<>(command().getField("method").schema().getEnumSymbols());
        Set<String> wire = new LinkedHashSet<>();
        for (CommandMethod m : CommandMethod.values()) {
            wire.add(m.wireName());
        }
        assertEquals(methods, wire);
    }
}
