/**
 * The Trader WebSocket API's facts, held once (docs/protocol/trader-api.md): message types in both directions
 * ({@link com.kafkaconnectkraken.client.trader.protocol.TraderMessageType},
 * {@link com.kafkaconnectkraken.client.trader.protocol.TraderAction}), the endpoints
 * ({@link com.kafkaconnectkraken.client.trader.protocol.TraderEndpoints}) and the error table
 * ({@link com.kafkaconnectkraken.client.trader.protocol.TraderErrors}).
 */
package com.kafkaconnectkraken.client.trader.protocol;
