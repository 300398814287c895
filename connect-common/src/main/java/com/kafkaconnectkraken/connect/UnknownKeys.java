package com.kafkaconnectkraken.connect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.config.ConfigDef;

/**
 * Rejects keys a connector does not define under the prefixes it owns (e.g. {@code kraken.}, {@code guard.}): a
 * misspelt {@code kraken.api.secert} must fail {@code validate()}, not be silently ignored. Keys outside those
 * prefixes belong to Connect (topics, errors.*, transforms, converters) and are left alone, as are the
 * pass-through prefixes a connector forwards (e.g. {@code reply.value.converter.}). Each problem names the
 * closest defined key when one is near: a Levenshtein distance of at most a third of the key's length (at least
 * {@value #MIN_DISTANCE}), so {@code guard.max.quantity} still finds {@code guard.max.qty}.
 */
public final class UnknownKeys {

    /** The edit distance always offered as "did you mean", however short the key. */
    static final int MIN_DISTANCE = 2;

    private UnknownKeys() {
    }

    /**
     * @param def         the connector's definition
     * @param props       the submitted connector properties
     * @param owned       the prefixes the connector owns, each ending with a dot, e.g. {@code kraken.}
     * @param passThrough prefixes under which any key is allowed (forwarded to a client), e.g. {@code reply.producer.}
     * @return one problem per unknown owned key, on that key: {@code unknown key; did you mean kraken.api.secret?}
     */
    public static List<ConfigProblem> problems(ConfigDef def, Map<String, String> props, Collection<String> owned,
                                               Collection<String> passThrough) {
        Set<String> defined = def.names();
        List<ConfigProblem> problems = new ArrayList<>();
        props.keySet().stream().sorted()
            .filter(key -> !defined.contains(key))
            .filter(key -> owned.stream().anyMatch(key::startsWith))
            .filter(key -> passThrough.stream().noneMatch(key::startsWith))
            .forEach(key -> problems.add(new ConfigProblem(key, "unknown key of this connector"
                + closest(key, defined).map(near -> "; did you mean " + near + "?").orElse(""))));
        return problems;
    }

    /** @return the defined key nearest to {@code key} within a third of its length in edits, if any */
    static Optional<String> closest(String key, Set<String> defined) {
        int max = Math.max(MIN_DISTANCE, key.length() / 3);
        return defined.stream()
            .filter(name -> distance(key, name) <= max)
            .min(Comparator.comparingInt((String name) -> distance(key, name)).thenComparing(Comparator.naturalOrder()));
    }

    /** @return the Levenshtein distance of two strings (insertions, deletions and substitutions count 1) */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
