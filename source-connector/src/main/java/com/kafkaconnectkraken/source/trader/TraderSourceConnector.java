package com.kafkaconnectkraken.source.trader;

import com.kafkaconnectkraken.connect.ConfigProblem;
import com.kafkaconnectkraken.connect.ConnectorValidation;
import com.kafkaconnectkraken.connect.PluginVersion;
import com.kafkaconnectkraken.connect.UnknownKeys;
import com.kafkaconnectkraken.source.config.TaskSplit;
import com.kafkaconnectkraken.source.config.TraderSourceConfigRules;
import com.kafkaconnectkraken.source.config.TraderSourceConnectorConfig;
import com.kafkaconnectkraken.source.config.TraderSourceTaskConfig;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.SourceConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka Connect source for the Trader WebSocket API (docs/protocol/trader-api.md): quotes, verified whole-book depth,
 * executions (recovered from orderHistory after a reconnect), portfolio and account metrics, as typed records
 * (contract: {@code schemas/trader/*.avsc}) on {@code <topic.prefix>.trader.quotes}, {@code .depth},
 * {@code .executions}, {@code .portfolio}, {@code .metrics}, with gap records on {@code .gap}.
 *
 * <p>Task split as the Kraken sources: the symbols ({@code trader.symbols}, then the other
 * {@code trader.depth.symbols}) are divided over {@code min(tasks.max, #symbols)} tasks; portfolioEvent and the
 * metrics subscriptions run on task 0 only, so no record is produced by two tasks.
 */
public class TraderSourceConnector extends SourceConnector {

    private static final Logger log = LoggerFactory.getLogger(TraderSourceConnector.class);
    private static final String VERSION = PluginVersion.of(TraderSourceConnector.class, "kafka-connect-kraken-source");

    private Map<String, String> props;
    private TraderSourceConnectorConfig config;

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public void start(Map<String, String> props) {
        this.config = new TraderSourceConnectorConfig(props);
        this.props = Map.copyOf(props);
        log.info("Starting Trader source connector on {}: events {} of {} symbol(s), depth {}, accounts {}",
                config.connection(), config.events(), config.symbols().size(), config.depthSymbols(), config.accountIds());
    }

    @Override
    public Class<? extends Task> taskClass() {
        return TraderSourceTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        Set<String> all = new LinkedHashSet<>(config.symbols());
        all.addAll(config.depthSymbols());
        return TaskSplit.configs(props, List.copyOf(all), TraderSourceTaskConfig.TASK_SYMBOLS, maxTasks);
    }

    @Override
    public void stop() {
        log.info("Stopping Trader source connector");
    }

    @Override
    public ConfigDef config() {
        return TraderSourceConnectorConfig.configDef();
    }

    /**
     * Single-key validation (URLs, symbols, event names), then unknown keys under the connector's own prefixes
     * ({@link UnknownKeys}, with a did-you-mean) and the cross-field rules ({@link TraderSourceConfigRules}), each
     * problem on its key.
     */
    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        return ConnectorValidation.validate(super.validate(connectorConfigs), () -> {
            List<ConfigProblem> problems = new ArrayList<>(UnknownKeys.problems(config(), connectorConfigs,
                    TraderSourceConnectorConfig.OWNED_PREFIXES, List.of()));
            problems.addAll(TraderSourceConfigRules.problems(connectorConfigs));
            return problems;
        });
    }
}
