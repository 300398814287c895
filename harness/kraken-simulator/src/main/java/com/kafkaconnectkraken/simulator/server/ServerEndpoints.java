package com.kafkaconnectkraken.simulator.server;

import com.kafkaconnectkraken.simulator.transport.RestHandler;
import com.kafkaconnectkraken.simulator.transport.WsEndpoint;
import java.util.Objects;

/**
 * The protocol logic served on each path of a {@link SimulatorServer}.
 *
 * @param publicWs    served at {@code /public/v2} (Kraken {@code wss://ws.kraken.com/v2})
 * @param privateWs   served at {@code /auth/v2} (Kraken {@code wss://ws-auth.kraken.com/v2})
 * @param level3Ws    served at {@code /l3/v2} (Kraken {@code wss://ws-l3.kraken.com/v2})
 * @param rest        served under {@code /0/} ({@code /0/public/*}, {@code /0/private/*})
 * @param futuresWs   served at {@code /ws/v1} (Kraken Futures {@code wss://futures.kraken.com/ws/v1})
 * @param futuresRest served under {@code /derivatives/} (Kraken Futures
 *                    {@code https://futures.kraken.com/derivatives/api/v3/*})
 * @param traderWs    served at {@code /api/v1/ws} (Trader WebSocket API {@code wss://<trader-host>/api/v1/ws})
 * @param traderRest  served under {@code /api/} (Trader {@code POST /api/v1/login})
 */
public record ServerEndpoints(WsEndpoint publicWs, WsEndpoint privateWs, WsEndpoint level3Ws, RestHandler rest,
                              WsEndpoint futuresWs, RestHandler futuresRest, WsEndpoint traderWs,
                              RestHandler traderRest) {

    /** Rejects missing endpoints. */
    public ServerEndpoints {
        Objects.requireNonNull(publicWs, "publicWs");
        Objects.requireNonNull(privateWs, "privateWs");
        Objects.requireNonNull(level3Ws, "level3Ws");
        Objects.requireNonNull(rest, "rest");
        Objects.requireNonNull(futuresWs, "futuresWs");
        Objects.requireNonNull(futuresRest, "futuresRest");
        Objects.requireNonNull(traderWs, "traderWs");
        Objects.requireNonNull(traderRest, "traderRest");
    }
}
