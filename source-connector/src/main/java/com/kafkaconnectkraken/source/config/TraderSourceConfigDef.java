package com.kafkaconnectkraken.source.config;

import static com.kafkaconnectkraken.source.config.TraderSourceConnectorConfig.*;

import com.kafkaconnectkraken.client.trader.protocol.TraderMessageType;
import com.kafkaconnectkraken.connect.TraderConnectionConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

/**
 * Builds the Trader source {@link ConfigDef} in the shape of {@link FuturesSourceConfigDef}: the Trader connection
 * group shared with the Trader sink ({@link TraderConnectionConfig}), then data, topics and the streaming sources'
 * resilience keys ({@link SourceConfigDef#resilience}, without {@code ws.max.requests.per.second}: the connection
 * group's {@code trader.max.messages.per.second} paces every message).
 */
final class TraderSourceConfigDef {

    static final String GROUP_DATA = "Data";
    static final String GROUP_TOPICS = "Topics";

    private TraderSourceConfigDef() {
    }

    /** @return a new definition of every Trader source key */
    static ConfigDef build() {
        ConfigDef def = new ConfigDef();
        TraderConnectionConfig.define(def);
        data(def);
        topics(def);
        SourceConfigDef.resilience(def, false);
        return def;
    }

    private static void data(ConfigDef def) {
        int order = 0;
        String[] events = SUBSCRIBABLE.stream().map(TraderMessageType::wireName).toArray(String[]::new);
        def.define(SYMBOLS, Type.LIST, ConfigDef.NO_DEFAULT_VALUE, Validators.traderSymbols(), Importance.HIGH,
                "Symbols of the subscribed events, e.g. EURUSD,GBPUSD; split across tasks (at least one).",
                GROUP_DATA, ++order, Width.LONG, "Symbols");
        def.define(EVENTS, Type.LIST, TraderMessageType.QUOTE_EVENT.wireName(), Validators.oneOfEach(events),
                Importance.HIGH, "Events subscribed for the symbols: " + String.join(", ", events) + ". quoteEvent and "
                        + "executionEvent run on the task of each symbol; portfolioEvent (account-wide) on task 0 for every symbol.",
                GROUP_DATA, ++order, Width.LONG, "Events");
        def.define(DEPTH_SYMBOLS, Type.LIST, "", Validators.traderSymbols(), Importance.MEDIUM,
                "Symbols with a depthSubscribe: each depthEvent is the whole top-N book, published when its sides are "
                        + "sorted and not crossed.", GROUP_DATA, ++order, Width.LONG, "Depth symbols");
        def.define(DEPTH, Type.INT, 10, Range.atLeast(1), Importance.MEDIUM,
                "Levels per side of each depthSubscribe.", GROUP_DATA, ++order, Width.SHORT, "Depth");
        def.define(ACCOUNT_IDS, Type.LIST, "", Importance.MEDIUM,
                "Accounts with a metricsSubscribe (task 0), and whose executions are recovered from orderHistory after "
                        + "a reconnect (each task for its symbols), e.g. acc_123.", GROUP_DATA, ++order, Width.LONG, "Accounts");
        def.define(DECIMAL_HANDLING_MODE, Type.STRING, "precise", ConfigDef.ValidString.in("precise", "string", "double"),
                Importance.MEDIUM, "How prices, sizes and money are written: 'precise' = Connect Decimal (Avro decimal, "
                        + "scale 18, exact), 'string' = the exact decimal as plain text (wire scale kept), 'double' = IEEE double (lossy).",
                GROUP_DATA, ++order, Width.SHORT, "Decimal handling");
    }

    private static void topics(ConfigDef def) {
        def.define(TOPIC_PREFIX, Type.STRING, "kraken", new ConfigDef.NonEmptyString(), Importance.HIGH,
                "Prefix of topic names: <topic.prefix>.trader.quotes, .depth, .executions, .portfolio, .metrics; gap "
                        + "records (one per reconnect) to <topic.prefix>.trader.gap.", GROUP_TOPICS, 1, Width.MEDIUM, "Topic prefix");
    }
}
