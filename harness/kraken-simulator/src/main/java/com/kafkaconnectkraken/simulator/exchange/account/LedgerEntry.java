package com.kafkaconnectkraken.simulator.exchange.account;

import com.kafkaconnectkraken.simulator.exchange.market.Asset;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One ledger entry, as served by REST {@code Ledgers}/{@code QueryLedgers} and pushed as a WS v2
 * {@code balances} update (https://docs.kraken.com/api/docs/rest-api/get-ledgers).
 *
 * @param id      ledger id, e.g. {@code L4UESK-KG3EQ-UFO4T5}
 * @param refid   parent transaction: the trade id for trades, a funding id for deposits
 * @param time    booking time
 * @param type    {@code trade} or {@code deposit}
 * @param asset   the asset whose balance changed
 * @param amount  signed change (excluding the fee)
 * @param fee     fee charged in this asset (never negative)
 * @param balance resulting balance of {@code asset}
 */
public record LedgerEntry(String id, String refid, Instant time, String type, Asset asset,
                          BigDecimal amount, BigDecimal fee, BigDecimal balance) {
}
