package com.kafkaconnectkraken.simulator.trader;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Map;

/**
 * Values accounts at the current quotes, in the account currency ({@link Money#ACCOUNT_CURRENCY}, 2 decimals).
 * Unrealized P&amp;L marks a long at the bid and a short at the ask; margin is {@value #MARGIN_PERCENT}% of the
 * notional at the mid (leverage 1:100). An amount in another currency is converted at the mid of {@code <ccy>USD} or
 * {@code USD<ccy>} when served, else taken 1:1. Guarded by the venue's lock.
 */
final class Valuation {

    static final int MARGIN_PERCENT = 1;
    private static final BigDecimal MARGIN_RATE = BigDecimal.valueOf(MARGIN_PERCENT, 2);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final Map<String, SymbolMarket> markets;

    Valuation(Map<String, SymbolMarket> markets) {
        this.markets = markets;
    }

    /** @return {@code amount} of {@code currency} in the account currency, rounded to cents */
    BigDecimal toAccount(BigDecimal amount, String currency) {
        String usd = Money.ACCOUNT_CURRENCY;
        if (currency.equals(usd)) {
            return Money.of(amount);
        }
        SymbolMarket direct = markets.get(currency + usd);
        if (direct != null) {
            return Money.of(amount.multiply(mid(direct.quote())));
        }
        SymbolMarket inverse = markets.get(usd + currency);
        if (inverse != null) {
            return amount.divide(mid(inverse.quote()), Money.SCALE, RoundingMode.HALF_EVEN);
        }
        return Money.of(amount);
    }

    private static BigDecimal mid(Quote quote) {
        return quote.bid().add(quote.ask()).divide(TWO);
    }

    /** @return the position's unrealized P&amp;L in the account currency (zero once closed) */
    BigDecimal unrealized(TraderPosition p) {
        if (!p.open()) {
            return Money.ZERO;
        }
        Quote quote = markets.get(p.symbol.symbol()).quote();
        BigDecimal mark = p.side == Side.BUY ? quote.bid() : quote.ask();
        BigDecimal perUnit = mark.subtract(p.avgPrice).multiply(BigDecimal.valueOf(p.side.sign()));
        return toAccount(perUnit.multiply(p.quantity), p.symbol.quoteCurrency());
    }

    /** @return the margin {@code qty} base units of {@code symbol} take, in the account currency */
    BigDecimal margin(SymbolSpec symbol, BigDecimal qty) {
        BigDecimal notional = qty.multiply(mid(markets.get(symbol.symbol()).quote()));
        return toAccount(notional.multiply(MARGIN_RATE), symbol.quoteCurrency());
    }

    /** @return free margin: equity minus the margin of the open positions */
    BigDecimal freeMargin(TraderAccount account) {
        return equity(account).subtract(usedMargin(account));
    }

    private BigDecimal equity(TraderAccount account) {
        return account.cash().add(unrealizedTotal(account));
    }

    private BigDecimal unrealizedTotal(TraderAccount account) {
        return account.openPositions.values().stream().map(this::unrealized).reduce(Money.ZERO, BigDecimal::add);
    }

    private BigDecimal usedMargin(TraderAccount account) {
        return account.openPositions.values().stream().map(p -> margin(p.symbol, p.quantity))
                .reduce(Money.ZERO, BigDecimal::add);
    }

    /**
     * @return the {@code metricsEvent} payload {@code {accountId, equity, balance, margin, freeMargin, marginLevel,
     *         unrealizedPnl, realizedPnl, ts}}; {@code marginLevel} is equity / margin in percent (2 decimals), JSON
     *         {@code null} without open positions
     */
    ObjectNode metrics(TraderAccount account, Instant now) {
        BigDecimal unrealized = unrealizedTotal(account);
        BigDecimal equity = account.cash().add(unrealized);
        BigDecimal margin = usedMargin(account);
        ObjectNode node = TraderJson.object();
        node.put("accountId", account.accountId);
        node.put("equity", equity);
        node.put("balance", account.cash());
        node.put("margin", margin);
        node.put("freeMargin", equity.subtract(margin));
        if (margin.signum() == 0) {
            node.putNull("marginLevel");
        } else {
            node.put("marginLevel", equity.multiply(BigDecimal.valueOf(100)).divide(margin, 2, RoundingMode.HALF_EVEN));
        }
        node.put("unrealizedPnl", unrealized);
        node.put("realizedPnl", account.realizedPnl);
        node.put("ts", TraderJson.iso(now));
        return node;
    }

    /** @return the {@code portfolioEvent} payload {@code {accountId, balances: [{currency, amount}], positions: [...], ts}} */
    ObjectNode portfolio(TraderAccount account, Instant now) {
        ObjectNode node = TraderJson.object();
        node.put("accountId", account.accountId);
        ArrayNode balances = node.putArray("balances");
        account.balances.forEach((currency, amount) -> balances.addObject().put("currency", currency).put("amount", amount));
        ArrayNode positions = node.putArray("positions");
        account.openPositions.values().forEach(p -> positions.add(p.payload(unrealized(p))));
        node.put("ts", TraderJson.iso(now));
        return node;
    }
}
