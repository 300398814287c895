package com.kafkaconnectkraken.source.config;

import static com.kafkaconnectkraken.source.config.KrakenSourceConnectorConfig.*;

import com.kafkaconnectkraken.client.spot.protocol.RestCosts;
import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import com.kafkaconnectkraken.connect.KrakenConnectionConfig;
import com.kafkaconnectkraken.connect.WsSessionKeys;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

/**
 * Builds the source {@link ConfigDef}, one method per group; the Connection group (URLs,
 * credentials) is {@link KrakenConnectionConfig}, shared with the sink connector, and the WebSocket
 * session keys are spelled as in {@link WsSessionKeys}.
 */
final class SourceConfigDef {

    static final String GROUP_DATA = "Data";
    static final String GROUP_BOOK = "Book";
    static final String GROUP_TOPICS = "Topics";
    static final String GROUP_REST = "REST polling";
    static final String GROUP_RESILIENCE = "Resilience";

    private SourceConfigDef() {
    }

    /** @return a new definition of every source key (doc, group, order, width, display name) */
    static ConfigDef build() {
        ConfigDef def = new ConfigDef();
        KrakenConnectionConfig.define(def, KrakenConnectionConfig.Profile.STREAMING);
        data(def);
        book(def);
        topics(def);
        rest(def);
        resilience(def);
        return def;
    }

    private static void data(ConfigDef def) {
        int order = 0;
        def.define(CHANNELS, Type.LIST, SpotChannel.TICKER.wireName(), Validators.oneOfEach(wireNames()), Importance.HIGH,
                "WebSocket channels to stream, comma separated: " + String.join(", ", wireNames())
                        + ". Per-symbol channels are split across tasks; instrument, executions and balances run on task 0.",
                GROUP_DATA, ++order, Width.LONG, "Channels");
        def.define(SYMBOLS, Type.LIST, "", Validators.symbols(), Importance.HIGH,
                "Pairs in Kraken WS v2 form BASE/QUOTE (e.g. BTC/USD,ETH/USD) for ticker, book, trade, ohlc and level3.",
                GROUP_DATA, ++order, Width.LONG, "Symbols");
        def.define(SNAPSHOT, Type.BOOLEAN, true, Importance.LOW,
                "Request the initial snapshot on ticker, ohlc, instrument and balances (book and level3 always take one).",
                GROUP_DATA, ++order, Width.SHORT, "Snapshots");
        def.define(TICKER_EVENT_TRIGGER, Type.STRING, "trades", ConfigDef.ValidString.in("trades", "bbo"), Importance.LOW,
                "Ticker event_trigger: 'trades' publishes on every trade, 'bbo' on best bid/offer changes.",
                GROUP_DATA, ++order, Width.SHORT, "Ticker trigger");
        def.define(TRADE_SNAPSHOT, Type.BOOLEAN, false, Importance.LOW,
                "Request the last 50 trades when subscribing to the trade channel.",
                GROUP_DATA, ++order, Width.SHORT, "Trade snapshot");
        def.define(OHLC_INTERVALS, Type.LIST, "1", Validators.oneOfEach(sizes(SpotChannel.OHLC)),
                Importance.MEDIUM, "Candle intervals in minutes for the ohlc channel (" + list(SpotChannel.OHLC) + ").",
                GROUP_DATA, ++order, Width.MEDIUM, "OHLC intervals");
        def.define(EXECUTIONS_SNAP_ORDERS, Type.BOOLEAN, true, Importance.LOW,
                "Executions snap_orders: include open orders in the snapshot.", GROUP_DATA, ++order, Width.SHORT, "Snapshot orders");
        def.define(EXECUTIONS_SNAP_TRADES, Type.BOOLEAN, false, Importance.LOW,
                "Executions snap_trades: include the last 50 fills in the snapshot. The first task (no stored executions "
                        + "cursor) then also writes the fills booked just before it subscribed; a restarted task drops the "
                        + "snapshot's fills its stored cursor covers.", GROUP_DATA, ++order, Width.SHORT, "Snapshot trades");
        def.define(EXECUTIONS_BACKFILL, Type.BOOLEAN, true, Importance.MEDIUM,
                "After an executions gap, recover missed fills from REST TradesHistory and de-duplicate by exec id.",
                GROUP_DATA, ++order, Width.SHORT, "Backfill executions");
        def.define(DECIMAL_HANDLING_MODE, Type.STRING, "precise", ConfigDef.ValidString.in("precise", "string", "double"),
                Importance.MEDIUM, "How prices, quantities and amounts are written: 'precise' = Connect Decimal (Avro decimal, "
                        + "scale 18, exact), 'string' = Kraken's decimal text (exact, wire scale kept), 'double' = IEEE double (lossy).",
                GROUP_DATA, ++order, Width.SHORT, "Decimal handling");
    }

    private static void book(ConfigDef def) {
        int order = 0;
        def.define(BOOK_DEPTH, Type.INT, 10, Validators.oneOfInts(SpotChannel.BOOK.sizes()), Importance.MEDIUM,
                "Subscribed L2 book depth (" + list(SpotChannel.BOOK) + "). Every update is checksum-verified; on a mismatch the "
                        + "symbol is resubscribed and a book_reset record is written.", GROUP_BOOK, ++order, Width.SHORT, "Book depth");
        def.define(LEVEL3_DEPTH, Type.INT, 10, Validators.oneOfInts(SpotChannel.LEVEL3.sizes()), Importance.LOW,
                "Subscribed level3 depth (" + list(SpotChannel.LEVEL3) + ").", GROUP_BOOK, ++order, Width.SHORT, "Level3 depth");
        def.define(BOOK_SNAPSHOT_INTERVAL_MS, Type.LONG, 0L, Range.atLeast(0), Importance.LOW,
                "Interval of periodic top-N book snapshots (book records with type top_n); 0 disables them.",
                GROUP_BOOK, ++order, Width.SHORT, "Book snapshot interval");
        def.define(BOOK_SNAPSHOT_TOP_N, Type.INT, 10, Range.between(1, 1000), Importance.LOW,
                "Levels per side in periodic book snapshots.", GROUP_BOOK, ++order, Width.SHORT, "Book snapshot levels");
    }

    private static void topics(ConfigDef def) {
        int order = 0;
        def.define(TOPIC_PREFIX, Type.STRING, "kraken", new ConfigDef.NonEmptyString(), Importance.HIGH,
                "Prefix of topic names: records of type T go to <topic.prefix>.<T> (e.g. kraken.ticker, kraken.ledger).",
                GROUP_TOPICS, ++order, Width.MEDIUM, "Topic prefix");
        def.define(TOPIC_NAMES, Type.LIST, "", Validators.topicOverrides(), Importance.LOW,
                "Per-type topic overrides as type=topic pairs, e.g. ledger=acct-ledger,gap=kraken-gaps. Types: "
                        + Arrays.stream(RecordType.values()).map(RecordType::schemaName).collect(Collectors.joining(", ")) + ".",
                GROUP_TOPICS, ++order, Width.LONG, "Topic overrides");
    }

    private static void rest(ConfigDef def) {
        int order = 0;
        String methods = Arrays.stream(RestEndpoint.values()).map(RestEndpoint::method).collect(Collectors.joining(", "));
        def.define(REST_ENDPOINTS, Type.LIST, "", Validators.oneOfEach(methods.split(", ")), Importance.HIGH,
                "Private REST endpoints to poll on task 0: " + methods + ". Ledgers, TradesHistory and ClosedOrders are "
                        + "read incrementally with a stored cursor (each entry once); the others write a record only when "
                        + "its content changed, plus a heartbeat.", GROUP_REST, ++order, Width.LONG, "REST endpoints");
        for (RestEndpoint endpoint : RestEndpoint.values()) {
            def.define(endpoint.intervalKey(), Type.LONG, endpoint.defaultIntervalMs(), Range.atLeast(1000), Importance.LOW,
                    "Poll interval of REST " + endpoint.method() + " in milliseconds.", GROUP_REST, ++order, Width.SHORT,
                    endpoint.method() + " interval");
        }
        def.define(LEDGERS_START, Type.STRING, "latest", Validators.ledgersStart(), Importance.MEDIUM,
                "Where ledger polling starts when no offset is stored: 'latest' (entries after the first poll), "
                        + "'earliest' (the whole history) or unix seconds.", GROUP_REST, ++order, Width.SHORT, "Ledgers start");
        def.define(REST_HISTORY_START, Type.STRING, "latest", Validators.ledgersStart(), Importance.MEDIUM,
                "Where TradesHistory and ClosedOrders polling starts when no offset is stored: 'latest' (entries after "
                        + "the first poll), 'earliest' (the whole history) or unix seconds.", GROUP_REST, ++order, Width.SHORT,
                "History start");
        def.define(REST_LEDGERS_ENRICH_TRADES, Type.BOOLEAN, false, Importance.LOW,
                "Ledgers enrichment: for every Ledgers entry of type 'trade' that credits an asset (one per spot trade), "
                        + "read the trade with QueryTrades (up to 20 per call, each a history call on the call counter) "
                        + "and write it to the trade_history topic, exactly once with its ledger entry's offset. Takes "
                        + "effect only when Ledgers is polled and TradesHistory is not (TradesHistory writes the trades "
                        + "itself).", GROUP_REST, ++order, Width.SHORT, "Ledgers enrich trades");
        def.define(REST_SNAPSHOT_HEARTBEAT_MS, Type.LONG, 3_600_000L, Range.atLeast(0), Importance.LOW,
                "Snapshot endpoints (Balance, BalanceEx, TradeBalance, OpenOrders, OpenPositions, TradeVolume) write a "
                        + "record only when its content changed; every this many milliseconds they write every current "
                        + "record once more. 0 = never (only the first poll after a start writes everything).",
                GROUP_REST, ++order, Width.SHORT, "Snapshot heartbeat");
        def.define(REST_TIER, Type.STRING, "starter", Validators.restTier(), Importance.LOW,
                "Kraken verification tier of the API key; sets the client-side pacing of the REST call counter "
                        + "(starter 15/-0.33 per s, intermediate 20/-0.5, pro 20/-1), or '<max>/<decay per second>' "
                        + "for a key with other limits. Intervals the counter cannot sustain are stretched (history "
                        + "endpoints first), logged once and reported by validate() as recommended values.",
                GROUP_REST, ++order, Width.SHORT, "REST tier");
        def.define(REST_HISTORY_COST, Type.INT, RestCosts.DEFAULT_HISTORY_COST, Range.between(1, RestTiers.MIN_MAX_COUNTER),
                Importance.LOW, "Call-counter points of one Ledgers, QueryLedgers, TradesHistory or QueryTrades call "
                        + "(other private calls cost 1). Kraken's rate-limit pages say 2 in one version and 4 in "
                        + "another; the default paces for 4.", GROUP_REST, ++order, Width.SHORT, "REST history cost");
        def.define(REST_TIMEOUT_MS, Type.LONG, 10_000L, Range.atLeast(100), Importance.LOW,
                "Timeout of one REST call in milliseconds.", GROUP_REST, ++order, Width.SHORT, "REST timeout");
    }

    /** Defines the WebSocket session, backoff, queue and poll keys every streaming source shares ({@link StreamingSourceConfig}). */
    static void resilience(ConfigDef def) {
        resilience(def, true);
    }

    /**
     * @param def         the connector's definition
     * @param requestRate whether to define {@code ws.max.requests.per.second} (the Trader source paces with its
     *                    connection group's {@code trader.max.messages.per.second} instead)
     */
    static void resilience(ConfigDef def, boolean requestRate) {
        int order = 0;
        def.define(WS_CONNECT_TIMEOUT_MS, Type.LONG, 10_000L, Range.atLeast(100), Importance.LOW,
                "WebSocket connect and handshake timeout in milliseconds.", GROUP_RESILIENCE, ++order, Width.SHORT, "Connect timeout");
        def.define(WS_REQUEST_TIMEOUT_MS, Type.LONG, 10_000L, Range.atLeast(100), Importance.LOW,
                WsSessionKeys.WS_REQUEST_TIMEOUT_DOC + " A subscribe waits this long for its acks.",
                GROUP_RESILIENCE, ++order, Width.SHORT, "Request timeout");
        def.define(WS_PING_INTERVAL_MS, Type.LONG, 5_000L, Range.atLeast(100), Importance.LOW,
                "Interval of application pings (Kraken closes idle sockets after about 60 s).",
                GROUP_RESILIENCE, ++order, Width.SHORT, "Ping interval");
        def.define(WS_STALE_TIMEOUT_MS, Type.LONG, 10_000L, Range.atLeast(200), Importance.LOW,
                "Silence after which a connection is dropped and re-established; must exceed ws.ping.interval.ms.",
                GROUP_RESILIENCE, ++order, Width.SHORT, "Stale timeout");
        if (requestRate) {
            def.define(WS_MAX_REQUESTS_PER_SECOND, Type.INT, 10, Range.atLeast(1), Importance.LOW,
                    "Pacing of subscribe/unsubscribe requests (also during resubscribe after a reconnect or resync).",
                    GROUP_RESILIENCE, ++order, Width.SHORT, "Subscribe rate");
        }
        def.define(RECONNECT_BACKOFF_MS, Type.LONG, 500L, Range.atLeast(1), Importance.LOW,
                WsSessionKeys.RECONNECT_BACKOFF_DOC + " A failed resubscribe of one symbol is retried on the same backoff.",
                GROUP_RESILIENCE, ++order, Width.SHORT, "Reconnect backoff");
        def.define(RECONNECT_BACKOFF_MAX_MS, Type.LONG, 30_000L, Range.atLeast(1), Importance.LOW,
                WsSessionKeys.RECONNECT_BACKOFF_MAX_DOC, GROUP_RESILIENCE, ++order, Width.SHORT, "Reconnect backoff cap");
        def.define(QUEUE_CAPACITY, Type.INT, 10_000, Range.atLeast(1), Importance.LOW,
                "Records buffered per task between the WebSocket readers and poll(); when full, reading pauses "
                        + "(backpressure through TCP) instead of growing memory.", GROUP_RESILIENCE, ++order, Width.SHORT, "Queue capacity");
        def.define(POLL_MAX_RECORDS, Type.INT, 2_000, Range.atLeast(1), Importance.LOW,
                "Maximum records returned by one poll().", GROUP_RESILIENCE, ++order, Width.SHORT, "Poll batch size");
        def.define(POLL_TIMEOUT_MS, Type.LONG, 500L, Range.between(1, 60_000), Importance.LOW,
                "How long poll() waits for the first record, in milliseconds.", GROUP_RESILIENCE, ++order, Width.SHORT, "Poll timeout");
    }

    private static String[] wireNames() {
        return Arrays.stream(SpotChannel.values()).filter(SpotChannel::isSubscribable).map(SpotChannel::wireName)
                .toArray(String[]::new);
    }

    private static String[] sizes(SpotChannel channel) {
        return channel.sizes().stream().map(String::valueOf).toArray(String[]::new);
    }

    private static String list(SpotChannel channel) {
        return String.join(", ", sizes(channel));
    }
}
