package com.kafkaconnectkraken.source.config;

import com.kafkaconnectkraken.client.book.SequencedBook;
import com.kafkaconnectkraken.client.futures.protocol.FuturesChallenge;
import com.kafkaconnectkraken.client.futures.protocol.FuturesFeed;
import com.kafkaconnectkraken.connect.ConfigProblem;
import com.kafkaconnectkraken.schema.DecimalHandlingMode;
import java.net.URI;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * Configuration of the Kraken Futures source connector, the Spot source's skeleton for another venue:
 * definition in {@link FuturesSourceConfigDef}, cross-field rules in {@link FuturesSourceConfigRules} (used
 * by this constructor, which throws {@link ConfigException}, and by {@code validate()}), the shared
 * WebSocket/queue/poll keys of {@link StreamingSourceConfig}. Generated reference: {@code doc/futures-config.md}.
 */
public class KrakenFuturesSourceConnectorConfig extends StreamingSourceConfig {

    /** The prefixes whose keys are this connector's own: an undefined key under one fails {@code validate()}. */
    public static final List<String> OWNED_PREFIXES = List.of("futures.", "ws.", "reconnect.", "decimal.");

    public static final String WS_URL = "futures.ws.url";
    public static final String REST_URL = "futures.rest.url";
    public static final String API_KEY = "futures.api.key";
    public static final String API_SECRET = "futures.api.secret";
    public static final String FEEDS = "futures.feeds";
    public static final String PRODUCT_IDS = "futures.product_ids";
    public static final String BOOK_DEPTH = "futures.book.depth";
    public static final String BOOK_SEQ_MODE = "futures.book.seq.mode";
    public static final String DECIMAL_HANDLING_MODE = KrakenSourceConnectorConfig.DECIMAL_HANDLING_MODE;
    public static final String TOPIC_PREFIX = KrakenSourceConnectorConfig.TOPIC_PREFIX;

    private static final ConfigDef CONFIG_DEF = FuturesSourceConfigDef.build();

    private final Set<FuturesFeed> feeds;

    /**
     * @param props connector properties
     * @throws ConfigException if a value is invalid or a cross-field rule fails
     */
    public KrakenFuturesSourceConnectorConfig(Map<String, String> props) {
        this(CONFIG_DEF, props, true);
    }

    /**
     * @param definition   {@link #configDef()}, possibly extended (the task's assignment keys)
     * @param props        connector or task properties
     * @param enforceRules whether to throw on cross-field problems
     * @throws ConfigException if a value is invalid, or a rule fails and {@code enforceRules}
     */
    protected KrakenFuturesSourceConnectorConfig(ConfigDef definition, Map<String, String> props, boolean enforceRules) {
        super(definition, props);
        Set<FuturesFeed> parsed = EnumSet.noneOf(FuturesFeed.class);
        getList(FEEDS).forEach(name -> parsed.add(FuturesFeed.fromWire(name)));
        this.feeds = Collections.unmodifiableSet(parsed);
        if (enforceRules) {
            ConfigProblem.throwIfAny(FuturesSourceConfigRules.problems(this));
        }
    }

    /** Parses single keys only; for {@link FuturesSourceConfigRules#problems(Map)}. */
    static KrakenFuturesSourceConnectorConfig withoutRules(Map<String, String> props) {
        return new KrakenFuturesSourceConnectorConfig(CONFIG_DEF, props, false);
    }

    /** @return a new definition of every key; callers may extend it */
    public static ConfigDef configDef() {
        return FuturesSourceConfigDef.build();
    }

    /** @return the enabled feeds */
    public Set<FuturesFeed> feeds() {
        return feeds;
    }

    /** @return the product ids of the public feeds, as configured */
    public List<String> productIds() {
        return List.copyOf(getList(PRODUCT_IDS));
    }

    /** @return the WebSocket v1 URL */
    public URI wsUrl() {
        return URI.create(getString(WS_URL));
    }

    /** @return the REST base URL */
    public URI restUrl() {
        return URI.create(getString(REST_URL));
    }

    /** @return the API key, or {@code null} when not configured */
    public String apiKey() {
        Password key = getPassword(API_KEY);
        return key == null || key.value().isBlank() ? null : key.value().trim();
    }

    /** @return the challenge signer over the API secret, or {@code null} when not configured */
    public FuturesChallenge challenge() {
        Password secret = getPassword(API_SECRET);
        return secret == null || secret.value().isBlank() ? null : new FuturesChallenge(secret.value().trim());
    }

    /** @return levels per side in each book record */
    public int bookDepth() {
        return getInt(BOOK_DEPTH);
    }

    /** @return how book messages' seq must follow */
    public SequencedBook.Mode bookSeqMode() {
        return SequencedBook.Mode.valueOf(getString(BOOK_SEQ_MODE).toUpperCase(Locale.ROOT));
    }

    /** @return how decimals are written */
    public DecimalHandlingMode decimalMode() {
        return DecimalHandlingMode.parse(getString(DECIMAL_HANDLING_MODE));
    }

    /** @return the topic prefix */
    public String topicPrefix() {
        return getString(TOPIC_PREFIX);
    }
}
