/**
 * Kraken Spot protocol facts, each in exactly one place, read by the client, both connectors and the
 * simulator alike (the simulator reads only this vocabulary, never the client's book, checksum or
 * signing code):
 * <ul>
 *   <li>{@link com.kafkaconnectkraken.client.spot.protocol.SpotChannel}: one descriptor per WebSocket v2
 *       channel (wire name, endpoint, subscribe parameters, record schemas);</li>
 *   <li>{@link com.kafkaconnectkraken.client.spot.protocol.SpotErrors}: every known error text and its
 *       {@link com.kafkaconnectkraken.client.ErrorClass};</li>
 *   <li>{@link com.kafkaconnectkraken.client.spot.protocol.RateCosts},
 *       {@link com.kafkaconnectkraken.client.spot.protocol.TradingTier},
 *       {@link com.kafkaconnectkraken.client.spot.protocol.RestTier},
 *       {@link com.kafkaconnectkraken.client.spot.protocol.RestCosts}: the rate counters' tables;</li>
 *   <li>{@link com.kafkaconnectkraken.client.spot.protocol.ClOrdIds}: client order id rules.</li>
 * </ul>
 * Facts and their sources: docs/protocol/kraken-spot.md.
 */
package com.kafkaconnectkraken.client.spot.protocol;
