package com.kafkaconnectkraken.client.ws;

import java.util.concurrent.ScheduledExecutorService;

/**
 * The collaborators one {@link KrakenWsSession} wires together, passed as one value so the
 * {@link ConnectionSupervisor} does not need a long constructor.
 *
 * @param config     session settings
 * @param wire       the venue protocol: frame routing, keep-alive, pending requests
 * @param dispatcher listener callbacks
 * @param timer      timeouts, pings, stale checks, pacing delays (never blocks)
 * @param lifecycle  single thread for connect, token fetch, reconnect and lifecycle events
 */
record SessionParts(KrakenWsConfig config, WireProtocol wire, ListenerDispatcher dispatcher,
                    ScheduledExecutorService timer, ScheduledExecutorService lifecycle) {
}
