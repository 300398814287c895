package com.kafkaconnectkraken.benchmarks.e2e;

/**
 * One way of placing the harness's orders on the simulator: the sink connector (command record in,
 * acknowledgement record out) or a direct WebSocket client. Order {@code i} of a run is a resting
 * limit buy {@link #ORDER_QTY} BTC at {@link #LIMIT_PRICE} USD on BTC/USD (far below the market, so it
 * never fills) with {@code cl_ord_id} {@code <prefix>-<i>}.
 */
interface OrderPath extends AutoCloseable {

    /** Base currency quantity of every order (BTC). */
    String ORDER_QTY = "0.001";
    /** Limit price of every order (USD). */
    String LIMIT_PRICE = "1000.0";

    /**
     * Sends {@code count} orders at {@code perSecond}, each at its due time, and waits for every answer.
     *
     * @param prefix cl_ord_id prefix, unique per run
     * @return order sent to answer received, per order
     */
    Latencies paced(String prefix, int perSecond, int count) throws Exception;

    /**
     * Sends {@code count} orders as fast as the path takes them and waits for every answer.
     *
     * @param prefix cl_ord_id prefix, unique per run
     * @return orders per second, first send to last answer
     */
    double burst(String prefix, int count) throws Exception;

    /** Disconnects; throws nothing. */
    @Override
    void close();

    /** @return the {@code add_order} params of order {@code i} of a run */
    static String addOrderParams(String prefix, int i) {
        return "{\"order_type\":\"limit\",\"side\":\"buy\",\"order_qty\":\"" + ORDER_QTY + "\",\"limit_price\":\""
                + LIMIT_PRICE + "\",\"symbol\":\"BTC/USD\",\"cl_ord_id\":\"" + prefix + "-" + i + "\"}";
    }

    /** Parks until {@code System.nanoTime()} reaches {@code due}. */
    static void awaitNanos(long due) {
        long left;
        while ((left = due - System.nanoTime()) > 0) {
            java.util.concurrent.locks.LockSupport.parkNanos(left);
        }
    }
}
