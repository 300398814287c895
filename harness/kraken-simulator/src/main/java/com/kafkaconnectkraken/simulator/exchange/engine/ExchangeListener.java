package com.kafkaconnectkraken.simulator.exchange.engine;

import com.kafkaconnectkraken.simulator.exchange.account.Account;
import com.kafkaconnectkraken.simulator.exchange.account.LedgerEntry;

/** Receives engine events, synchronously and under the exchange lock (keep it fast, never block). */
public interface ExchangeListener {

    /** An order changed state (see {@link Execution#execType()}). */
    void onExecution(Execution execution);

    /** A ledger entry was booked for {@code account} (one WS {@code balances} update). */
    void onLedger(Account account, LedgerEntry entry);
}
