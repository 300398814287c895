package com.kafkaconnectkraken.connect;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlValidatorTest {

    @ParameterizedTest
    @ValueSource(strings = {"wss://ws.kraken.com/v2", "wss://beta-ws-auth.kraken.com/v2", "ws://127.0.0.1:9000/public/v2",
        "WSS://ws-l3.kraken.com/v2"})
    void webSocketAcceptsAbsoluteWsAndWssUrls(String url) {
        assertDoesNotThrow(() -> UrlValidator.webSocket().ensureValid("kraken.ws.public.url", url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://ws.kraken.com/v2", "http://x/v2", "ws.kraken.com/v2", "/v2", "wss:///v2",
        "wss://ws kraken.com/v2", ""})
    void webSocketRejectsOtherSchemesRelativeAndHostlessUrlsNamingKeyAndValue(String url) {
        ConfigException e = assertThrows(ConfigException.class,
                () -> UrlValidator.webSocket().ensureValid("kraken.ws.public.url", url));
        assertTrue(e.getMessage().contains("kraken.ws.public.url"), e.getMessage());
        assertTrue(e.getMessage().contains(url), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://api.kraken.com", "http://127.0.0.1:8080", "https://api.kraken.com/"})
    void httpAcceptsRestBaseUrls(String url) {
        assertDoesNotThrow(() -> UrlValidator.http().ensureValid("kraken.rest.url", url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"wss://api.kraken.com", "ftp://api.kraken.com", "api.kraken.com", "https://"})
    void httpRejectsEverythingElse(String url) {
        assertThrows(ConfigException.class, () -> UrlValidator.http().ensureValid("kraken.rest.url", url));
    }

    @Test
    void orEmptyAcceptsOnlyTheEmptyStringBesideUrls() {
        UrlValidator login = UrlValidator.http().orEmpty();
        assertDoesNotThrow(() -> login.ensureValid("trader.login.url", ""));
        assertDoesNotThrow(() -> login.ensureValid("trader.login.url", "https://trader.example.com/api/v1/login"));
        assertThrows(ConfigException.class, () -> login.ensureValid("trader.login.url", "trader.example.com/login"));
        assertThrows(ConfigException.class, () -> login.ensureValid("trader.login.url", " "));
        assertEquals("absolute http or https URL, or empty", login.toString());
    }

    @Test
    void nullIsLeftToTheKeyDefault() {
        assertDoesNotThrow(() -> UrlValidator.webSocket().ensureValid("k", null));
    }

    @Test
    void describesItselfForTheReference() {
        assertEquals("absolute ws or wss URL", UrlValidator.webSocket().toString());
        assertEquals("absolute http or https URL", UrlValidator.http().toString());
    }
}
