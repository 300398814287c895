package com.kafkaconnectkraken.connect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.ConfigKey;
import org.apache.kafka.common.config.types.Password;

/**
 * Renders a connector's {@link ConfigDef} as the Markdown configuration reference shipped in its
 * plugin archive ({@code doc/}): one section per group in definition order, then one heading per
 * key (linkable) with its documentation, type, default, valid values and importance, the fields
 * of Kafka's own generated configuration docs. Keys without a group come last under "Other".
 * Each connector has a test that fails when its committed reference is stale.
 */
public final class ConfigDocs {

    private static final String OTHER = "Other";

    private ConfigDocs() {
    }

    /**
     * @param title heading of the document, e.g. {@code Kraken sink connector configuration}
     * @param intro Markdown paragraph(s) after the heading; empty for none
     * @param def   the definition to document
     * @return the Markdown text, ending with a newline
     */
    public static String markdown(String title, String intro, ConfigDef def) {
        StringBuilder out = new StringBuilder("# ").append(title).append("\n\n")
                .append("Generated from the connector's ConfigDef; do not edit by hand.\n");
        if (!intro.isEmpty()) {
            out.append('\n').append(intro.strip()).append('\n');
        }
        grouped(def).forEach((group, keys) -> {
            out.append("\n## ").append(group).append('\n');
            keys.forEach(key -> key(out, key));
        });
        return out.toString();
    }

    /**
     * Keys the reference cannot describe well: no documentation, group, order in group, width or
     * display name.
     *
     * @param def the definition to check
     * @return one {@code "<key>: <what is missing>"} line per shortcoming, in key order; empty when complete
     */
    public static List<String> incomplete(ConfigDef def) {
        List<String> problems = new ArrayList<>();
        for (ConfigKey key : def.configKeys().values()) {
            List<String> missing = new ArrayList<>();
            if (key.documentation == null || key.documentation.isBlank()) {
                missing.add("documentation");
            }
            if (key.group == null) {
                missing.add("group");
            }
            if (key.orderInGroup < 1) {
                missing.add("order in group");
            }
            if (key.width == null || key.width == ConfigDef.Width.NONE) {
                missing.add("width");
            }
            if (key.displayName == null || key.displayName.equals(key.name)) {
                missing.add("display name");
            }
            if (!missing.isEmpty()) {
                problems.add(key.name + ": no " + String.join(", ", missing));
            }
        }
        return problems;
    }

    private static Map<String, List<ConfigKey>> grouped(ConfigDef def) {
        Map<String, List<ConfigKey>> groups = new LinkedHashMap<>();
        def.groups().forEach(group -> groups.put(group, new ArrayList<>()));
        List<ConfigKey> other = new ArrayList<>();
        for (ConfigKey key : def.configKeys().values()) {
            (key.group == null ? other : groups.computeIfAbsent(key.group, g -> new ArrayList<>())).add(key);
        }
        if (!other.isEmpty()) {
            groups.computeIfAbsent(OTHER, g -> new ArrayList<>()).addAll(other);
        }
        groups.values().removeIf(Collection::isEmpty);
        groups.values().forEach(keys -> keys.sort(Comparator.comparingInt((ConfigKey k) -> k.orderInGroup)
                .thenComparing(k -> k.name)));
        return groups;
    }

    private static void key(StringBuilder out, ConfigKey key) {
        out.append("\n### `").append(key.name).append("`\n\n")
                .append(text(key.documentation == null ? "" : key.documentation)).append("\n\n")
                .append("- Type: ").append(key.type.name().toLowerCase(Locale.ROOT)).append('\n')
                .append("- Default: ").append(defaultText(key)).append('\n');
        if (key.validator != null) {
            out.append("- Valid values: ").append(text(key.validator.toString())).append('\n');
        }
        out.append("- Importance: ").append(key.importance.name().toLowerCase(Locale.ROOT)).append('\n');
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
        String text = ConfigDef.convertToString(value, key.type);
        return text.isEmpty() ? "\"\"" : "`" + text + "`";
    }

    /** Plain text as Markdown: {@code <} escaped so {@code <topic.prefix>.<T>} is not read as an HTML tag. */
    private static String text(String plain) {
        return plain.strip().replace("<", "\\<");
    }
}
