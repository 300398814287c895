package com.kafkaconnectkraken.source.config;

import static com.kafkaconnectkraken.source.config.KrakenFuturesSourceConnectorConfig.*;

import com.kafkaconnectkraken.client.futures.protocol.FuturesEndpoints;
import com.kafkaconnectkraken.client.futures.protocol.FuturesFeed;
import com.kafkaconnectkraken.connect.Base64SecretValidator;
import com.kafkaconnectkraken.connect.UrlValidator;
import java.util.Arrays;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

/**
 * Builds the Kraken Futures source {@link ConfigDef}, one method per group, in the shape of
 * {@link SourceConfigDef}; the WebSocket session, queue and poll keys are the Spot source's own
 * ({@link SourceConfigDef#resilience}).
 */
final class FuturesSourceConfigDef {

    static final String GROUP_CONNECTION = "Connection";
    static final String GROUP_DATA = "Data";
    static final String GROUP_TOPICS = "Topics";

    private FuturesSourceConfigDef() {
    }

    /** @return a new definition of every Kraken Futures source key */
    static ConfigDef build() {
        ConfigDef def = new ConfigDef();
        connection(def);
        data(def);
        topics(def);
        SourceConfigDef.resilience(def);
        return def;
    }

    private static void connection(ConfigDef def) {
        int order = 0;
        def.define(WS_URL, Type.STRING, FuturesEndpoints.WS.toString(), UrlValidator.webSocket(), Importance.MEDIUM,
                "Kraken Futures WebSocket v1 URL; public and private feeds use it over two connections. Demo: "
                        + FuturesEndpoints.DEMO_WS + ".", GROUP_CONNECTION, ++order, Width.LONG, "WebSocket URL");
        def.define(REST_URL, Type.STRING, FuturesEndpoints.REST.toString(), UrlValidator.http(), Importance.LOW,
                "Kraken Futures REST base; validate() reads " + FuturesEndpoints.INSTRUMENTS_PATH
                        + " to check product ids when it is reachable. Demo: " + FuturesEndpoints.DEMO_REST + ".",
                GROUP_CONNECTION, ++order, Width.LONG, "REST URL");
        def.define(API_KEY, Type.PASSWORD, null, Importance.HIGH,
                "Kraken Futures API key, required by the private feeds (never logged).",
                GROUP_CONNECTION, ++order, Width.LONG, "API key");
        def.define(API_SECRET, Type.PASSWORD, null, new Base64SecretValidator(), Importance.HIGH,
                "Kraken Futures API secret (base64), signs the challenge of each private connection (never logged).",
                GROUP_CONNECTION, ++order, Width.LONG, "API secret");
    }

    private static void data(ConfigDef def) {
        int order = 0;
        String[] feeds = feedNames();
        def.define(FEEDS, Type.LIST, FuturesFeed.TICKER.wireName(), Validators.oneOfEach(feeds), Importance.HIGH,
                "Feeds to stream, comma separated: " + String.join(", ", feeds) + ". Public feeds are split across "
                        + "tasks by product; private feeds (an API key and secret needed) run on task 0.",
                GROUP_DATA, ++order, Width.LONG, "Feeds");
        def.define(PRODUCT_IDS, Type.LIST, "", Validators.productIds(), Importance.HIGH,
                "Product ids of the public feeds, e.g. PF_XBTUSD,PI_ETHUSD (upper case).",
                GROUP_DATA, ++order, Width.LONG, "Product ids");
        def.define(BOOK_DEPTH, Type.INT, 10, Range.between(1, 1000), Importance.MEDIUM,
                "Levels per side in each book record (the whole book is kept and seq-verified).",
                GROUP_DATA, ++order, Width.SHORT, "Book depth");
        def.define(BOOK_SEQ_MODE, Type.STRING, "contiguous", ConfigDef.ValidString.in("contiguous", "increasing"),
                Importance.LOW, "How book messages' seq must follow: 'contiguous' (previous + 1; a jump is a gap) or "
                        + "'increasing' (only a repeat or a lower seq is a gap). Kraken documents seq as ordering the "
                        + "messages of a product; whether it steps by exactly 1 is not stated.",
                GROUP_DATA, ++order, Width.SHORT, "Book seq rule");
        def.define(DECIMAL_HANDLING_MODE, Type.STRING, "precise", ConfigDef.ValidString.in("precise", "string", "double"),
                Importance.MEDIUM, "How prices, sizes and amounts are written: 'precise' = Connect Decimal (Avro decimal, "
                        + "scale 18, exact), 'string' = the exact decimal as plain text (exponents expanded), 'double' = IEEE double (lossy).",
                GROUP_DATA, ++order, Width.SHORT, "Decimal handling");
    }

    private static void topics(ConfigDef def) {
        def.define(TOPIC_PREFIX, Type.STRING, "kraken", new ConfigDef.NonEmptyString(), Importance.HIGH,
                "Prefix of topic names: records of feed F go to <topic.prefix>.futures.<record> (e.g. kraken.futures.ticker, "
                        + "kraken.futures.fill); book resets and gaps to <topic.prefix>.futures.book_reset and .gap.",
                GROUP_TOPICS, 1, Width.MEDIUM, "Topic prefix");
    }

    private static String[] feedNames() {
        return Arrays.stream(FuturesFeed.values()).filter(f -> f != FuturesFeed.HEARTBEAT).map(FuturesFeed::wireName)
                .toArray(String[]::new);
    }
}
