package com.kafkaconnectkraken.connect;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.ConfigException;

/**
 * One broken cross-field rule of a connector configuration, reported on the key a user should
 * change. Each connector's {@code <Side>ConfigRules.problems(...)} returns a list of these; the
 * config constructor throws them with {@link #throwIfAny(List)} and {@code Connector.validate()}
 * attaches them to their keys with {@link ConnectorValidation#validate}.
 *
 * @param key     the config key the problem is reported on, e.g. {@code symbols}
 * @param message what is wrong, without the key, e.g. {@code channels [book] need at least one symbol}
 */
public record ConfigProblem(String key, String message) {

    /**
     * @throws NullPointerException if {@code key} or {@code message} is null
     */
    public ConfigProblem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Fails a configuration that broke rules, naming every problem.
     *
     * @param problems the rules' result, in the order the rules found them
     * @throws ConfigException when {@code problems} is not empty; its message is each problem as
     *                         {@code key: message}, joined with {@code "; "}
     */
    public static void throwIfAny(List<ConfigProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ConfigException(problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("; ")));
        }
    }

    /** @return {@code key: message} */
    @Override
    public String toString() {
        return key + ": " + message;
    }
}
