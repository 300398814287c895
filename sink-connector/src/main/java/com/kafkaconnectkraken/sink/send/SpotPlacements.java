package com.kafkaconnectkraken.sink.send;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.sink.command.OrderCommand;
import com.kafkaconnectkraken.sink.guard.PlacedOrders;
import com.kafkaconnectkraken.sink.reply.OrderAck;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Remembers the Kraken Spot orders this task placed (pair and time) from their ACCEPTED acknowledgements,
 * for the rate counter's age-based costs ({@link com.kafkaconnectkraken.sink.guard.TradingRateLimiter}):
 * add_order and edit_order by order_id and cl_ord_id, each order of batch_add by its index in the result.
 */
public final class SpotPlacements implements BiConsumer<OrderCommand, OrderAck> {

    private final PlacedOrders orders;
    private final Clock clock;

    /**
     * @param orders where placed orders are kept
     * @param clock  time source
     */
    public SpotPlacements(PlacedOrders orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    /** Records the orders an ACCEPTED command placed. */
    @Override
    public void accept(OrderCommand command, OrderAck ack) {
        Instant now = clock.instant();
        switch (command.method()) {
            case ADD_ORDER, EDIT_ORDER -> orders.placed(ack.orderId(), command.clOrdId(), command.symbol(), now);
            case BATCH_ADD -> {
                List<String> ids = command.clOrdIds();
                for (int i = 0; i < ids.size(); i++) {
                    orders.placed(batchOrderId(ack, i), ids.get(i), command.symbol(), now);
                }
            }
            default -> {
            }
        }
    }

    private static String batchOrderId(OrderAck ack, int index) {
        if (ack.result() == null) {
            return null;
        }
        try {
            return KrakenJson.mapper().readTree(ack.result()).path(index).path("order_id").textValue();
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
