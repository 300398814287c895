package com.kafkaconnectkraken.sink;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.sink.auth.CommandAuthenticator;
import com.kafkaconnectkraken.sink.command.CommandParser;
import com.kafkaconnectkraken.sink.command.CommandSyntax;
import com.kafkaconnectkraken.sink.command.InvalidCommandException;
import com.kafkaconnectkraken.sink.command.TradingCommand;
import com.kafkaconnectkraken.sink.guard.PreTradeGuard;
import com.kafkaconnectkraken.sink.reply.AckStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Checks made before anything is sent, in order: the record parses as a command of the venue
 * ({@link CommandSyntax}; else INVALID), its HMAC matches when authentication is on (else REJECTED), it is
 * not older than the max age (else EXPIRED), it passes the venue's own rule (Kraken Spot: it does not touch
 * the connector-managed dead man's switch; else REJECTED), and it passes the pre-trade guards (else REJECTED).
 *
 * @param <C> the venue's command type
 */
public final class CommandGate<C extends TradingCommand> {

    /**
     * The result: a command to execute, or the refusal to acknowledge.
     *
     * @param command the command to execute, or null when refused
     * @param method  the command's method, or null when the record is not a command
     * @param reqId   the command's req_id, or null
     * @param clOrdId the parsed command's client order id (also of a command refused after parsing: EXPIRED, or
     *                REJECTED by the venue rule or a guard), or null when it has none or did not parse
     * @param refusal the refusal status, or null when admitted
     * @param reason  why it is refused, or null when admitted
     * @param <C> the venue's command type
     */
    public record Verdict<C>(C command, String method, Long reqId, String clOrdId, AckStatus refusal, String reason) {
        static <C> Verdict<C> refuse(AckStatus status, String method, Long reqId, String clOrdId, String reason) {
            return new Verdict<>(null, method, reqId, clOrdId, status, reason);
        }
    }

    private final CommandSyntax<C> syntax;
    private final CommandAuthenticator authenticator;
    private final Duration maxAge;
    private final Function<C, Optional<String>> venueRule;
    private final PreTradeGuard guard;
    private final Clock clock;

    /**
     * @param syntax        the venue's parser
     * @param authenticator HMAC check, or null when off
     * @param maxAge        max command age, ZERO = no limit
     * @param venueRule     the venue's own refusal reason for a parsed command, or empty to admit it
     * @param guard         pre-trade guards
     * @param clock         time source
     */
    public CommandGate(CommandSyntax<C> syntax, CommandAuthenticator authenticator, Duration maxAge,
                       Function<C, Optional<String>> venueRule, PreTradeGuard guard, Clock clock) {
        this.syntax = syntax;
        this.authenticator = authenticator;
        this.maxAge = maxAge;
        this.venueRule = venueRule;
        this.guard = guard;
        this.clock = clock;
    }

    /** @return the verdict for one record; never throws for bad input */
    public Verdict<C> check(SinkRecord record) {
        JsonNode tree;
        try {
            tree = CommandParser.tree(record);
        } catch (InvalidCommandException e) {
            return Verdict.refuse(AckStatus.INVALID, null, null, null, e.getMessage());
        }
        String method = tree.path("method").textValue();
        Long reqId = tree.path("req_id").canConvertToLong() ? tree.path("req_id").longValue() : null;
        if (authenticator != null) {
            Optional<String> bad = authenticator.verify(record, tree);
            if (bad.isPresent()) {
                return Verdict.refuse(AckStatus.REJECTED, method, reqId, null, bad.get());
            }
        }
        C command;
        try {
            command = syntax.parse(record, tree);
        } catch (InvalidCommandException e) {
            return Verdict.refuse(AckStatus.INVALID, method, reqId, null, e.getMessage());
        }
        return admit(record, command);
    }

    private Verdict<C> admit(SinkRecord record, C command) {
        String method = command.method().wireName();
        String clOrdId = command.clOrdId();
        if (!maxAge.isZero() && record.timestamp() != null
                && clock.millis() - record.timestamp() > maxAge.toMillis()) {
            return Verdict.refuse(AckStatus.EXPIRED, method, command.reqId(), clOrdId, "command is "
                + (clock.millis() - record.timestamp()) + " ms old, max age " + maxAge.toMillis() + " ms");
        }
        Optional<String> refused = venueRule.apply(command);
        if (refused.isPresent()) {
            return Verdict.refuse(AckStatus.REJECTED, method, command.reqId(), clOrdId, refused.get());
        }
        Optional<String> violation = guard.violation(command);
        if (violation.isPresent()) {
            return Verdict.refuse(AckStatus.REJECTED, method, command.reqId(), clOrdId, violation.get());
        }
        return new Verdict<>(command, method, command.reqId(), clOrdId, null, null);
    }
}
