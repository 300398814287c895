package com.kafkaconnectkraken.simulator.exchange.engine;

import com.kafkaconnectkraken.simulator.exchange.account.Account;
import com.kafkaconnectkraken.simulator.exchange.market.Asset;
import com.kafkaconnectkraken.simulator.exchange.market.Pair;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One order's live state. Mutable; only touched under the exchange lock.
 */
public final class Order {

    private final String id;
    private final Account account;
    private final OrderSpec spec;
    private final Instant openTime;
    private final String refid;
    private final List<String> tradeIds = new ArrayList<>();
    private BigDecimal qty;
    private BigDecimal limitPrice;
    private boolean postOnly;
    private OrderStatus status = OrderStatus.OPEN;
    private BigDecimal cumQty = BigDecimal.ZERO;
    private BigDecimal cumCost = BigDecimal.ZERO;
    private BigDecimal fee = BigDecimal.ZERO;
    private BigDecimal hold = BigDecimal.ZERO;
    private Instant closeTime;
    private String reason;
    private boolean amended;

    /**
     * @param id       Kraken order id
     * @param account  owner
     * @param spec     validated request
     * @param openTime acceptance time
     * @param refid    original order id when created by edit_order, else {@code null}
     */
    public Order(String id, Account account, OrderSpec spec, Instant openTime, String refid) {
        this.id = id;
        this.account = account;
        this.spec = spec;
        this.openTime = openTime;
        this.refid = refid;
        this.qty = spec.qty();
        this.limitPrice = spec.limitPrice();
        this.postOnly = spec.postOnly();
    }

    /** @return the Kraken order id, e.g. {@code OQCLML-BW3P3-BUCMWZ} */
    public String id() {
        return id;
    }

    /** @return the owning account */
    public Account account() {
        return account;
    }

    /** @return the request the order was accepted with (quantity/price may since have been amended) */
    public OrderSpec spec() {
        return spec;
    }

    /** @return the pair */
    public Pair pair() {
        return spec.pair();
    }

    /** @return buy or sell */
    public Side side() {
        return spec.side();
    }

    /** @return acceptance time (also the start of the rate-counter order age) */
    public Instant openTime() {
        return openTime;
    }

    /** @return the original order id when this order replaced one via edit_order, else {@code null} */
    public String refid() {
        return refid;
    }

    /** @return current order quantity in base currency */
    public BigDecimal qty() {
        return qty;
    }

    /** @return current limit price in quote currency, {@code null} for market orders */
    public BigDecimal limitPrice() {
        return limitPrice;
    }

    /** @return {@code true} if the order may only make liquidity */
    public boolean postOnly() {
        return postOnly;
    }

    /** @return current state */
    public OrderStatus status() {
        return status;
    }

    /** @return executed quantity in base currency */
    public BigDecimal cumQty() {
        return cumQty;
    }

    /** @return executed cost in quote currency */
    public BigDecimal cumCost() {
        return cumCost;
    }

    /** @return fees paid so far in quote currency */
    public BigDecimal fee() {
        return fee;
    }

    /** @return when the order was filled, cancelled or expired; {@code null} while open */
    public Instant closeTime() {
        return closeTime;
    }

    /** @return why the order was cancelled/expired, {@code null} otherwise */
    public String reason() {
        return reason;
    }

    /** @return {@code true} once amend_order changed it */
    public boolean amended() {
        return amended;
    }

    /** @return ids of the trades that filled this order, oldest first */
    public List<String> tradeIds() {
        return List.copyOf(tradeIds);
    }

    /** @return the asset reserved while the order is open: quote for buys, base for sells */
    public Asset holdAsset() {
        return side() == Side.BUY ? pair().quote() : pair().base();
    }

    /** @return the amount currently reserved in {@link #holdAsset()} */
    public BigDecimal hold() {
        return hold;
    }

    /** @return the volume-weighted average fill price, zero before the first fill */
    public BigDecimal avgPrice() {
        if (cumQty.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return cumCost.divide(cumQty, MathContext.DECIMAL64).setScale(pair().pairDecimals(), RoundingMode.HALF_UP);
    }

    void setHold(BigDecimal amount) {
        hold = amount;
    }

    void amend(BigDecimal newQty, BigDecimal newPrice, boolean newPostOnly) {
        qty = newQty;
        limitPrice = newPrice;
        postOnly = newPostOnly;
        amended = true;
    }

    void addFill(String tradeId, BigDecimal volume, BigDecimal cost, BigDecimal tradeFee) {
        tradeIds.add(tradeId);
        cumQty = cumQty.add(volume);
        cumCost = cumCost.add(cost);
        fee = fee.add(tradeFee);
    }

    void close(OrderStatus finalStatus, Instant time, String closeReason) {
        status = finalStatus;
        closeTime = time;
        reason = closeReason;
    }
}
