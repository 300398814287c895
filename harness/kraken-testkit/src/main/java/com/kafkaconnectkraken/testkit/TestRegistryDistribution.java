package com.kafkaconnectkraken.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

import com.kafkaconnectkraken.registry.RegistryDistribution;

/**
 * Where the tests find the Apicurio Registry distribution: the kraken-testkit build unpacks the
 * {@code io.apicurio:apicurio-registry-app:tar.gz:all} archive into {@code harness/kraken-testkit/target/apicurio-registry-<version>/}
 * and records that path in the classpath resource {@code com/kafkaconnectkraken/testkit/registry.properties}, so every
 * module that depends on the testkit finds it. Overrides (system properties):
 * <ul>
 *   <li>{@value #HOME_PROPERTY}: a directory holding {@code *-runner.jar} and {@code lib/};</li>
 *   <li>{@value #JAVA_PROPERTY}: the {@code java} executable (default: the running JVM's; the build sets it from
 *       {@code registry.java}). Apicurio 2.6.x needs Java 17+.</li>
 * </ul>
 */
public final class TestRegistryDistribution {

    /** System property overriding the distribution directory. */
    public static final String HOME_PROPERTY = "kraken.registry.home";
    /** System property overriding the java executable. */
    public static final String JAVA_PROPERTY = "kraken.registry.java";

    private static final String RESOURCE = "registry.properties";

    private TestRegistryDistribution() {
    }

    /**
     * @return the distribution named by the system properties, else the one the testkit build unpacked
     * @throws IllegalStateException if the directory or its runner jar does not exist; the message says where it
     *                               looked and how to create it
     */
    public static RegistryDistribution locate() {
        String home = System.getProperty(HOME_PROPERTY);
        Path java = javaExecutable();
        if (home != null && !home.isBlank()) {
            return RegistryDistribution.of(Path.of(home), java);
        }
        try {
            return RegistryDistribution.of(Path.of(builtHome()), java);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + "; build it with ./mvnw -pl harness/kraken-testkit -am"
                    + " package, or set -D" + HOME_PROPERTY, e);
        }
    }

    private static String builtHome() {
        Properties props = new Properties();
        try (InputStream in = TestRegistryDistribution.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + RESOURCE + " of kraken-testkit; set -D"
                        + HOME_PROPERTY + "=<unpacked apicurio-registry-app dir>");
            }
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return props.getProperty("registry.home");
    }

    private static Path javaExecutable() {
        String java = System.getProperty(JAVA_PROPERTY);
        return java == null || java.isBlank() ? RegistryDistribution.currentJava() : Path.of(java);
    }
}
