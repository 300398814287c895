/**
 * The Trader WebSocket API source connector, on the Kraken sources' skeleton: config in {@code source.config}
 * ({@code TraderSourceConnectorConfig}), the shared record queue, schema-driven mapper (camelCase wire names,
 * {@code FieldNaming.CAMEL_CASE}), gap records, resubscriber, seen-key memory and metrics; what is Trader-only lives
 * here: the record types, whole-book depth verification, the execution de-duplication and the orderHistory backfill
 * after a reconnect. Facts: docs/protocol/trader-api.md.
 */
package com.kafkaconnectkraken.source.trader;
