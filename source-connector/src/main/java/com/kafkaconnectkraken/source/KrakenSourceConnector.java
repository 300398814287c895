package com.kafkaconnectkraken.source;

import com.kafkaconnectkraken.connect.ConfigProblem;
import com.kafkaconnectkraken.connect.ConnectorValidation;
import com.kafkaconnectkraken.connect.PluginVersion;
import com.kafkaconnectkraken.connect.SpotInstruments;
import com.kafkaconnectkraken.connect.UnknownKeys;
import com.kafkaconnectkraken.source.config.KrakenSourceConnectorConfig;
import com.kafkaconnectkraken.source.config.KrakenSourceTaskConfig;
import com.kafkaconnectkraken.source.config.RestEndpoint;
import com.kafkaconnectkraken.source.config.SourceConfigRules;
import com.kafkaconnectkraken.source.config.TaskSplit;
import com.kafkaconnectkraken.source.offset.ExecutionCursor;
import com.kafkaconnectkraken.source.offset.HistoryCursor;
import com.kafkaconnectkraken.source.offset.HistoryPartition;
import com.kafkaconnectkraken.source.rest.HistoryStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.ExactlyOnceSupport;
import org.apache.kafka.connect.source.SourceConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka Connect source for Kraken Spot: WebSocket v2 market and account streams and REST-polled
 * account data as typed records (contract: the .avsc files of kraken-schemas).
 *
 * <p>Task split: the symbols of the per-symbol channels are divided over
 * {@code min(tasks.max, #symbols)} tasks ({@link TaskSplit}); work that is
 * not per symbol (instrument, executions, balances, REST polling) runs on task 0 only, so no record
 * is produced by two tasks. Exactly-once capable (KIP-618): history records (Ledgers, TradesHistory,
 * ClosedOrders) and executions fills carry deterministic offsets, other stream records none.
 */
public class KrakenSourceConnector extends SourceConnector {

    private static final Logger log = LoggerFactory.getLogger(KrakenSourceConnector.class);
    private static final String VERSION = PluginVersion.of(KrakenSourceConnector.class, "kafka-connect-kraken-source");

    private Map<String, String> props;
    private KrakenSourceConnectorConfig config;

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public void start(Map<String, String> props) {
        this.config = new KrakenSourceConnectorConfig(props);
        this.props = Map.copyOf(props);
        log.info("Starting Kraken source connector: channels {}, {} symbol(s), REST {}", config.channels(),
                config.symbols().size(), config.restEndpoints());
    }

    @Override
    public Class<? extends Task> taskClass() {
        return KrakenSourceTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        List<String> units = config.perSymbolChannels().isEmpty() ? List.of() : config.symbols();
        return TaskSplit.configs(props, units, KrakenSourceTaskConfig.TASK_SYMBOLS, maxTasks);
    }

    @Override
    public void stop() {
        log.info("Stopping Kraken source connector");
    }

    @Override
    public ConfigDef config() {
        return KrakenSourceConnectorConfig.configDef();
    }

    /**
     * Single-key validation; then unknown keys under the connector's own prefixes ({@link UnknownKeys}) and the
     * cross-field rules ({@link SourceConfigRules}); then, when those pass and Kraken's REST base answers, that every
     * symbol is a tradable pair ({@link SpotInstruments}; unreachable: one INFO line, no error). Each problem on its
     * key; then the REST budget check, which warns without refusing ({@link RestBudgetWarning}).
     */
    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        Config result = ConnectorValidation.validate(super.validate(connectorConfigs), () -> {
            List<ConfigProblem> problems = new ArrayList<>(UnknownKeys.problems(config(), connectorConfigs,
                    KrakenSourceConnectorConfig.OWNED_PREFIXES, List.of()));
            problems.addAll(SourceConfigRules.problems(connectorConfigs));
            if (problems.isEmpty()) {
                KrakenSourceConnectorConfig config = new KrakenSourceConnectorConfig(connectorConfigs);
                problems.addAll(SpotInstruments.unknownSymbols(config.connection().endpoints().rest(),
                        KrakenSourceConnectorConfig.SYMBOLS, config.symbols()));
            }
            return problems;
        });
        RestBudgetWarning.apply(result, connectorConfigs);
        return result;
    }

    @Override
    public ExactlyOnceSupport exactlyOnceSupport(Map<String, String> connectorConfig) {
        return ExactlyOnceSupport.SUPPORTED;
    }

    /**
     * Accepts offsets only for the history partitions (Ledgers, TradesHistory, ClosedOrders) and the executions
     * partition, and only in their cursor formats ({@link HistoryCursor}, {@link ExecutionCursor}); a null offset
     * resets a cursor (the next start follows {@code ledgers.start} or {@code rest.history.start}; executions
     * start with the live stream).
     *
     * @throws ConnectException naming the malformed partition or offset
     */
    @Override
    public boolean alterOffsets(Map<String, String> connectorConfig, Map<Map<String, ?>, Map<String, ?>> offsets) {
        offsets.forEach((partition, offset) -> {
            if (ExecutionCursor.isPartition(partition)) {
                ExecutionCursor.fromMap(offset);
                return;
            }
            HistoryPartition history = HistoryPartition.fromMap(partition);
            HistoryCursor.fromMap(offset, HistoryStream.of(RestEndpoint.fromMethod(history.endpoint())).idKey());
        });
        return true;
    }
}
