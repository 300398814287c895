package com.kafkaconnectkraken.sink.command;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * A venue's command parser: the record value (already a JSON object tree, see {@link CommandParser#tree})
 * becomes a validated command. Kraken Spot's is {@link CommandParser#parse(SinkRecord, JsonNode)}.
 *
 * @param <C> the venue's command type
 */
@FunctionalInterface
public interface CommandSyntax<C extends TradingCommand> {

    /**
     * @param record the command record (its consumer coordinates derive missing client order ids)
     * @param tree   the record value as a JSON object
     * @return the validated command
     * @throws InvalidCommandException with the reason, when the value is not a valid command
     */
    C parse(SinkRecord record, JsonNode tree);

    /**
     * The client order id a command value names, read before (or without) parsing it, so that a refused command's
     * acknowledgement carries it too. Kraken Spot's: the params' {@code cl_ord_id} (add_order, amend_order;
     * cancel_order's is an array and not taken), under {@code params} or under the method's name.
     *
     * @param tree the record value as a JSON object
     * @return the text, or null when there is none or it is not a string
     */
    default String givenClOrdId(JsonNode tree) {
        return CommandParser.givenText(tree, "cl_ord_id");
    }
}
