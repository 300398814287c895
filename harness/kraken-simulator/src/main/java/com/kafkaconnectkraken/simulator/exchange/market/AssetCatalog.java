package com.kafkaconnectkraken.simulator.exchange.market;

import java.util.List;
import java.util.Optional;

/**
 * The simulator's fixed asset table: the explicit REST id / altname / WS v2 code mapping.
 *
 * <p>Kraken publishes no official mapping table; WS v2 uses {@code BTC} for REST {@code XXBT}/{@code XBT}
 * and {@code DOGE} for {@code XXDG}/{@code XDG} (docs/protocol/kraken-spot.md §7 [INFERRED]). Decimals follow
 * https://docs.kraken.com/api/docs/rest-api/get-asset-info.
 */
public final class AssetCatalog {

    /** Bitcoin: REST {@code XXBT}, v2 {@code BTC}. */
    public static final Asset BTC = new Asset("XXBT", "XBT", "BTC", 10, 5);
    /** US dollar: REST {@code ZUSD}, v2 {@code USD}. */
    public static final Asset USD = new Asset("ZUSD", "USD", "USD", 4, 2);
    /** Euro: REST {@code ZEUR}, v2 {@code EUR}. */
    public static final Asset EUR = new Asset("ZEUR", "EUR", "EUR", 4, 2);
    /** Ether: REST {@code XETH}, v2 {@code ETH}. */
    public static final Asset ETH = new Asset("XETH", "ETH", "ETH", 10, 5);
    /** Dogecoin: REST {@code XXDG}, v2 {@code DOGE}. */
    public static final Asset DOGE = new Asset("XXDG", "XDG", "DOGE", 8, 2);
    /** Solana: same name everywhere. */
    public static final Asset SOL = new Asset("SOL", "SOL", "SOL", 10, 5);
    /** Tether: same name everywhere. */
    public static final Asset USDT = new Asset("USDT", "USDT", "USDT", 8, 4);

    private static final List<Asset> ALL = List.of(BTC, USD, EUR, ETH, DOGE, SOL, USDT);

    private AssetCatalog() {
    }

    /** @return all assets, REST order */
    public static List<Asset> all() {
        return ALL;
    }

    /**
     * Looks an asset up by any of its names.
     *
     * @param name REST id ({@code XXBT}), altname ({@code XBT}) or v2 code ({@code BTC}), any case
     * @return the asset, or empty if unknown
     */
    public static Optional<Asset> find(String name) {
        return ALL.stream().filter(a -> a.isNamed(name)).findFirst();
    }
}
