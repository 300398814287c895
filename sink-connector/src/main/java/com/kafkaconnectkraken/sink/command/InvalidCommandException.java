package com.kafkaconnectkraken.sink.command;

import org.apache.kafka.connect.errors.DataException;

/**
 * A command record that cannot be executed as given (malformed, unknown method, missing or
 * invalid parameter). Its message is the reason written to the INVALID acknowledgement; it never
 * contains secrets. The record goes to the dead-letter queue when one is configured.
 */
public class InvalidCommandException extends DataException {

    /** @param reason a reason a producer of commands can act on */
    public InvalidCommandException(String reason) {
        super(reason);
    }
}
