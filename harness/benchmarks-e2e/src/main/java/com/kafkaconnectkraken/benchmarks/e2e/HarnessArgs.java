package com.kafkaconnectkraken.benchmarks.e2e;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code key=value} command-line arguments over defaults; an unknown key is an error. */
final class HarnessArgs {

    private final Map<String, String> values;

    /**
     * @param args     {@code key=value} words
     * @param defaults every accepted key with its default
     * @throws IllegalArgumentException for a word without {@code =} or an unknown key
     */
    HarnessArgs(String[] args, Map<String, String> defaults) {
        values = new HashMap<>(defaults);
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0 || !defaults.containsKey(arg.substring(0, eq))) {
                throw new IllegalArgumentException("Expected key=value with a key among " + defaults.keySet() + ": " + arg);
            }
            values.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
    }

    /**
     * Points log4j2 at this module's WARN-level configuration (the Kafka test jars on the class path
     * carry INFO-level {@code log4j2.yaml} files) unless {@code log4j2.configurationFile} is set.
     * Call first in {@code main}, before anything logs.
     */
    static void quietLogging() {
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "e2e-log4j2.xml");
        }
    }

    int integer(String key) {
        return Integer.parseInt(values.get(key));
    }

    String text(String key) {
        return values.get(key);
    }

    List<String> texts(String key) {
        return Arrays.stream(values.get(key).split(",")).map(String::trim).toList();
    }

    List<Integer> integers(String key) {
        return Arrays.stream(values.get(key).split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
