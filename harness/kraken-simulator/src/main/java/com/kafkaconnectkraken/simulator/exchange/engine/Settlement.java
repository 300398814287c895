package com.kafkaconnectkraken.simulator.exchange.engine;

import com.kafkaconnectkraken.simulator.exchange.account.Account;
import com.kafkaconnectkraken.simulator.exchange.account.LedgerEntry;
import com.kafkaconnectkraken.simulator.exchange.account.Trade;
import com.kafkaconnectkraken.simulator.exchange.market.Asset;
import com.kafkaconnectkraken.simulator.exchange.market.Pair;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Books a fill: balances, holds, two ledger entries (base then quote, sharing the trade id as
 * {@code refid}), the trade record, and the {@code trade} + {@code filled} executions (docs/protocol/kraken-spot.md §4.2:
 * the trade event reports {@code partially_filled}, a separate {@code filled} event completes the order).
 */
final class Settlement {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final EngineContext ctx;

    Settlement(EngineContext ctx) {
        this.ctx = ctx;
    }

    /** Fills the order's whole remaining quantity at {@code price}. */
    void fill(Order order, BigDecimal price, boolean maker) {
        Instant now = ctx.now();
        Pair pair = order.pair();
        BigDecimal volume = order.qty().subtract(order.cumQty());
        BigDecimal cost = pair.quote().round(volume.multiply(price));
        BigDecimal fee = pair.quote().round(cost.multiply(ctx.fees.percent(maker)).divide(HUNDRED));
        Holds.release(order);
        String tradeTxid = ctx.ids.next('T');
        boolean buy = order.side() == Side.BUY;
        LedgerEntry base = entry(order.account(), tradeTxid, now, pair.base(),
                buy ? volume : volume.negate(), BigDecimal.ZERO);
        LedgerEntry quote = entry(order.account(), tradeTxid, now, pair.quote(),
                buy ? cost.negate() : cost, fee);
        Trade trade = new Trade(tradeTxid, order.id(), pair, now, order.side().wire(), order.spec().orderType(),
                price, cost, fee, volume, ctx.ids.nextTradeId(), maker, List.of(base.id(), quote.id()));
        order.account().trades().add(trade);
        order.addFill(tradeTxid, volume, cost, fee);
        order.close(OrderStatus.FILLED, now, null);
        ctx.orders.closed(order);
        ctx.emit("trade", order, "partially_filled", trade, null, now);
        ctx.emit("filled", order, OrderStatus.FILLED.ws(), trade, null, now);
        ctx.book(order.account(), base);
        ctx.book(order.account(), quote);
    }

    private LedgerEntry entry(Account account, String refid, Instant time, Asset asset, BigDecimal amount,
                              BigDecimal fee) {
        BigDecimal balance = account.credit(asset, amount.subtract(fee));
        return new LedgerEntry(ctx.ids.next('L'), refid, time, "trade", asset, amount, fee, balance);
    }

    /** Books a deposit ledger entry and returns it. */
    LedgerEntry deposit(Account account, Asset asset, BigDecimal amount) {
        BigDecimal balance = account.credit(asset, amount);
        LedgerEntry entry = new LedgerEntry(ctx.ids.next('L'), ctx.ids.next('F'), ctx.now(), "deposit", asset,
                asset.round(amount), asset.round(BigDecimal.ZERO), balance);
        ctx.book(account, entry);
        return entry;
    }
}
