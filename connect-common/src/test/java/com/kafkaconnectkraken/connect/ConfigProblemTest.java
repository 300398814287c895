package com.kafkaconnectkraken.connect;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class ConfigProblemTest {

    @Test
    void throwIfAnyNamesEveryProblemInOrder() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigProblem.throwIfAny(List.of(
                new ConfigProblem("symbols", "need at least one symbol"), new ConfigProblem("kraken.api.key", "required"))));
        assertEquals("symbols: need at least one symbol; kraken.api.key: required", e.getMessage());
    }

    @Test
    void noProblemsDoNotThrow() {
        assertDoesNotThrow(() -> ConfigProblem.throwIfAny(List.of()));
    }

    @Test
    void keyAndMessageAreRequired() {
        assertThrows(NullPointerException.class, () -> new ConfigProblem(null, "m"));
        assertThrows(NullPointerException.class, () -> new ConfigProblem("k", null));
    }
}
