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
 * Builds the sink {@link ConfigDef}, one method per group; the Connection group (URLs, credentials)
 * is {@link KrakenConnectionConfig}, shared with the source connector, and the WebSocket session
 * keys are spelled as in {@link WsSessionKeys}.
 */
final class SinkConfigDef {

    static final String GROUP_RESILIENCE = "Resilience";
    static final String GROUP_REPLY = "Reply";
    static final String GROUP_COMMAND = "Command";
    static final String GROUP_GUARD = "Guards";
    static final String GROUP_DMS = "Dead man's switch";

    private SinkConfigDef() {
    }

    /** @return a new definition of every sink key (doc, group, order, width, display name) */
    static ConfigDef build() {
        ConfigDef def = new ConfigDef();
        KrakenConnectionConfig.define(def, KrakenConnectionConfig.Profile.TRADING);
        resilience(def);
        reply(def);
        command(def);
        guards(def);
        deadMansSwitch(def);
        return def;
    }

    private static void resilience(ConfigDef def) {
        int o = 0;
        def.define(WS_REQUEST_TIMEOUT_MS, Type.LONG, 10_000L, Range.between(500, 300_000), Importance.MEDIUM,
                WsSessionKeys.WS_REQUEST_TIMEOUT_DOC + " Past it the outcome of a trading request is UNKNOWN and reconciled.",
                GROUP_RESILIENCE, ++o, Width.SHORT, "Request timeout")
            .define(RECONNECT_BACKOFF_MS, Type.LONG, 1_000L, Range.atLeast(10), Importance.LOW,
                WsSessionKeys.RECONNECT_BACKOFF_DOC + " Retries of a transient failure use the same backoff.",
                GROUP_RESILIENCE, ++o, Width.SHORT, "Reconnect backoff")
            .define(RECONNECT_BACKOFF_MAX_MS, Type.LONG, 30_000L, Range.atLeast(10), Importance.LOW,
                WsSessionKeys.RECONNECT_BACKOFF_MAX_DOC, GROUP_RESILIENCE, ++o, Width.SHORT, "Reconnect backoff cap")
            .define(MAX_RETRIES, Type.INT, 10, Range.atLeast(0), Importance.MEDIUM,
                "Transient failures in a row (disconnect, EService:Unavailable) retried through Connect before the task fails.",
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

    private static void guards(ConfigDef def) {
        int o = 0;
        def.define(GUARD_SYMBOLS, Type.LIST, List.of(), Importance.HIGH,
                "Allowed symbols (BASE/QUOTE, e.g. BTC/USD); empty = any symbol.", GROUP_GUARD, ++o, Width.LONG, "Symbol allowlist")
            .define(GUARD_ORDER_TYPES, Type.LIST, ORDER_TYPES, new OrderTypesValidator(), Importance.MEDIUM,
                "Allowed order types.", GROUP_GUARD, ++o, Width.LONG, "Allowed order types")
            .define(GUARD_MAX_QTY, Type.LIST, List.of(), Importance.HIGH,
                "Max order quantity per symbol in base currency, as SYMBOL:QTY entries (e.g. BTC/USD:0.5).",
                GROUP_GUARD, ++o, Width.LONG, "Max quantity")
            .define(GUARD_MAX_NOTIONAL, Type.LIST, List.of(), Importance.HIGH,
                "Max order notional per symbol in quote currency, as SYMBOL:AMOUNT entries (e.g. BTC/USD:50000). Orders "
                    + "of a listed symbol need a static limit or trigger price (or cash_order_qty).",
                GROUP_GUARD, ++o, Width.LONG, "Max notional")
            .define(GUARD_RATE_TIER, Type.STRING, "starter",
                ValidString.in("none", "starter", "intermediate", "pro"), Importance.MEDIUM,
                "Client-side trading rate counter per pair (Kraken spot rate limits) for this verification tier; none = off.",
                GROUP_GUARD, ++o, Width.SHORT, "Rate-limit tier");
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
