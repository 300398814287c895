package com.kafkaconnectkraken.client.futures.protocol;

import java.net.URI;

/**
 * Kraken Futures base URLs (docs/protocol/kraken-futures.md; https://docs.kraken.com/api/docs/guides/futures-websockets,
 * https://docs.kraken.com/api/docs/futures-api/trading/get-instruments). Public and private feeds share the
 * WebSocket URL; the connector opens one unauthenticated and one authenticated connection to it.
 */
public final class FuturesEndpoints {

    /** Production WebSocket v1. */
    public static final URI WS = URI.create("wss://futures.kraken.com/ws/v1");
    /** Demo environment WebSocket v1. */
    public static final URI DEMO_WS = URI.create("wss://demo-futures.kraken.com/ws/v1");
    /** Production REST base ({@code /derivatives/api/v3/...}). */
    public static final URI REST = URI.create("https://futures.kraken.com");
    /** Demo environment REST base. */
    public static final URI DEMO_REST = URI.create("https://demo-futures.kraken.com");
    /** Path of the public instruments list ({@code instruments[].symbol} are the product ids). */
    public static final String INSTRUMENTS_PATH = "/derivatives/api/v3/instruments";

    private FuturesEndpoints() {
    }
}
