package com.kafkaconnectkraken.simulator.exchange.account;

import com.kafkaconnectkraken.simulator.exchange.market.Asset;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One API key's account: balances, trade holds, ledger, own trades and the last accepted REST nonce.
 *
 * <p>Not thread-safe: every access happens under the exchange lock. {@link #toString()} never shows
 * the secret.
 */
public final class Account {

    private final String apiKey;
    private final String secretBase64;
    private final Map<Asset, BigDecimal> balances = new LinkedHashMap<>();
    private final Map<Asset, BigDecimal> holds = new LinkedHashMap<>();
    private final Ledger ledger = new Ledger();
    private final List<Trade> trades = new ArrayList<>();
    private BigInteger lastNonce = BigInteger.valueOf(-1);

    /**
     * @param apiKey       public API key ({@code API-Key} header)
     * @param secretBase64 base64 private key used to verify {@code API-Sign}
     */
    public Account(String apiKey, String secretBase64) {
        this.apiKey = apiKey;
        this.secretBase64 = secretBase64;
    }

    /** @return the public API key */
    public String apiKey() {
        return apiKey;
    }

    /** @return the base64 API secret (never log it) */
    public String secretBase64() {
        return secretBase64;
    }

    /** @return total balance of {@code asset} (zero if never credited) */
    public BigDecimal balance(Asset asset) {
        return balances.getOrDefault(asset, BigDecimal.ZERO);
    }

    /** @return amount of {@code asset} reserved by open orders */
    public BigDecimal hold(Asset asset) {
        return holds.getOrDefault(asset, BigDecimal.ZERO);
    }

    /** @return balance minus holds */
    public BigDecimal available(Asset asset) {
        return balance(asset).subtract(hold(asset));
    }

    /** @return the new balance after adding {@code delta} (may be negative) */
    public BigDecimal credit(Asset asset, BigDecimal delta) {
        BigDecimal updated = asset.round(balance(asset).add(delta));
        balances.put(asset, updated);
        return updated;
    }

    /** Adds {@code delta} (may be negative) to the trade hold of {@code asset}. */
    public void addHold(Asset asset, BigDecimal delta) {
        BigDecimal updated = hold(asset).add(delta);
        if (updated.signum() == 0) {
            holds.remove(asset);
        } else {
            holds.put(asset, updated);
        }
    }

    /** @return assets that ever had a balance, in first-credit order (unmodifiable view) */
    public Map<Asset, BigDecimal> balances() {
        return Collections.unmodifiableMap(balances);
    }

    /** @return this account's ledger */
    public Ledger ledger() {
        return ledger;
    }

    /** @return own trades, oldest first (live list; mutate only under the exchange lock) */
    public List<Trade> trades() {
        return trades;
    }

    /**
     * Accepts {@code nonce} if it is strictly greater than every nonce accepted before.
     *
     * @param nonce unsigned 64-bit integer
     * @return {@code false} if the nonce is not increasing ({@code EAPI:Invalid nonce})
     */
    public boolean acceptNonce(BigInteger nonce) {
        if (nonce.compareTo(lastNonce) <= 0) {
            return false;
        }
        lastNonce = nonce;
        return true;
    }

    @Override
    public String toString() {
        return "Account[apiKey=" + apiKey + "]";
    }
}
