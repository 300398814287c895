package com.kafkaconnectkraken.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.api.Test;

class KrakenEndpointsTest {

    @Test
    void productionMatchesDocumentedUrls() {
        KrakenEndpoints p = KrakenEndpoints.production();
        assertEquals(URI.create("wss://ws.kraken.com/v2"), p.publicWs());
        assertEquals(URI.create("wss://ws-auth.kraken.com/v2"), p.privateWs());
        assertEquals(URI.create("wss://ws-l3.kraken.com/v2"), p.level3Ws());
        assertEquals(URI.create("https://api.kraken.com"), p.rest());
    }

    @Test
    void betaFallsBackToProductionLevel3AndRest() {
        KrakenEndpoints b = KrakenEndpoints.beta();
        assertEquals(URI.create("wss://beta-ws.kraken.com/v2"), b.publicWs());
        assertEquals(URI.create("wss://beta-ws-auth.kraken.com/v2"), b.privateWs());
        assertEquals(URI.create("wss://ws-l3.kraken.com/v2"), b.level3Ws());
        assertEquals(URI.create("https://api.kraken.com"), b.rest());
    }

    @Test
    void everyUrlIsRequired() {
        URI u = URI.create("ws://127.0.0.1:1/v2");
        assertThrows(NullPointerException.class, () -> new KrakenEndpoints(u, u, null, u));
    }
}
