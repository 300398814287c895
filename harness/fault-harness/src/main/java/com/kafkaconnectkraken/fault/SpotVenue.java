package com.kafkaconnectkraken.fault;

import com.kafkaconnectkraken.cli.FaultCluster;
import com.kafkaconnectkraken.client.rest.KrakenRestClient;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Kraken Spot sink on the simulator's exchange: {@code add_order} commands (contract {@code order_command.avsc};
 * https://docs.kraken.com/api/docs/websocket-v2/add_order), each a limit buy of 0.05 ETH/USD at 100.00 (rests on the
 * simulator's book); orders counted from REST {@code OpenOrders} + {@code ClosedOrders} ({@link ExchangeOrders}).
 */
final class SpotVenue extends SinkVenue {

    private final String qty;
    private final String limitPrice;

    SpotVenue() {
        this("0.05", "100.00");
    }

    /**
     * Limit buys of ETH/USD of another size and price, e.g. {@code 0.002} at {@code 100000.00}: above the ask, each
     * fills at once (one trade, two ledger entries at the simulator).
     */
    SpotVenue(String qty, String limitPrice) {
        super(FaultCluster.Sink.SPOT, "add_order");
        this.qty = qty;
        this.limitPrice = limitPrice;
    }

    @Override
    String command(int reqId, String clientOrderId) {
        return "{\"method\":\"add_order\",\"req_id\":" + reqId + ",\"add_order\":{\"order_type\":\"limit\","
                + "\"side\":\"buy\",\"order_qty\":\"" + qty + "\",\"limit_price\":\"" + limitPrice + "\",\"symbol\":\"ETH/USD\","
                + "\"cl_ord_id\":\"" + clientOrderId + "\"}}";
    }

    @Override
    Map<String, Integer> ordersPerClientOrderId(FaultCluster cluster) {
        return ExchangeOrders.perClOrdId(cluster.simulatorRest(), FaultCluster.API_KEY, cluster.apiSecret());
    }

    /** @return the demo account's API secret and a WS token the simulator issues to the harness for that key */
    @Override
    Map<String, String> secrets(FaultCluster cluster) {
        Map<String, String> literals = new LinkedHashMap<>();
        literals.put("API secret", cluster.apiSecret());
        try (KrakenRestClient rest = KrakenRestClient.builder(URI.create(cluster.simulatorRest()))
                .credentials(FaultCluster.API_KEY, cluster.apiSecret()).build()) {
            literals.put("WS token (issued to the harness)", rest.webSocketsToken().token());
        }
        return literals;
    }
}
