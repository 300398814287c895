package com.kafkaconnectkraken.source.config;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;

/**
 * A Kraken Futures task's configuration, shaped like {@link KrakenSourceTaskConfig}: the connector's keys plus
 * the assignment written by {@code KrakenFuturesSourceConnector.taskConfigs}: the product ids this task streams
 * on the public feeds and whether it runs the private feeds.
 */
public final class KrakenFuturesSourceTaskConfig extends KrakenFuturesSourceConnectorConfig {

    public static final String TASK_PRODUCT_IDS = "task.product_ids";
    public static final String TASK_GLOBAL = KrakenSourceTaskConfig.TASK_GLOBAL;
    public static final String TASK_ID = KrakenSourceTaskConfig.TASK_ID;

    /** @throws org.apache.kafka.common.config.ConfigException if the properties are invalid */
    public KrakenFuturesSourceTaskConfig(Map<String, String> props) {
        super(taskDef(), props, true);
    }

    static ConfigDef taskDef() {
        return configDef()
                .define(TASK_PRODUCT_IDS, Type.LIST, "", Importance.HIGH, "Product ids assigned to this task (set by the connector).")
                .define(TASK_GLOBAL, Type.BOOLEAN, false, Importance.HIGH,
                        "Whether this task runs the private feeds (set by the connector).")
                .define(TASK_ID, Type.INT, 0, Importance.LOW, "Task number (set by the connector), used in metric names.");
    }

    /** @return the product ids this task streams on the public feeds */
    public List<String> taskProductIds() {
        return getList(TASK_PRODUCT_IDS);
    }

    /** @return the task number */
    public int taskId() {
        return getInt(TASK_ID);
    }

    /** @return whether this task runs the private feeds */
    public boolean taskGlobal() {
        return getBoolean(TASK_GLOBAL);
    }
}
