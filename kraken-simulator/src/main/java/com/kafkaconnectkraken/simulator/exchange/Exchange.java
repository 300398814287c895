package com.kafkaconnectkraken.simulator.exchange;

import com.kafkaconnectkraken.simulator.transport.RestEndpoint;
import com.kafkaconnectkraken.simulator.transport.RestResponse;
import com.kafkaconnectkraken.simulator.transport.TokenVerifier;
import com.kafkaconnectkraken.simulator.transport.WsConnection;
import com.kafkaconnectkraken.simulator.transport.WsEndpoint;
import java.math.BigDecimal;

/** The simulated exchange (shell; filled in by the exchange package). */
public final class Exchange implements AutoCloseable {

    /** @return the private WebSocket endpoint served at {@code /auth/v2}. */
    public WsEndpoint privateEndpoint() {
        return new WsEndpoint() {
            @Override
            public void onOpen(WsConnection connection) {
            }

            @Override
            public void onText(WsConnection connection, String text) {
            }

            @Override
            public void onClose(WsConnection connection) {
            }
        };
    }

    /** @return the REST endpoint served at {@code /0/public/*} and {@code /0/private/*}. */
    public RestEndpoint restEndpoint() {
        return request -> RestResponse.json("{\"error\":[\"EGeneral:Unknown method\"]}");
    }

    /** @return the WebSocket token verifier. */
    public TokenVerifier tokens() {
        return token -> false;
    }

    /** Records the best bid/ask of a market. */
    public void updateMarket(String symbol, BigDecimal bestBid, BigDecimal bestAsk) {
    }

    @Override
    public void close() {
    }
}
