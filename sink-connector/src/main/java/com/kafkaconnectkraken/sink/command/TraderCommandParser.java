package com.kafkaconnectkraken.sink.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.spot.protocol.ClOrdIds;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Parses a Trader API command record (contract: {@code schemas/trader/order_command.avsc}) into a validated
 * {@link TraderCommand}. The value is {@code {"method": "createOrder", "req_id": n?, "params": {...}}}
 * (schemaless JSON), or with the params under the field named like the method (the Avro contract); params
 * follow {@link TraderParams}. With {@code deriveClientOrderIds} (the default {@code trader.client.order.id=derive},
 * docs/protocol/trader-api.md §5) a createOrder without {@code clientOrderId} gets the one derived from the
 * record's consumer coordinates exactly as the Kraken sink derives cl_ord_ids ({@link ClOrdIds#derive} of
 * {@link SinkRecord#originalTopic()}, {@link SinkRecord#originalKafkaPartition()},
 * {@link SinkRecord#originalKafkaOffset()}), so a redelivered record carries the same id.
 */
public final class TraderCommandParser implements CommandSyntax<TraderCommand> {

    /** Every Trader API order type: the values and default of the Trader sink's {@code guard.order.types}. */
    public static final List<String> ORDER_TYPES = TraderParams.ORDER_TYPES;

    private final boolean deriveClientOrderIds;

    /** @param deriveClientOrderIds whether a createOrder without clientOrderId gets a derived one */
    public TraderCommandParser(boolean deriveClientOrderIds) {
        this.deriveClientOrderIds = deriveClientOrderIds;
    }

    /**
     * @throws InvalidCommandException with the reason: no or unknown method, unknown field or parameter,
     *                                 a missing required parameter, a bad value or a broken cross-field rule
     */
    @Override
    public TraderCommand parse(SinkRecord record, JsonNode tree) {
        TraderMethod method = method(tree);
        JsonNode given = CommandParser.givenParams(tree, method.wireName(), name -> TraderMethod.fromWire(name).isPresent());
        if (given == null) {
            throw new InvalidCommandException(method.wireName() + " needs its params in field 'params'");
        }
        ObjectNode params;
        try {
            params = TraderParams.of(method).check(given);
            TraderParams.check(method, params);
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException(method.wireName() + ": " + e.getMessage());
        }
        if (method == TraderMethod.CREATE_ORDER && deriveClientOrderIds && !params.has("clientOrderId")) {
            params.put("clientOrderId", ClOrdIds.derive(record.originalTopic(), record.originalKafkaPartition(),
                record.originalKafkaOffset()));
        }
        return new TraderCommand(method, CommandParser.reqId(tree), params);
    }

    /** @return the params' {@code clientOrderId} (createOrder), so a refused command's acknowledgement carries it */
    @Override
    public String givenClOrdId(JsonNode tree) {
        return CommandParser.givenText(tree, "clientOrderId");
    }

    private static TraderMethod method(JsonNode tree) {
        JsonNode m = tree.path("method");
        if (!m.isTextual()) {
            throw new InvalidCommandException("'method' is required (one of "
                + String.join(", ", Arrays.stream(TraderMethod.values()).map(TraderMethod::wireName).toList()) + ")");
        }
        return TraderMethod.fromWire(m.textValue())
            .orElseThrow(() -> new InvalidCommandException("unknown method '" + m.textValue() + "'"));
    }
}
