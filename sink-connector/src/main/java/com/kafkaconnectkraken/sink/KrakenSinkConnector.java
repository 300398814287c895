package com.kafkaconnectkraken.sink;

import com.kafkaconnectkraken.connect.ConfigProblem;
import com.kafkaconnectkraken.connect.ConnectorValidation;
import com.kafkaconnectkraken.connect.PluginVersion;
import com.kafkaconnectkraken.connect.SpotInstruments;
import com.kafkaconnectkraken.connect.UnknownKeys;
import com.kafkaconnectkraken.sink.config.KrakenSinkConnectorConfig;
import com.kafkaconnectkraken.sink.config.SinkConfig;
import com.kafkaconnectkraken.sink.config.SinkConfigRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka Connect sink for Kraken Spot trading: order-command records (schema
 * {@code order_command.avsc}) are executed through the Kraken WebSocket v2 trading API
 * (https://docs.kraken.com/api/docs/websocket-v2/add_order and sibling methods) and each gets
 * one final acknowledgement ({@code order_ack.avsc}) on {@code reply.topic}.
 *
 * <p>Tasks get identical configs but for their number ({@code task.id}, in metric names); the consumer group splits
 * the command partitions. Several
 * tasks share one API key, so Kraken's rate counter and the dead man's switch are per key, not
 * per task (with {@code dms.enabled}, run one task or accept that the tasks refresh one switch).
 */
public final class KrakenSinkConnector extends SinkConnector {

    private static final Logger log = LoggerFactory.getLogger(KrakenSinkConnector.class);
    private static final String VERSION = PluginVersion.of(KrakenSinkConnector.class, "kafka-connect-kraken-sink");

    private Map<String, String> props;

    @Override
    public void start(Map<String, String> props) {
        new KrakenSinkConnectorConfig(props);
        this.props = Map.copyOf(props);
        log.info("Starting Kraken sink connector, replies to {}", props.get(KrakenSinkConnectorConfig.REPLY_TOPIC));
    }

    @Override
    public Class<? extends Task> taskClass() {
        return KrakenSinkTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        return TradingSinkTask.taskConfigs(props, maxTasks);
    }

    @Override
    public void stop() {
        log.info("Stopping Kraken sink connector");
    }

    @Override
    public ConfigDef config() {
        return KrakenSinkConnectorConfig.configDef();
    }

    /**
     * Single-key validation; then unknown keys under the connector's own prefixes ({@link UnknownKeys}) and the
     * cross-field rules ({@link SinkConfigRules}); then, when those pass and Kraken's REST base answers, that every
     * {@code guard.symbols} entry is a tradable pair ({@link SpotInstruments}; unreachable: one INFO line, no error).
     * Each problem on its key.
     */
    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        return ConnectorValidation.validate(super.validate(connectorConfigs), () -> {
            List<ConfigProblem> problems = new ArrayList<>(UnknownKeys.problems(config(), connectorConfigs,
                KrakenSinkConnectorConfig.OWNED_PREFIXES, SinkConfig.PASS_THROUGH_PREFIXES));
            problems.addAll(SinkConfigRules.problems(connectorConfigs));
            if (problems.isEmpty()) {
                KrakenSinkConnectorConfig config = new KrakenSinkConnectorConfig(connectorConfigs);
                problems.addAll(SpotInstruments.unknownSymbols(config.connection().endpoints().rest(),
                    SinkConfig.GUARD_SYMBOLS, new TreeSet<>(config.guardSymbols())));
            }
            return problems;
        });
    }

    @Override
    public String version() {
        return VERSION;
    }
}
