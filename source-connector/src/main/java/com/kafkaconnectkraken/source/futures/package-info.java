/**
 * The Kraken Futures (derivatives WebSocket v1) source connector, on the Spot source's skeleton: config in
 * {@code source.config} ({@code KrakenFuturesSourceConnectorConfig}), the shared record queue, mapper,
 * book resets, gap records, resubscriber and metrics; what is Futures-only lives here: the record types,
 * the seq-verified books, fill de-duplication and the two sessions (public, authenticated).
 * Facts: docs/protocol/kraken-futures.md.
 */
package com.kafkaconnectkraken.source.futures;
