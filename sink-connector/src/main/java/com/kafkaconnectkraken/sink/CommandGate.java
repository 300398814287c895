package com.kafkaconnectkraken.sink;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.sink.auth.CommandAuthenticator;
import com.kafkaconnectkraken.sink.command.CommandMethod;
import com.kafkaconnectkraken.sink.command.CommandParser;
import com.kafkaconnectkraken.sink.command.InvalidCommandException;
import com.kafkaconnectkraken.sink.command.OrderCommand;
import com.kafkaconnectkraken.sink.guard.PreTradeGuard;
import com.kafkaconnectkraken.sink.reply.AckStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Checks made before anything is sent, in order: the record parses as a command (else INVALID),
 * its HMAC matches when authentication is on (else REJECTED), it is not older than the max age
 * (else EXPIRED), it does not touch the connector-managed dead man's switch, and it passes the
 * pre-trade guards (else REJECTED).
 */
public final class CommandGate {

    /** The result: a command to execute, or the refusal to acknowledge. */
    public record Verdict(OrderCommand command, String method, Long reqId, AckStatus refusal, String reason) {
        static Verdict refuse(AckStatus status, String method, Long reqId, String reason) {
            return new Verdict(null, method, reqId, status, reason);
        }
    }

    private final CommandAuthenticator authenticator;
    private final Duration maxAge;
    private final boolean dmsManaged;
    private final PreTradeGuard guard;
    private final Clock clock;

    /**
     * @param authenticator HMAC check, or null when off
     * @param maxAge        max command age, ZERO = no limit
     * @param dmsManaged    whether the connector owns cancel_all_orders_after
     * @param guard         pre-trade guards
     * @param clock         time source
     */
    public CommandGate(CommandAuthenticator authenticator, Duration maxAge, boolean dmsManaged, PreTradeGuard guard,
                       Clock clock) {
        this.authenticator = authenticator;
        this.maxAge = maxAge;
        this.dmsManaged = dmsManaged;
        this.guard = guard;
        this.clock = clock;
    }

    /** @return the verdict for one record; never throws for bad input */
    public Verdict check(SinkRecord record) {
        JsonNode tree;
        try {
            tree = CommandParser.tree(record);
        } catch (InvalidCommandException e) {
            return Verdict.refuse(AckStatus.INVALID, null, null, e.getMessage());
        }
        String method = tree.path("method").textValue();
        Long reqId = tree.path("req_id").canConvertToLong() ? tree.path("req_id").longValue() : null;
        if (authenticator != null) {
            Optional<String> bad = authenticator.verify(record, tree);
            if (bad.isPresent()) {
                return Verdict.refuse(AckStatus.REJECTED, method, reqId, bad.get());
            }
        }
        OrderCommand command;
        try {
            command = CommandParser.parse(record, tree);
        } catch (InvalidCommandException e) {
            return Verdict.refuse(AckStatus.INVALID, method, reqId, e.getMessage());
        }
        return admit(record, command);
    }

    private Verdict admit(SinkRecord record, OrderCommand command) {
        String method = command.method().wireName();
        if (!maxAge.isZero() && record.timestamp() != null
                && clock.millis() - record.timestamp() > maxAge.toMillis()) {
            return Verdict.refuse(AckStatus.EXPIRED, method, command.reqId(), "command is "
                + (clock.millis() - record.timestamp()) + " ms old, max age " + maxAge.toMillis() + " ms");
        }
        if (dmsManaged && command.method() == CommandMethod.CANCEL_ALL_ORDERS_AFTER) {
            return Verdict.refuse(AckStatus.REJECTED, method, command.reqId(),
                "cancel_all_orders_after is managed by the connector's dead man's switch (dms.enabled=true)");
        }
        Optional<String> violation = guard.violation(command);
        if (violation.isPresent()) {
            return Verdict.refuse(AckStatus.REJECTED, method, command.reqId(), violation.get());
        }
        return new Verdict(command, method, command.reqId(), null, null);
    }
}
