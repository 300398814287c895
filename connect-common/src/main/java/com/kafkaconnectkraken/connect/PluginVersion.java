package com.kafkaconnectkraken.connect;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version a Connect plugin reports from {@code Connector.version()} and {@code Task.version()}:
 * the {@code version} property of the Maven-filtered {@code /<artifactId>-version.properties} on the
 * connector's class path.
 */
public final class PluginVersion {

    /** Reported when the properties file or its {@code version} property is missing. */
    public static final String UNKNOWN = "unknown";

    private PluginVersion() {
    }

    /**
     * Reads the version once; connectors keep the result in a constant.
     *
     * @param anchor     a class of the connector, whose class loader (the plugin's, under plugin
     *                   isolation) finds the file
     * @param artifactId the connector's Maven artifactId, e.g. {@code kafka-connect-kraken-source}
     * @return the version, or {@value #UNKNOWN} when the file or property is missing or unreadable
     *         (a version is informational: it never stops a plugin from loading)
     */
    public static String of(Class<?> anchor, String artifactId) {
        String resource = "/" + artifactId + "-version.properties";
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties props = new Properties();
            props.load(in);
            return props.getProperty("version", UNKNOWN).trim();
        } catch (IOException e) {
            return UNKNOWN;
        }
    }
}
