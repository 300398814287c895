package com.kafkaconnectkraken.connect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;

/**
 * The one {@code Connector.validate()} of every Kraken connector: the framework's single-key
 * validation first, then the connector's cross-field rules, each problem reported on its key (the
 * pattern of Kafka's {@code MirrorSourceConnector.validate}). Nothing is lost: a problem whose key
 * is not in the result goes on the first value as {@code key: message}, and a
 * {@link ConfigException} thrown by the rules is reported, not swallowed.
 */
public final class ConnectorValidation {

    /** How Kafka's {@code ConfigException(name, value, message)} names its key. */
    private static final Pattern NAMED_KEY = Pattern.compile(" for configuration ([^\\s:]+)");

    private ConnectorValidation() {
    }

    /**
     * @param singleKey the result of {@code super.validate(props)} (one value per defined key)
     * @param rules     the connector's cross-field rules over the same properties, run only when
     *                  every single key is valid; may throw {@link ConfigException}
     * @return {@code singleKey} unchanged when a single key has an error; else the same values with
     *         each rule problem added to its key's error messages. A {@link ConfigException} from the
     *         rules is added to the key its message names ({@code ... for configuration <key>}, as
     *         Kafka words it; the exception has no key accessor), else to the first value.
     */
    public static Config validate(Config singleKey, Supplier<List<ConfigProblem>> rules) {
        if (singleKey.configValues().stream().anyMatch(value -> !value.errorMessages().isEmpty())) {
            return singleKey;
        }
        List<ConfigValue> values = new ArrayList<>(singleKey.configValues());
        try {
            for (ConfigProblem problem : rules.get()) {
                Optional<ConfigValue> target = find(values, problem.key());
                if (target.isPresent()) {
                    target.get().addErrorMessage(problem.message());
                } else {
                    first(values, problem.key()).addErrorMessage(problem.toString());
                }
            }
        } catch (ConfigException e) {
            String message = String.valueOf(e.getMessage());
            namedKey(message).flatMap(key -> find(values, key)).orElseGet(() -> first(values, "validation"))
                    .addErrorMessage(message);
        }
        return new Config(values);
    }

    private static Optional<String> namedKey(String message) {
        Matcher matcher = NAMED_KEY.matcher(message);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static Optional<ConfigValue> find(List<ConfigValue> values, String key) {
        return values.stream().filter(value -> value.name().equals(key)).findFirst();
    }

    /** The first value; when there is none (an empty definition), a new one named {@code name}. */
    private static ConfigValue first(List<ConfigValue> values, String name) {
        if (values.isEmpty()) {
            values.add(new ConfigValue(name));
        }
        return values.get(0);
    }
}
