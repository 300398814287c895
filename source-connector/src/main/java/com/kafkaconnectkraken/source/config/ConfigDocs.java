package com.kafkaconnectkraken.source.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.ConfigKey;
import org.apache.kafka.common.config.types.Password;

/**
 * Renders a {@link ConfigDef} as the Markdown configuration reference shipped in
 * {@code source-connector/doc/config.md} (grouped, in definition order).
 */
public final class ConfigDocs {

    private ConfigDocs() {
    }

    /**
     * @param title heading of the document
     * @param def   the definition to document
     * @return Markdown text, one table per group
     */
    public static String markdown(String title, ConfigDef def) {
        Map<String, List<ConfigKey>> groups = new LinkedHashMap<>();
        def.groups().forEach(group -> groups.put(group, new ArrayList<>()));
        for (ConfigKey key : def.configKeys().values()) {
            groups.computeIfAbsent(key.group == null ? "Other" : key.group, g -> new ArrayList<>()).add(key);
        }
        groups.values().forEach(keys -> keys.sort(Comparator.comparingInt((ConfigKey k) -> k.orderInGroup)
                .thenComparing(k -> k.name)));
        StringBuilder out = new StringBuilder("# ").append(title).append("\n\n")
                .append("Generated from the ConfigDef by ConfigReferenceTest; do not edit by hand.\n");
        groups.forEach((group, keys) -> {
            out.append("\n## ").append(group).append("\n\n")
                    .append("| Key | Type | Default | Valid values | Importance | Description |\n")
                    .append("|---|---|---|---|---|---|\n");
            keys.forEach(key -> out.append("| `").append(key.name).append("` | ").append(key.type.name().toLowerCase())
                    .append(" | ").append(cell(defaultText(key))).append(" | ")
                    .append(cell(key.validator == null ? "any" : key.validator.toString())).append(" | ")
                    .append(key.importance.name().toLowerCase()).append(" | ").append(cell(key.documentation)).append(" |\n"));
        });
        return out.toString();
    }

    private static String defaultText(ConfigKey key) {
        if (!key.hasDefault()) {
            return "(required)";
        }
        if (key.defaultValue == null || key.defaultValue instanceof Password) {
            return "null";
        }
        return ConfigDef.convertToString(key.defaultValue, key.type);
    }

    private static String cell(String text) {
        return text.isEmpty() ? "\"\"" : text.replace("|", "\\|").replace("\n", " ");
    }
}
