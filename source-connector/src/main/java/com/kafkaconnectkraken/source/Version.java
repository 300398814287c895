package com.kafkaconnectkraken.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The connector version, from the Maven-filtered {@code kafka-connect-kraken-source-version.properties}. */
final class Version {

    private static final String VERSION = load();

    private Version() {
    }

    static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/kafka-connect-kraken-source-version.properties")) {
            Properties props = new Properties();
            if (in != null) {
                props.load(in);
            }
            return props.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
