package com.kafkaconnectkraken.fault;

import com.kafkaconnectkraken.cli.FaultCluster;
import java.util.Map;

/**
 * The Kraken Spot sink with commands that trade at once (scenario 3, so the account's executions, trades and ledger
 * entries grow with the commands): {@code add_order} market orders (https://docs.kraken.com/api/docs/websocket-v2/add_order),
 * alternately on ETH/USD (0.02) and SOL/USD (0.5), a buy then a sell of each, so the demo account's balances stay
 * near their start. Orders and secrets as {@link SpotVenue}.
 */
final class SpotMarketVenue extends SinkVenue {

    private final SpotVenue spot = new SpotVenue();

    SpotMarketVenue() {
        super(FaultCluster.Sink.SPOT, "add_order");
    }

    @Override
    String command(int reqId, String clientOrderId) {
        boolean eth = reqId % 2 == 1;
        String side = (reqId - 1) / 2 % 2 == 0 ? "buy" : "sell";
        return "{\"method\":\"add_order\",\"req_id\":" + reqId + ",\"add_order\":{\"order_type\":\"market\","
                + "\"side\":\"" + side + "\",\"order_qty\":\"" + (eth ? "0.02" : "0.5") + "\",\"symbol\":\""
                + (eth ? "ETH/USD" : "SOL/USD") + "\",\"cl_ord_id\":\"" + clientOrderId + "\"}}";
    }

    @Override
    Map<String, Integer> ordersPerClientOrderId(FaultCluster cluster) {
        return spot.ordersPerClientOrderId(cluster);
    }

    @Override
    Map<String, String> secrets(FaultCluster cluster) {
        return spot.secrets(cluster);
    }
}
