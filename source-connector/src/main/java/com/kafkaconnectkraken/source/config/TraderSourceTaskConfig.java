package com.kafkaconnectkraken.source.config;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;

/**
 * A Trader source task's configuration, shaped like {@link KrakenFuturesSourceTaskConfig}: the connector's keys plus
 * the assignment written by {@code TraderSourceConnector.taskConfigs}: this task's share of the symbols (of
 * {@code trader.symbols} and {@code trader.depth.symbols} together) and whether it runs the account-level streams.
 */
public final class TraderSourceTaskConfig extends TraderSourceConnectorConfig {

    public static final String TASK_SYMBOLS = "task.symbols";
    public static final String TASK_GLOBAL = KrakenSourceTaskConfig.TASK_GLOBAL;
    public static final String TASK_ID = KrakenSourceTaskConfig.TASK_ID;

    /** @throws org.apache.kafka.common.config.ConfigException if the properties are invalid */
    public TraderSourceTaskConfig(Map<String, String> props) {
        super(taskDef(), props, true);
    }

    static ConfigDef taskDef() {
        return configDef()
                .define(TASK_SYMBOLS, Type.LIST, "", Importance.HIGH, "Symbols assigned to this task (set by the connector).")
                .define(TASK_GLOBAL, Type.BOOLEAN, false, Importance.HIGH,
                        "Whether this task runs portfolioEvent and metricsSubscribe (set by the connector).")
                .define(TASK_ID, Type.INT, 0, Importance.LOW, "Task number (set by the connector), used in metric names.");
    }

    /** @return this task's symbols of {@code trader.symbols} (its quote and execution events) */
    public List<String> taskSymbols() {
        List<String> assigned = getList(TASK_SYMBOLS);
        return symbols().stream().filter(assigned::contains).toList();
    }

    /** @return this task's symbols of {@code trader.depth.symbols} */
    public List<String> taskDepthSymbols() {
        List<String> assigned = getList(TASK_SYMBOLS);
        return depthSymbols().stream().filter(assigned::contains).toList();
    }

    /** @return the task number */
    public int taskId() {
        return getInt(TASK_ID);
    }

    /** @return whether this task runs the account-level streams */
    public boolean taskGlobal() {
        return getBoolean(TASK_GLOBAL);
    }
}
