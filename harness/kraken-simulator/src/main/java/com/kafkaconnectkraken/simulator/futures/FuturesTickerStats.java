package com.kafkaconnectkraken.simulator.futures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;

/**
 * The running statistics behind one product's {@code ticker} and {@code ticker_lite}
 * (https://docs.kraken.com/api/docs/futures-api/websocket/ticker): last, open, high, low, volume (contracts),
 * quote volume, open interest and a seeded relative funding rate. Not thread-safe (guarded by the market lock).
 */
final class FuturesTickerStats {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final FuturesProduct product;
    private final Random rnd;
    private final BigDecimal open;
    private final BigDecimal relativeFunding;
    private final BigDecimal relativeFundingPrediction;
    private BigDecimal last;
    private BigDecimal high;
    private BigDecimal low;
    private BigDecimal volume = BigDecimal.ZERO;
    private BigDecimal volumeQuote = BigDecimal.ZERO;
    private BigDecimal openInterest;

    FuturesTickerStats(FuturesProduct product, Random rnd) {
        this.product = product;
        this.rnd = rnd;
        this.open = product.startPrice();
        this.last = open;
        this.high = open;
        this.low = open;
        this.relativeFunding = BigDecimal.valueOf(rnd.nextInt(2001) - 1000L, 9);
        this.relativeFundingPrediction = relativeFunding.add(BigDecimal.valueOf(rnd.nextInt(201) - 100L, 9));
        this.openInterest = product.qtyStep().multiply(BigDecimal.valueOf(1_000_000L + rnd.nextInt(1_000_000)));
    }

    /** Records one trade. */
    void onTrade(BigDecimal price, BigDecimal qty) {
        last = price;
        high = high.max(price);
        low = low.min(price);
        volume = volume.add(qty);
        volumeQuote = volumeQuote.add(product.inverse() ? qty : qty.multiply(price));
        openInterest = rnd.nextBoolean() || openInterest.compareTo(qty) < 0 ? openInterest.add(qty) : openInterest.subtract(qty);
    }

    BigDecimal last() {
        return last;
    }

    BigDecimal open() {
        return open;
    }

    BigDecimal high() {
        return high;
    }

    BigDecimal low() {
        return low;
    }

    BigDecimal volume() {
        return volume;
    }

    BigDecimal volumeQuote() {
        return volumeQuote;
    }

    BigDecimal openInterest() {
        return openInterest;
    }

    /** @return the change since open in percent */
    BigDecimal changePercent() {
        return last.subtract(open).multiply(HUNDRED).divide(open, MC);
    }

    /** @return the index price the simulator quotes for {@code mark}: the mark rounded to cents */
    static BigDecimal index(BigDecimal mark) {
        return mark.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** @return the premium of {@code mark} over {@code index} in percent, one decimal */
    static BigDecimal premiumPercent(BigDecimal mark, BigDecimal index) {
        return mark.subtract(index).multiply(HUNDRED).divide(index, MC).setScale(1, RoundingMode.HALF_EVEN);
    }

    /** @return the relative funding rate per funding period */
    BigDecimal relativeFundingRate() {
        return relativeFunding;
    }

    /** @return the predicted relative funding rate */
    BigDecimal relativeFundingRatePrediction() {
        return relativeFundingPrediction;
    }

    /** @return an absolute funding rate: the relative one per contract (linear: times the price, inverse: over it) */
    BigDecimal absoluteFundingRate(BigDecimal relative, BigDecimal price) {
        return product.inverse() ? relative.divide(price, MC) : relative.multiply(price, MC);
    }
}
