package com.kafkaconnectkraken.simulator.futures;

import java.math.BigDecimal;

/**
 * One fill of a simulated Futures account, as the {@code fills} feed carries it
 * (https://docs.kraken.com/api/docs/futures-api/websocket/fills).
 *
 * @param instrument        product id, e.g. {@code PF_XBTUSD}
 * @param time              epoch ms
 * @param price             fill price
 * @param seq               the account's fill sequence number (+1 per fill, from 1)
 * @param buy               {@code true} for a buy
 * @param qty               filled quantity (contracts for inverse, base units for linear)
 * @param remainingOrderQty what is left of the order (0 for {@code addFill})
 * @param orderId           the order's id (a new UUID for {@code addFill})
 * @param cliOrdId          the order's client id, or {@code null}
 * @param fillId            the fill's UUID
 * @param fillType          {@code taker} ({@code addFill}) or {@code maker} ({@code fillOrder})
 * @param feePaid           fee in {@code feeCurrency} (taker 0.05 %, maker 0.02 % of the notional)
 * @param feeCurrency       {@code USD} for linear, the base (XBT as {@code BTC}) for inverse contracts
 * @param takerOrderType    the taker's order type ({@code market})
 * @param orderType         this order's type ({@code market} for {@code addFill}, {@code limit} for {@code fillOrder})
 */
public record FuturesFill(String instrument, long time, BigDecimal price, long seq, boolean buy, BigDecimal qty,
                          BigDecimal remainingOrderQty, String orderId, String cliOrdId, String fillId, String fillType,
                          BigDecimal feePaid, String feeCurrency, String takerOrderType, String orderType) {
}
