package com.kafkaconnectkraken.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.clients.CommonClientConfigs;
import org.junit.jupiter.api.Test;

class WsSessionKeysTest {

    @Test
    void backoffKeysAreSpelledLikeKafkaClients() {
        assertEquals(CommonClientConfigs.RECONNECT_BACKOFF_MS_CONFIG, WsSessionKeys.RECONNECT_BACKOFF_MS);
        assertEquals(CommonClientConfigs.RECONNECT_BACKOFF_MAX_MS_CONFIG, WsSessionKeys.RECONNECT_BACKOFF_MAX_MS);
    }

    @Test
    void backoffAboveItsCapIsAProblemOnTheBackoff() {
        assertEquals(Optional.of(new ConfigProblem("reconnect.backoff.ms", "must not exceed reconnect.backoff.max.ms")),
                WsSessionKeys.checkBackoff(Duration.ofMillis(1001), Duration.ofMillis(1000)));
        assertEquals(Optional.empty(), WsSessionKeys.checkBackoff(Duration.ofMillis(1000), Duration.ofMillis(1000)));
        assertEquals(Optional.empty(), WsSessionKeys.checkBackoff(Duration.ofMillis(10), Duration.ofMillis(1000)));
    }
}
