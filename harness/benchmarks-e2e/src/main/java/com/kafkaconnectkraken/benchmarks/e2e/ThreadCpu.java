package com.kafkaconnectkraken.benchmarks.e2e;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * CPU time of this JVM's threads over a window ({@link ThreadMXBean#getThreadCpuTime}), grouped by
 * thread name with digits folded ({@code pool-7-thread-2} to {@code pool-#-thread-#}) and {@code |} written
 * as {@code /} (the names go into Markdown tables). In the harness
 * every part but the registry runs in this JVM, so the groups show where a record's CPU goes:
 * the simulator ({@code kraken-simulator-*}, {@code XNIO-*}), the connector's WebSocket reader
 * ({@code OkHttp *}: parse, verify, map), the worker task thread ({@code pool-#-thread-#}: convert,
 * send), the producer's I/O thread and the broker ({@code data-plane-*}, {@code kafka-*}).
 */
final class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<Long, Long> cpuNanos = new HashMap<>();
    private final Map<Long, String> names = new HashMap<>();

    private ThreadCpu() {
    }

    /** @return the CPU time used so far by every live thread */
    static ThreadCpu snapshot() {
        ThreadCpu s = new ThreadCpu();
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null) {
                long cpu = THREADS.getThreadCpuTime(info.getThreadId());
                if (cpu >= 0) {
                    s.cpuNanos.put(info.getThreadId(), cpu);
                    s.names.put(info.getThreadId(), info.getThreadName().replaceAll("\\d+", "#").replace('|', '/'));
                }
            }
        }
        return s;
    }

    /**
     * @param later   a snapshot taken after this one
     * @param records records handled in between
     * @param seconds wall time in between
     * @return Markdown rows {@code | thread group | cores | µs per record |}, busiest first, groups under 1% of a core left out
     */
    String rows(ThreadCpu later, long records, double seconds) {
        Map<String, Long> byGroup = new TreeMap<>();
        later.cpuNanos.forEach((id, cpu) -> byGroup.merge(later.names.get(id), cpu - cpuNanos.getOrDefault(id, 0L), Long::sum));
        long total = byGroup.values().stream().mapToLong(Long::longValue).sum();
        String rows = byGroup.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .filter(e -> e.getValue() / 1e9 / seconds >= 0.01)
                .map(e -> String.format("| %s | %.2f | %.2f |", e.getKey(), e.getValue() / 1e9 / seconds,
                        e.getValue() / 1e3 / Math.max(1, records)))
                .collect(Collectors.joining("\n"));
        return rows + String.format("%n| all threads of the JVM | %.2f | %.2f |", total / 1e9 / seconds,
                total / 1e3 / Math.max(1, records));
    }

    /**
     * @param later   a snapshot taken after this one
     * @param records records handled in between
     * @param group   which thread groups (digit-folded names) count
     * @return CPU µs per record of the matching threads
     */
    double microsPerRecord(ThreadCpu later, long records, Predicate<String> group) {
        long nanos = 0;
        for (Map.Entry<Long, Long> e : later.cpuNanos.entrySet()) {
            if (group.test(later.names.get(e.getKey()))) {
                nanos += e.getValue() - cpuNanos.getOrDefault(e.getKey(), 0L);
            }
        }
        return nanos / 1e3 / Math.max(1, records);
    }
}
