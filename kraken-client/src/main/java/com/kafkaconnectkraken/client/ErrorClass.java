package com.kafkaconnectkraken.client;

/**
 * What an error answered by a venue means for the caller, whatever the venue. Each venue's protocol
 * package maps its error texts to one of these (Kraken Spot: {@code client.spot.protocol.SpotErrors}).
 */
public enum ErrorClass {
    /** Nothing was done and the same request may succeed later (rate limits, service trouble, lockouts). */
    RETRIABLE,
    /** The venue refused this one request (order-level errors, invalid arguments, unknown texts). */
    REJECTED,
    /** The caller cannot work at all until its configuration changes (bad credentials, no permission). */
    FATAL
}
