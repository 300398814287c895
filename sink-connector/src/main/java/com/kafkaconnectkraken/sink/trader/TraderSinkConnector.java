package com.kafkaconnectkraken.sink.trader;

import com.kafkaconnectkraken.connect.ConfigProblem;
import com.kafkaconnectkraken.connect.ConnectorValidation;
import com.kafkaconnectkraken.connect.PluginVersion;
import com.kafkaconnectkraken.connect.UnknownKeys;
import com.kafkaconnectkraken.sink.TradingSinkTask;
import com.kafkaconnectkraken.sink.config.SinkConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka Connect sink for the broker-style Trader WebSocket API (docs/protocol/trader-api.md): command records
 * ({@code {"method": "createOrder", "req_id": n?, "params": {...}}}, Avro contract
 * {@code schemas/trader/order_command.avsc}) are executed as {@code createOrder}, {@code cancelOrder},
 * {@code amendOrder}, {@code closePosition} or {@code amendPosition}, and each gets one final acknowledgement
 * ({@code order_ack.avsc}, the same statuses as the Kraken sink) on {@code reply.topic}. The safety contract is the
 * Kraken sink's, from the same code: guards, max age, HMAC, reply-topic history and order-history lookup before a
 * possibly redelivered createOrder, UNKNOWN then reconciled, never a blind resend.
 *
 * <p>Tasks get identical configs but for their number ({@code task.id}, in metric names); the consumer group splits
 * the command partitions. Each task holds one socket.
 */
public final class TraderSinkConnector extends SinkConnector {

    private static final Logger log = LoggerFactory.getLogger(TraderSinkConnector.class);
    private static final String VERSION = PluginVersion.of(TraderSinkConnector.class, "kafka-connect-kraken-sink");

    private Map<String, String> props;

    @Override
    public void start(Map<String, String> props) {
        new TraderSinkConnectorConfig(props);
        this.props = Map.copyOf(props);
        log.info("Starting Trader sink connector, replies to {}", props.get(TraderSinkConnectorConfig.REPLY_TOPIC));
    }

    @Override
    public Class<? extends Task> taskClass() {
        return TraderSinkTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        return TradingSinkTask.taskConfigs(props, maxTasks);
    }

    @Override
    public void stop() {
        log.info("Stopping Trader sink connector");
    }

    @Override
    public ConfigDef config() {
        return TraderSinkConnectorConfig.configDef();
    }

    /**
     * Single-key validation, then unknown keys under the connector's own prefixes ({@link UnknownKeys}) and the
     * cross-field rules, each problem on its key.
     */
    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        return ConnectorValidation.validate(super.validate(connectorConfigs), () -> {
            List<ConfigProblem> problems = new ArrayList<>(UnknownKeys.problems(config(), connectorConfigs,
                TraderSinkConnectorConfig.OWNED_PREFIXES, SinkConfig.PASS_THROUGH_PREFIXES));
            problems.addAll(TraderSinkConnectorConfig.problems(connectorConfigs));
            return problems;
        });
    }

    @Override
    public String version() {
        return VERSION;
    }
}
