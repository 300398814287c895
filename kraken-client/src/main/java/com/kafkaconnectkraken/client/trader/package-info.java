/**
 * Trader API authentication: the login call ({@link com.kafkaconnectkraken.client.trader.TraderLogin}) and the
 * JWT a session connects with ({@link com.kafkaconnectkraken.client.trader.TraderTokens}); see
 * docs/protocol/trader-api.md §1. The session itself is {@link com.kafkaconnectkraken.client.ws.TraderWsSession}.
 */
package com.kafkaconnectkraken.client.trader;
