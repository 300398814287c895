package com.kafkaconnectkraken.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

class ConnectorValidationTest {

    private static final ConfigDef DEF = new ConfigDef()
            .define("a.ms", Type.LONG, 1L, Range.atLeast(0), Importance.LOW, "A.")
            .define("b.ms", Type.LONG, 2L, Range.atLeast(0), Importance.LOW, "B.");

    private static Config singleKey(Map<String, String> props) {
        return new Config(DEF.validate(props));
    }

    private static Map<String, List<String>> errors(Config config) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        config.configValues().forEach(value -> out.put(value.name(), value.errorMessages()));
        return out;
    }

    @Test
    void singleKeyErrorsAreReturnedAsIsAndTheRulesDoNotRun() {
        Config invalid = singleKey(Map.of("a.ms", "-1"));
        List<String> ran = new ArrayList<>();
        Config result = ConnectorValidation.validate(invalid, () -> {
            ran.add("rules");
            return List.of(new ConfigProblem("b.ms", "never reported"));
        });
        assertSame(invalid, result);
        assertEquals(List.of(), ran);
        assertEquals(List.of(), errors(result).get("b.ms"));
        assertEquals(1, errors(result).get("a.ms").size());
    }

    @Test
    void eachProblemGoesOnItsKey() {
        Supplier<List<ConfigProblem>> rules = () -> List.of(new ConfigProblem("b.ms", "must exceed a.ms"),
                new ConfigProblem("b.ms", "must be even"), new ConfigProblem("a.ms", "too small"));
        Config result = ConnectorValidation.validate(singleKey(Map.of()), rules);
        assertEquals(Map.of("a.ms", List.of("too small"), "b.ms", List.of("must exceed a.ms", "must be even")),
                errors(result));
    }

    @Test
    void aProblemOnAnUnknownKeyGoesOnTheFirstValueWithItsKey() {
        Config result = ConnectorValidation.validate(singleKey(Map.of()),
                () -> List.of(new ConfigProblem("topics", "must not contain reply.topic")));
        assertEquals(Map.of("a.ms", List.of("topics: must not contain reply.topic"), "b.ms", List.of()), errors(result));
    }

    @Test
    void aConfigExceptionNamingAKeyIsReportedOnThatKey() {
        Config result = ConnectorValidation.validate(singleKey(Map.of()), () -> {
            throw new ConfigException("b.ms", "7", "cannot be parsed");
        });
        assertEquals(Map.of("a.ms", List.of(), "b.ms", List.of("Invalid value 7 for configuration b.ms: cannot be parsed")),
                errors(result));
    }

    @Test
    void aConfigExceptionWithoutAKnownKeyIsReportedOnTheFirstValue() {
        Config plain = ConnectorValidation.validate(singleKey(Map.of()), () -> {
            throw new ConfigException("credentials rejected");
        });
        assertEquals(Map.of("a.ms", List.of("credentials rejected"), "b.ms", List.of()), errors(plain));
        Config otherKey = ConnectorValidation.validate(singleKey(Map.of()), () -> {
            throw new ConfigException("c.ms", "x");
        });
        assertEquals(List.of("Invalid value x for configuration c.ms"), errors(otherKey).get("a.ms"));
    }

    @Test
    void noProblemsMeansNoErrors() {
        Config result = ConnectorValidation.validate(singleKey(Map.of("a.ms", "5")), List::of);
        assertEquals(Map.of("a.ms", List.of(), "b.ms", List.of()), errors(result));
        assertEquals(5L, result.configValues().stream().filter(v -> v.name().equals("a.ms")).findFirst()
                .map(ConfigValue::value).orElseThrow());
    }

    @Test
    void aProblemIsKeptEvenWhenTheDefinitionHasNoKeys() {
        Config result = ConnectorValidation.validate(new Config(List.of()), () -> List.of(new ConfigProblem("x", "bad")));
        assertEquals(Map.of("x", List.of("x: bad")), errors(result));
    }
}
