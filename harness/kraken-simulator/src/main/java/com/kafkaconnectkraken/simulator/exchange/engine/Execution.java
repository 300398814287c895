package com.kafkaconnectkraken.simulator.exchange.engine;

import com.kafkaconnectkraken.simulator.exchange.account.Trade;
import java.time.Instant;

/**
 * One order event for the WS v2 {@code executions} channel
 * (https://docs.kraken.com/api/docs/websocket-v2/executions). Delivered synchronously under the exchange
 * lock, so {@link #order()} shows the state right after the event.
 *
 * @param execType    {@code pending_new}, {@code new}, {@code trade}, {@code filled}, {@code canceled},
 *                    {@code expired} or {@code amended}
 * @param order       the order
 * @param orderStatus WS {@code order_status} to report
 * @param trade       the fill for {@code trade} events, else {@code null}
 * @param reason      reason text for cancels/amends, else {@code null}
 * @param time        event time
 * @param rateCount   the pair's trading rate counter after the event (for {@code ratecounter=true})
 */
public record Execution(String execType, Order order, String orderStatus, Trade trade, String reason,
                        Instant time, double rateCount) {
}
