package com.kafkaconnectkraken.sink.config;

import static com.kafkaconnectkraken.sink.config.KrakenSinkConnectorConfig.*;

import com.kafkaconnectkraken.connect.KrakenConnectionConfig;
import com.kafkaconnectkraken.connect.WsSessionKeys;
import java.util.List;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.ValidString;
import org.apache.kafka.common.config.ConfigDef.Width;

/**
 * Builds the sink {@link ConfigDef}s, one method per group. The venue-neutral keys ({@link SinkConfig}:
 * resilience, reply, command, guards) come from {@link #shared}, which both trading sinks use, with the
 * venue's wording ({@link VenueDocs}); the Kraken sink adds its Connection group ({@link KrakenConnectionConfig},
 * shared with the source connector), its rate-limit tier and its dead man's switch. The WebSocket session
 * keys are spelled as in {@link WsSessionKeys}.
 */
public final class SinkConfigDef {

    public static final String GROUP_RESILIENCE = "Resilience";
    public static final String GROUP_REPLY = "Reply";
    public static final String GROUP_COMMAND = "Command";
    public static final String GROUP_GUARD = "Guards";
    static final String GROUP_DMS = "Dead man's switch";

    /** Keys {@link #shared} defines in the {@link #GROUP_COMMAND} and {@link #GROUP_GUARD} groups: a venue's own keys follow. */
    public static final int COMMAND_KEYS = 3;
    public static final int GUARD_KEYS = 4;

    /**
     * How a venue words the shared keys' documentation, and its order types.
     *
     * @param requestTimeoutDoc the first sentence of {@code ws.request.timeout.ms}
     * @param transientExamples examples of transient failures, e.g. {@code a command answered EService:Unavailable}
     * @param symbolFormat      the symbol format with an example, e.g. {@code BASE/QUOTE, e.g. BTC/USD}
     * @param qtyExample        a {@code guard.max.qty} entry, e.g. {@code BTC/USD:0.5}
     * @param notionalExample   a {@code guard.max.notional} entry, e.g. {@code BTC/USD:50000}
     * @param notionalNeeds     what an order of a listed symbol needs for the notional check
     * @param orderTypes        every order type of the venue: the default and the allowed values of {@code guard.order.types}
     */
    public record VenueDocs(String requestTimeoutDoc, String transientExamples, String symbolFormat, String qtyExample,
                            String notionalExample, String notionalNeeds, List<String> orderTypes) {
    }

    private SinkConfigDef() {
    }

    /** @return a new definition of every Kraken sink key (doc, group, order, width, display name) */
    static ConfigDef build() {
        ConfigDef def = new ConfigDef();
        KrakenConnectionConfig.define(def, KrakenConnectionConfig.Profile.TRADING);
        shared(def, KrakenSinkConnectorConfig.SPOT_DOCS);
        rateTier(def);
        deadMansSwitch(def);
        return def;
    }

    /**
     * Adds the venue-neutral sink keys ({@link SinkConfig}) to a definition: groups Resilience, Reply,
     * Command ({@value #COMMAND_KEYS} keys) and Guards ({@value #GUARD_KEYS} keys).
     *
     * @param def  the connector's definition
     * @param docs the venue's wording and order types
     * @return {@code def}
     * @throws org.apache.kafka.common.config.ConfigException if a key is already defined
     */
    public static ConfigDef shared(ConfigDef def, VenueDocs docs) {
        resilience(def, docs);
        reply(def);
        command(def);
        guards(def, docs);
        return def;
    }

    private static void resilience(ConfigDef def, VenueDocs docs) {
        int o = 0;
        def.define(WS_REQUEST_TIMEOUT_MS, Type.LONG, 10_000L, Range.between(500, 300_000), Importance.MEDIUM,
                docs.requestTimeoutDoc() + " Past it the outcome of a trading request is UNKNOWN and reconciled.",
                GROUP_RESILIENCE, ++o, Width.SHORT, "Request timeout")
            .define(RECONNECT_BACKOFF_MS, Type.LONG, 1_000L, Range.atLeast(10), Importance.LOW,
                WsSessionKeys.RECONNECT_BACKOFF_DOC + " Retries of a transient failure use the same backoff.",
                GROUP_RESILIENCE, ++o, Width.SHORT, "Reconnect backoff")
            .define(RECONNECT_BACKOFF_MAX_MS, Type.LONG, 30_000L, Range.atLeast(10), Importance.LOW,
                WsSessionKeys.RECONNECT_BACKOFF_MAX_DOC, GROUP_RESILIENCE, ++o, Width.SHORT, "Reconnect backoff cap")
            .define(MAX_RETRIES, Type.INT, 10, Range.atLeast(0), Importance.MEDIUM,
                "Transient failures of commands in a row (" + docs.transientExamples() + ") retried through Connect "
                    + "before the task fails. Connecting and authenticating to the venue is retried without limit "
                    + "(the task stays RUNNING, connection-state RETRYING), and so is a failed order-history lookup "
                    + "settling an UNKNOWN outcome or checking a redelivered command (e.g. under the venue's rate limit: "
                    + "nothing is sent meanwhile); refused credentials fail the task.",
                GROUP_RESILIENCE, ++o, Width.SHORT, "Max retries");
    }

    private static void reply(ConfigDef def) {
        int o = 0;
        def.define(REPLY_TOPIC, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH,
                "Topic receiving one acknowledgement per command (schema order_ack.avsc).", GROUP_REPLY, ++o,
                Width.MEDIUM, "Reply topic")
            .define(REPLY_BOOTSTRAP_SERVERS, Type.LIST, ConfigDef.NO_DEFAULT_VALUE, Importance.HIGH,
                "Bootstrap servers of the task's own reply producer (and of the reply-topic lookup consumer). "
                    + "Security settings go under reply.producer.*.", GROUP_REPLY, ++o, Width.LONG, "Reply bootstrap servers")
            .define(REPLY_VALUE_CONVERTER, Type.CLASS, "org.apache.kafka.connect.json.JsonConverter", Importance.MEDIUM,
                "Converter for acknowledgement values, configured like a worker converter: its properties go under "
                    + "reply.value.converter.* (e.g. an Avro converter and its registry URL).", GROUP_REPLY, ++o,
                Width.LONG, "Reply value converter")
            .define(REPLY_HISTORY_LOOKUP, Type.BOOLEAN, true, Importance.MEDIUM,
                "Read recent acknowledgements (within command.max.age.ms) from the reply topic at start so redelivered "
                    + "commands that already have a final acknowledgement are not executed again.", GROUP_REPLY, ++o,
                Width.SHORT, "Reply history lookup");
    }

    private static void command(ConfigDef def) {
        int o = 0;
        def.define(COMMAND_MAX_AGE_MS, Type.LONG, 60_000L, Range.atLeast(0), Importance.HIGH,
                "Commands whose record timestamp is older than this many milliseconds are not executed (EXPIRED). 0 = no limit.",
                GROUP_COMMAND, ++o, Width.SHORT, "Command max age (ms)")
            .define(COMMAND_HMAC_KEY, Type.PASSWORD, null, Importance.MEDIUM,
                "Shared key: when set, only records whose header carries a valid hex HMAC-SHA256 of the raw record value "
                    + "are executed; others are REJECTED and sent to the DLQ.", GROUP_COMMAND, ++o, Width.LONG, "Command HMAC key")
            .define(COMMAND_HMAC_HEADER, Type.STRING, "kraken-command-hmac", new ConfigDef.NonEmptyString(), Importance.LOW,
                "Record header carrying the command HMAC.", GROUP_COMMAND, ++o, Width.MEDIUM, "Command HMAC header");
    }

    private static void guards(ConfigDef def, VenueDocs docs) {
        int o = 0;
        def.define(GUARD_SYMBOLS, Type.LIST, List.of(), Importance.HIGH,
                "Allowed symbols (" + docs.symbolFormat() + "); empty = any symbol.", GROUP_GUARD, ++o, Width.LONG,
                "Symbol allowlist")
            .define(GUARD_ORDER_TYPES, Type.LIST, docs.orderTypes(), new OrderTypesValidator(docs.orderTypes()),
                Importance.MEDIUM, "Allowed order types.", GROUP_GUARD, ++o, Width.LONG, "Allowed order types")
            .define(GUARD_MAX_QTY, Type.LIST, List.of(), new SymbolLimitsValidator(), Importance.HIGH,
                "Max order quantity per symbol in base currency, as SYMBOL:QTY entries (e.g. " + docs.qtyExample() + ").",
                GROUP_GUARD, ++o, Width.LONG, "Max quantity")
            .define(GUARD_MAX_NOTIONAL, Type.LIST, List.of(), new SymbolLimitsValidator(), Importance.HIGH,
                "Max order notional per symbol in quote currency, as SYMBOL:AMOUNT entries (e.g. " + docs.notionalExample()
                    + "). Orders of a listed symbol need " + docs.notionalNeeds() + ".",
                GROUP_GUARD, ++o, Width.LONG, "Max notional");
    }

    private static void rateTier(ConfigDef def) {
        def.define(GUARD_RATE_TIER, Type.STRING, "starter",
                ValidString.in("none", "starter", "intermediate", "pro"), Importance.MEDIUM,
                "Client-side trading rate counter per pair (Kraken spot rate limits) for this verification tier; none = off.",
                GROUP_GUARD, GUARD_KEYS + 1, Width.SHORT, "Rate-limit tier");
    }

    private static void deadMansSwitch(ConfigDef def) {
        int o = 0;
        def.define(DMS_ENABLED, Type.BOOLEAN, false, Importance.HIGH,
                "Refresh cancel_all_orders_after while the task is healthy and disarm it on clean stop; if the task dies "
                    + "Kraken cancels all open orders after the timeout.", GROUP_DMS, ++o, Width.SHORT, "Dead man's switch")
            .define(DMS_REFRESH_MS, Type.LONG, 20_000L, Range.atLeast(1_000), Importance.MEDIUM,
                "Refresh interval in milliseconds (Kraken recommends 15-30 s); must be below the timeout.",
                GROUP_DMS, ++o, Width.SHORT, "Refresh interval (ms)")
            .define(DMS_TIMEOUT_S, Type.INT, 60, Range.between(1, 86_399), Importance.MEDIUM,
                "cancel_all_orders_after timeout in seconds (Kraken recommends 60).", GROUP_DMS, ++o, Width.SHORT,
                "Timeout (s)");
    }
}
