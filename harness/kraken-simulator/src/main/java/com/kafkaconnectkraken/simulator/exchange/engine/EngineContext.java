package com.kafkaconnectkraken.simulator.exchange.engine;

import com.kafkaconnectkraken.client.spot.protocol.TradingTier;
import com.kafkaconnectkraken.simulator.exchange.account.Account;
import com.kafkaconnectkraken.simulator.exchange.account.KrakenIds;
import com.kafkaconnectkraken.simulator.exchange.account.LedgerEntry;
import com.kafkaconnectkraken.simulator.exchange.account.Trade;
import java.time.Clock;
import java.time.Instant;

/** Shared engine state for the engine's helpers; used only under the exchange lock. */
final class EngineContext {

    final Clock clock;
    final KrakenIds ids;
    final OrderStore orders = new OrderStore();
    final RateCounters rates;
    final FeeSchedule fees;
    private final ExchangeListener listener;

    EngineContext(Clock clock, KrakenIds ids, TradingTier tier, FeeSchedule fees, ExchangeListener listener) {
        this.clock = clock;
        this.ids = ids;
        this.rates = new RateCounters(tier);
        this.fees = fees;
        this.listener = listener;
    }

    Instant now() {
        return clock.instant();
    }

    void emit(String execType, Order order, String status, Trade trade, String reason, Instant time) {
        double rate = rates.value(order.account(), order.pair().symbol(), time);
        listener.onExecution(new Execution(execType, order, status, trade, reason, time, rate));
    }

    void book(Account account, LedgerEntry entry) {
        account.ledger().append(entry);
        listener.onLedger(account, entry);
    }
}
