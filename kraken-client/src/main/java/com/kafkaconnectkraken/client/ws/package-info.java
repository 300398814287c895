/**
 * Kraken Spot WebSocket v2 session on OkHttp
 * (https://docs.kraken.com/api/docs/guides/spot-ws-intro, docs/protocol/kraken-spot.md §1-5).
 *
 * <p>Public API: {@link com.kafkaconnectkraken.client.ws.KrakenWsSession} (connect, subscribe,
 * unsubscribe, request, ping, close), {@link com.kafkaconnectkraken.client.ws.KrakenWsConfig},
 * {@link com.kafkaconnectkraken.client.ws.Subscription},
 * {@link com.kafkaconnectkraken.client.ws.TokenProvider},
 * {@link com.kafkaconnectkraken.client.ws.KrakenWsListener} receiving
 * {@link com.kafkaconnectkraken.client.ws.KrakenWsMessage},
 * {@link com.kafkaconnectkraken.client.ws.KrakenWsResponse} and
 * {@link com.kafkaconnectkraken.client.ws.KrakenWsEvent}, and the failures
 * {@link com.kafkaconnectkraken.client.ws.KrakenWsTimeoutException} (sent, outcome unknown),
 * {@link com.kafkaconnectkraken.client.ws.KrakenWsConnectionException} (see
 * {@code requestSent()}), {@link com.kafkaconnectkraken.client.ws.KrakenWsSubscriptionException}
 * and {@link com.kafkaconnectkraken.client.ws.KrakenWsStaleConnectionException}.
 *
 * <p>Inside, one class per concern: {@code RequestTracker} (req_id correlation, timeouts,
 * multi-frame responses), {@code SubscriptionRegistry}/{@code SubscriptionManager} (per-symbol
 * acks, restore after reconnect), {@code RequestPacer} (requests per second),
 * {@code retry.ExponentialBackoff} (full jitter, cap), {@code Watchdog} (staleness),
 * {@code ConnectionSupervisor} (lifecycle state machine on one thread), {@code WsConnection}
 * (one OkHttp socket), {@code FrameRouter} (envelope routing), {@code RequestSender} (framing,
 * token injection) and {@code ListenerDispatcher} (serialized callbacks).
 */
package com.kafkaconnectkraken.client.ws;
