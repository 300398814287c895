package com.kafkaconnectkraken.fault;

import com.kafkaconnectkraken.cli.FaultCluster;
import com.kafkaconnectkraken.simulator.KrakenSimulatorMain;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Trader WebSocket API sink on the simulator's Trader venue (its demo user): {@code createOrder} commands
 * (contract {@code schemas/trader/order_command.avsc}, schemaless {@code {"method", "req_id", "params"}}), each a
 * limit buy of 1,000 EURUSD at 1.00000 on the demo account (rests: the simulator quotes EURUSD near 1.0844);
 * orders counted from the venue's {@code orderHistory} ({@link TraderOrders}).
 */
final class TraderVenue extends SinkVenue {

    TraderVenue() {
        super(FaultCluster.Sink.TRADER, "createOrder");
    }

    @Override
    String command(int reqId, String clientOrderId) {
        return "{\"method\":\"createOrder\",\"req_id\":" + reqId + ",\"params\":{\"accountId\":\""
                + KrakenSimulatorMain.TRADER_DEMO_ACCOUNT + "\",\"symbol\":\"EURUSD\",\"side\":\"BUY\","
                + "\"type\":\"LIMIT\",\"quantity\":1000,\"price\":1.00000,\"clientOrderId\":\"" + clientOrderId + "\"}}";
    }

    @Override
    Map<String, Integer> ordersPerClientOrderId(FaultCluster cluster) {
        try {
            return TraderOrders.perClientOrderId(cluster.simulatorTraderWs(), KrakenSimulatorMain.TRADER_DEMO_USER,
                    KrakenSimulatorMain.TRADER_DEMO_PASSWORD, KrakenSimulatorMain.TRADER_DEMO_ACCOUNT);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the Trader order history of the simulator", e);
        }
    }

    /** @return the demo user's password and a JWT the simulator issues to the harness for that user */
    @Override
    Map<String, String> secrets(FaultCluster cluster) {
        Map<String, String> literals = new LinkedHashMap<>();
        literals.put("Trader password", KrakenSimulatorMain.TRADER_DEMO_PASSWORD);
        try {
            literals.put("Trader JWT (issued to the harness)", TraderOrders.jwt(cluster.simulatorTraderWs(),
                    KrakenSimulatorMain.TRADER_DEMO_USER, KrakenSimulatorMain.TRADER_DEMO_PASSWORD));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot log in to the simulator's Trader API", e);
        }
        return literals;
    }
}
