/**
 * The Trader sink connector (docs/protocol/trader-api.md): its config, its socket ({@link com.kafkaconnectkraken.sink.trader.TraderTrading}),
 * the correlation of answers without request ids ({@link com.kafkaconnectkraken.sink.trader.TraderCorrelation}) and the
 * reconciliation of unanswered commands ({@link com.kafkaconnectkraken.sink.trader.TraderReconciler}); everything else
 * is the shared command path of {@link com.kafkaconnectkraken.sink.CommandProcessor}.
 */
package com.kafkaconnectkraken.sink.trader;
