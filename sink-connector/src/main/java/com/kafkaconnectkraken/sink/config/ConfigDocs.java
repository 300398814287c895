package com.kafkaconnectkraken.sink.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.ConfigKey;
import org.apache.kafka.common.config.types.Password;

/**
 * Renders the sink's {@link ConfigDef} as the Markdown reference committed at
 * {@code sink-connector/doc/sink-config.md}; {@code ConfigDocsTest} fails when that file is stale.
 * Regenerate with {@code java -cp ... com.kafkaconnectkraken.sink.config.ConfigDocs doc/sink-config.md}.
 */
public final class ConfigDocs {

    private ConfigDocs() {
    }

    /** @return the Markdown reference, keys grouped and ordered as defined. */
    public static String markdown(ConfigDef def) {
        StringBuilder out = new StringBuilder("# Kraken sink connector configuration\n\n")
            .append("Generated from `KrakenSinkConnectorConfig`; do not edit by hand.\n")
            .append("Connect's own sink keys (`topics`, `errors.tolerance`, `errors.deadletterqueue.topic.name`, ...) apply too.\n");
        for (String group : def.groups()) {
            out.append("\n## ").append(group).append('\n');
            List<ConfigKey> keys = def.configKeys().values().stream()
                .filter(k -> group.equals(k.group))
                .sorted((a, b) -> Integer.compare(a.orderInGroup, b.orderInGroup))
                .toList();
            keys.forEach(k -> key(out, k));
        }
        return out.toString();
    }

    private static void key(StringBuilder out, ConfigKey key) {
        out.append("\n### `").append(key.name).append("`\n\n").append(key.documentation).append("\n\n")
            .append("- Type: ").append(key.type.name().toLowerCase(java.util.Locale.ROOT)).append('\n')
            .append("- Default: ").append(defaultText(key)).append('\n');
        if (key.validator != null) {
            out.append("- Valid values: ").append(key.validator).append('\n');
        }
        out.append("- Importance: ").append(key.importance.name().toLowerCase(java.util.Locale.ROOT)).append('\n');
    }

    private static String defaultText(ConfigKey key) {
        if (!key.hasDefault()) {
            return "(required)";
        }
        Object value = key.defaultValue;
        if (value == null) {
            return "null";
        }
        if (value instanceof Password) {
            return "(hidden)";
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "\"\"" : "`" + String.join(",", list.stream().map(String::valueOf).toList()) + "`";
        }
        if (value instanceof Class<?> cls) {
            return "`" + cls.getName() + "`";
        }
        return "`" + value + "`";
    }

    /**
     * Writes the reference file.
     *
     * @param args one argument: the output path
     * @throws IOException when the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), markdown(KrakenSinkConnectorConfig.configDef()), StandardCharsets.UTF_8);
    }
}
