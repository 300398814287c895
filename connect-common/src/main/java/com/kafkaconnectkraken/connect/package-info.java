/**
 * What the Kraken connectors share because it changes for one reason, the Kraken connection, the
 * config skeleton and the plugin packaging: the connection config group
 * ({@link com.kafkaconnectkraken.connect.KrakenConnectionConfig}: URLs, credentials, validators)
 * and its parsed form with the clients built from it
 * ({@link com.kafkaconnectkraken.connect.KrakenConnection}); the WebSocket session keys every
 * connector spells alike ({@link com.kafkaconnectkraken.connect.WsSessionKeys}); the cross-field
 * rule result ({@link com.kafkaconnectkraken.connect.ConfigProblem}) and the one
 * {@code Connector.validate()} over it ({@link com.kafkaconnectkraken.connect.ConnectorValidation});
 * the generated Markdown config reference ({@link com.kafkaconnectkraken.connect.ConfigDocs}) and
 * the plugin version ({@link com.kafkaconnectkraken.connect.PluginVersion}).
 *
 * <p>The skeleton each connector copies, in its {@code config} package:
 * {@code Kraken<Side>ConnectorConfig} (key names, typed accessors, constructor that throws
 * {@link com.kafkaconnectkraken.connect.ConfigProblem#throwIfAny}), {@code <Side>ConfigDef}
 * ({@code build()} from one method per group) and {@code <Side>ConfigRules}
 * ({@code problems(config)} and {@code problems(props)}); the connector's {@code validate()} is
 * {@link com.kafkaconnectkraken.connect.ConnectorValidation#validate}, and the generated reference
 * is {@code doc/config.md}, kept current by {@code ConfigDocsTest}.
 */
package com.kafkaconnectkraken.connect;
