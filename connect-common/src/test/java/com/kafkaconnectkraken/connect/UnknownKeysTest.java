package com.kafkaconnectkraken.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.junit.jupiter.api.Test;

class UnknownKeysTest {

    private static final ConfigDef DEF = new ConfigDef()
            .define("kraken.api.secret", Type.PASSWORD, null, Importance.HIGH, "Secret.")
            .define("guard.max.qty", Type.LIST, "", Importance.HIGH, "Max.")
            .define("reply.topic", Type.STRING, "acks", Importance.HIGH, "Reply.");

    @Test
    void distanceCountsInsertionsDeletionsAndSubstitutions() {
        assertEquals(0, UnknownKeys.distance("dms.enabled", "dms.enabled"));
        assertEquals(1, UnknownKeys.distance("dms.enable", "dms.enabled"));
        assertEquals(2, UnknownKeys.distance("kraken.api.secert", "kraken.api.secret"));
        assertEquals(3, UnknownKeys.distance("kitten", "sitting"));
        assertEquals(5, UnknownKeys.distance("", "abcde"));
    }

    @Test
    void onlyUndefinedKeysUnderOwnedPrefixesOutsidePassThroughAreProblems() {
        Map<String, String> props = Map.of("kraken.api.secert", "x", "guard.max.quantity", "1",
                "reply.value.converter.schemas.enable", "false", "errors.tolerance", "all", "kraken.api.secret", "y",
                "guard.zzzzzzzzzzzzzzzzzzz", "1");
        List<ConfigProblem> problems = UnknownKeys.problems(DEF, props, List.of("kraken.", "guard.", "reply."),
                List.of("reply.value.converter."));
        assertEquals(List.of(
                new ConfigProblem("guard.max.quantity", "unknown key of this connector; did you mean guard.max.qty?"),
                new ConfigProblem("guard.zzzzzzzzzzzzzzzzzzz", "unknown key of this connector"),
                new ConfigProblem("kraken.api.secert", "unknown key of this connector; did you mean kraken.api.secret?")),
                problems);
    }

    @Test
    void aShortKeyGetsASuggestionOnlyWithinTwoEdits() {
        assertEquals(Optional.of("ab.cd"), UnknownKeys.closest("ab.c", Set.of("ab.cd", "xy.zw")));
        assertEquals(Optional.empty(), UnknownKeys.closest("q.r", Set.of("ab.cd")));
    }
}
