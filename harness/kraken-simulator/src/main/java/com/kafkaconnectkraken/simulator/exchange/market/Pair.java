package com.kafkaconnectkraken.simulator.exchange.market;

import java.math.BigDecimal;

/**
 * One tradable spot pair with its REST and WebSocket names and trading rules.
 *
 * <p>Fields follow https://docs.kraken.com/api/docs/rest-api/get-tradable-asset-pairs.
 *
 * @param symbol       WS v2 symbol, e.g. {@code BTC/USD}
 * @param restId       REST pair id, e.g. {@code XXBTZUSD}
 * @param altname      REST altname, e.g. {@code XBTUSD} (used in order {@code descr.pair})
 * @param wsname       WS v1 name, e.g. {@code XBT/USD}
 * @param base         base asset (order quantities)
 * @param quote        quote asset (prices and costs)
 * @param pairDecimals price scale
 * @param lotDecimals  quantity scale
 * @param costDecimals cost scale
 * @param ordermin     minimum order quantity in base currency
 * @param costmin      minimum order cost in quote currency
 * @param tickSize     price increment
 */
public record Pair(String symbol, String restId, String altname, String wsname, Asset base, Asset quote,
                   int pairDecimals, int lotDecimals, int costDecimals,
                   BigDecimal ordermin, BigDecimal costmin, BigDecimal tickSize) {

    /** @return {@code true} if {@code name} is this pair's v2 symbol, REST id, altname or v1 name */
    public boolean isNamed(String name) {
        return symbol.equalsIgnoreCase(name) || restId.equalsIgnoreCase(name)
                || altname.equalsIgnoreCase(name) || wsname.equalsIgnoreCase(name);
    }
}
