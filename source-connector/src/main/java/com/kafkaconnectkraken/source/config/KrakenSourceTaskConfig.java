package com.kafkaconnectkraken.source.config;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;

/**
 * A task's configuration: the connector's keys plus the task-only assignment written by
 * {@code KrakenSourceConnector.taskConfigs}: the symbols this task streams and whether it owns the
 * work that is not split by symbol (instrument, executions, balances, REST polling).
 */
public final class KrakenSourceTaskConfig extends KrakenSourceConnectorConfig {

    public static final String TASK_SYMBOLS = "task.symbols";
    public static final String TASK_GLOBAL = "task.global";
    public static final String TASK_ID = "task.id";

    /**
     * @throws org.apache.kafka.common.config.ConfigException if the properties are invalid
     */
    public KrakenSourceTaskConfig(Map<String, String> props) {
        super(taskDef(), props, true);
    }

    static ConfigDef taskDef() {
        return configDef()
                .define(TASK_SYMBOLS, Type.LIST, "", Importance.HIGH, "Symbols assigned to this task (set by the connector).")
                .define(TASK_GLOBAL, Type.BOOLEAN, false, Importance.HIGH,
                        "Whether this task runs instrument, executions, balances and REST polling (set by the connector).")
                .define(TASK_ID, Type.INT, 0, Importance.LOW, "Task number (set by the connector), used in metric names.");
    }

    /** Symbols this task streams on the per-symbol channels. */
    public List<String> taskSymbols() {
        return getList(TASK_SYMBOLS);
    }

    /** Task number, for metric names. */
    public int taskId() {
        return getInt(TASK_ID);
    }

    /** Whether this task owns the work not split by symbol. */
    public boolean taskGlobal() {
        return getBoolean(TASK_GLOBAL);
    }
}
