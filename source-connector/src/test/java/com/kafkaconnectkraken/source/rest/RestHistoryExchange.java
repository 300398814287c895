package com.kafkaconnectkraken.source.rest;

import com.kafkaconnectkraken.client.spot.protocol.RestTier;
import com.kafkaconnectkraken.simulator.KrakenSimulator;
import com.kafkaconnectkraken.simulator.exchange.ExchangeConfig;
import java.math.BigDecimal;

/** The simulator the REST history tests poll: no call-counter limit, history calls cost 1, a funded USD account, BTC/USD quoted. */
final class RestHistoryExchange {

    private RestHistoryExchange() {
    }

    /** @return a started simulator with the account {@code key}/{@code secret} holding 100,000,000 USD */
    static KrakenSimulator start(String key, String secret) {
        KrakenSimulator simulator = KrakenSimulator.builder().account(key, secret)
                .exchangeConfig(ExchangeConfig.builder().restTier(new RestTier(1_000_000, 1_000)).historyCallCost(1).build())
                .build().start();
        simulator.exchange().deposit(key, "USD", new BigDecimal("100000000"));
        simulator.exchange().updateMarket("BTC/USD", new BigDecimal("30000.0"), new BigDecimal("30001.0"));
        return simulator;
    }
}
