/**
 * What the Kraken source and sink connectors share because it changes for one reason, the
 * Kraken connection and the plugin packaging: the connection config group
 * ({@link com.kafkaconnectkraken.connect.KrakenConnectionConfig}: URLs, credentials, validators)
 * and its parsed form with the clients built from it
 * ({@link com.kafkaconnectkraken.connect.KrakenConnection}), the generated Markdown config
 * reference ({@link com.kafkaconnectkraken.connect.ConfigDocs}) and the plugin version
 * ({@link com.kafkaconnectkraken.connect.PluginVersion}). Connector-specific keys and rules stay in
 * each connector's {@code config} package.
 */
package com.kafkaconnectkraken.connect;
