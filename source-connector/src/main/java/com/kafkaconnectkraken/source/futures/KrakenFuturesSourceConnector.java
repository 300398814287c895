package com.kafkaconnectkraken.source.futures;

import com.kafkaconnectkraken.connect.ConfigProblem;
import com.kafkaconnectkraken.connect.ConnectorValidation;
import com.kafkaconnectkraken.connect.PluginVersion;
import com.kafkaconnectkraken.connect.UnknownKeys;
import com.kafkaconnectkraken.source.config.FuturesSourceConfigRules;
import com.kafkaconnectkraken.source.config.KrakenFuturesSourceConnectorConfig;
import com.kafkaconnectkraken.source.config.KrakenFuturesSourceTaskConfig;
import com.kafkaconnectkraken.source.config.TaskSplit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.SourceConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka Connect source for Kraken Futures (derivatives WebSocket v1, docs/protocol/kraken-futures.md): public
 * ticker, ticker_lite, seq-verified book and trade per product; private fills, open orders, positions, balances,
 * account log and notifications, as typed records (contract: {@code schemas/futures/*.avsc}).
 *
 * <p>Task split as the Spot source: the product ids are divided over {@code min(tasks.max, #products)} tasks;
 * the private feeds run on task 0 only, so no record is produced by two tasks.
 */
public class KrakenFuturesSourceConnector extends SourceConnector {

    private static final Logger log = LoggerFactory.getLogger(KrakenFuturesSourceConnector.class);
    private static final String VERSION = PluginVersion.of(KrakenFuturesSourceConnector.class, "kafka-connect-kraken-source");

    private Map<String, String> props;
    private KrakenFuturesSourceConnectorConfig config;

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public void start(Map<String, String> props) {
        this.config = new KrakenFuturesSourceConnectorConfig(props);
        this.props = Map.copyOf(props);
        log.info("Starting Kraken Futures source connector: feeds {}, {} product(s)", config.feeds(), config.productIds().size());
    }

    @Override
    public Class<? extends Task> taskClass() {
        return KrakenFuturesSourceTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        return TaskSplit.configs(props, config.productIds(), KrakenFuturesSourceTaskConfig.TASK_PRODUCT_IDS, maxTasks);
    }

    @Override
    public void stop() {
        log.info("Stopping Kraken Futures source connector");
    }

    @Override
    public ConfigDef config() {
        return KrakenFuturesSourceConnectorConfig.configDef();
    }

    /**
     * Single-key validation, then unknown keys under the connector's own prefixes ({@link UnknownKeys}) and the
     * cross-field rules ({@link FuturesSourceConfigRules}) and, when the REST base
     * answers, that every product id is in Kraken's instruments list; each problem on its key.
     */
    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        return ConnectorValidation.validate(super.validate(connectorConfigs), () -> {
            List<ConfigProblem> problems = new ArrayList<>(UnknownKeys.problems(config(), connectorConfigs,
                    KrakenFuturesSourceConnectorConfig.OWNED_PREFIXES, List.of()));
            problems.addAll(FuturesSourceConfigRules.problems(connectorConfigs));
            if (problems.isEmpty()) {
                problems.addAll(FuturesInstruments.unknownProducts(new KrakenFuturesSourceConnectorConfig(connectorConfigs)));
            }
            return problems;
        });
    }
}
