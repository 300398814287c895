/**
 * Kraken Futures (derivatives) WebSocket v1 facts, held once: the feeds ({@link
 * com.kafkaconnectkraken.client.futures.protocol.FuturesFeed}), the endpoints, the challenge signature and the
 * error texts (docs/protocol/kraken-futures.md; https://docs.kraken.com/api/docs/guides/futures-websockets).
 * Read by the futures source connector and, as vocabulary only, by the simulator.
 */
package com.kafkaconnectkraken.client.futures.protocol;
