package com.kafkaconnectkraken.simulator.exchange.account;

import com.kafkaconnectkraken.simulator.exchange.market.Pair;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One own fill, as served by REST {@code TradesHistory}/{@code QueryTrades} and WS {@code executions}
 * (https://docs.kraken.com/api/docs/rest-api/get-trade-history).
 *
 * @param id        trade txid, e.g. {@code THVRQM-33VKH-UCI7BS} (also the ledger entries' {@code refid})
 * @param orderId   the order that filled
 * @param pair      the pair
 * @param time      fill time
 * @param side      {@code buy} or {@code sell}
 * @param orderType {@code limit} or {@code market}
 * @param price     fill price (quote currency)
 * @param cost      price × volume, rounded to the quote asset's decimals
 * @param fee       fee in quote currency
 * @param volume    filled quantity (base currency)
 * @param tradeId   integer trade id
 * @param maker     {@code true} if the order was resting (liquidity {@code m})
 * @param ledgerIds the base and quote ledger entries this trade produced
 */
public record Trade(String id, String orderId, Pair pair, Instant time, String side, String orderType,
                    BigDecimal price, BigDecimal cost, BigDecimal fee, BigDecimal volume, long tradeId,
                    boolean maker, List<String> ledgerIds) {
}
