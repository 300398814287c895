package com.kafkaconnectkraken.source.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.util.ConnectorUtils;

/**
 * How every source connector splits its work: the units (symbols, product ids) in contiguous groups over at most
 * {@code tasks.max} tasks, task 0 also running the connector's account-wide streams. Each task config is the
 * connector's own plus {@code <unitsKey>} (comma-separated units), {@link KrakenSourceTaskConfig#TASK_GLOBAL} and
 * {@link KrakenSourceTaskConfig#TASK_ID}.
 */
public final class TaskSplit {

    private TaskSplit() {
    }

    /**
     * @param props    the connector's config
     * @param units    what is split, in order; empty gives one task with no units (account streams only)
     * @param unitsKey the task key that lists a task's units
     * @param maxTasks {@code tasks.max}
     * @return one config per task: {@code min(maxTasks, units)} tasks, at least one
     */
    public static List<Map<String, String>> configs(Map<String, String> props, List<String> units, String unitsKey,
                                                    int maxTasks) {
        int tasks = Math.max(1, Math.min(maxTasks, units.size()));
        List<List<String>> groups = units.isEmpty() ? List.of(List.of()) : ConnectorUtils.groupPartitions(units, tasks);
        List<Map<String, String>> result = new ArrayList<>(groups.size());
        for (int i = 0; i < groups.size(); i++) {
            Map<String, String> task = new HashMap<>(props);
            task.put(unitsKey, String.join(",", groups.get(i)));
            task.put(KrakenSourceTaskConfig.TASK_GLOBAL, Boolean.toString(i == 0));
            task.put(KrakenSourceTaskConfig.TASK_ID, Integer.toString(i));
            result.add(task);
        }
        return result;
    }
}
