package com.kafkaconnectkraken.fault;

import com.kafkaconnectkraken.cli.FaultCluster;
import java.util.Map;

/**
 * The Kraken Spot sink placing orders that fill at once, to keep the account's fills and ledger entries coming
 * during scenario 2: {@code add_order} market buys (https://docs.kraken.com/api/docs/websocket-v2/add_order),
 * alternately 0.01 ETH/USD and 0.1 SOL/USD (the simulator's engine fills a market order at the generated best ask;
 * the demo account holds USD 100,000). Orders and secrets are read as for {@link SpotVenue}.
 */
final class MarketOrderVenue extends SinkVenue {

    MarketOrderVenue() {
        super(FaultCluster.Sink.SPOT, "add_order (market buy)");
    }

    @Override
    String command(int reqId, String clientOrderId) {
        boolean eth = reqId % 2 == 1;
        return "{\"method\":\"add_order\",\"req_id\":" + reqId + ",\"add_order\":{\"order_type\":\"market\","
                + "\"side\":\"buy\",\"order_qty\":\"" + (eth ? "0.01" : "0.1") + "\",\"symbol\":\""
                + (eth ? "ETH/USD" : "SOL/USD") + "\",\"cl_ord_id\":\"" + clientOrderId + "\"}}";
    }

    @Override
    Map<String, Integer> ordersPerClientOrderId(FaultCluster cluster) {
        return ExchangeOrders.perClOrdId(cluster.simulatorRest(), FaultCluster.API_KEY, cluster.apiSecret());
    }

    @Override
    Map<String, String> secrets(FaultCluster cluster) {
        return new SpotVenue().secrets(cluster);
    }
}
