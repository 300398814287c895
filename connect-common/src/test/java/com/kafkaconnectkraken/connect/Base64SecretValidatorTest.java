package com.kafkaconnectkraken.connect;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Base64SecretValidatorTest {

    private final Base64SecretValidator validator = new Base64SecretValidator();

    @ParameterizedTest
    // the first is the secret of Kraken's API-Sign worked example (spot-rest-auth guide)
    @ValueSource(strings = {"kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==",
        "c2VjcmV0", " c2VjcmV0\n", ""})
    void acceptsBase64IgnoringSurroundingWhitespace(String secret) {
        assertDoesNotThrow(() -> validator.ensureValid("kraken.api.secret", new Password(secret)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64 ***", "c2VjcmV0!", "abc=d"})
    void rejectsOtherTextWithoutEchoingIt(String secret) {
        ConfigException e = assertThrows(ConfigException.class,
                () -> validator.ensureValid("kraken.api.secret", new Password(secret)));
        assertTrue(e.getMessage().startsWith("kraken.api.secret must be the Base64 API secret"), e.getMessage());
        assertFalse(e.getMessage().contains(secret), e.getMessage());
        assertNull(e.getCause());
    }

    @Test
    void unsetSecretIsLeftToTheCrossFieldRules() {
        assertDoesNotThrow(() -> validator.ensureValid("kraken.api.secret", null));
    }
}
