package com.kafkaconnectkraken.simulator.exchange.market;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One currency of the simulated exchange with both of Kraken's names for it.
 *
 * <p>REST endpoints ({@code Balance}, {@code Ledgers}) use the REST id ({@code XXBT}, {@code ZUSD});
 * WebSocket v2 ({@code balances}, {@code executions} fees) uses the v2 code ({@code BTC}, {@code USD}).
 * See docs/protocol/kraken-spot.md §7 and https://docs.kraken.com/api/docs/rest-api/get-asset-info.
 *
 * @param restId          REST asset id, e.g. {@code XXBT}
 * @param altname         REST alternate name, e.g. {@code XBT}
 * @param wsCode          WebSocket v2 code, e.g. {@code BTC}
 * @param decimals        scale used for balances and ledger amounts
 * @param displayDecimals scale Kraken suggests for display
 */
public record Asset(String restId, String altname, String wsCode, int decimals, int displayDecimals) {

    /** @return {@code amount} rounded half-up to this asset's {@link #decimals()} */
    public BigDecimal round(BigDecimal amount) {
        return amount.setScale(decimals, RoundingMode.HALF_UP);
    }

    /** @return {@code amount} as the REST string, e.g. {@code "1011.1908877900"} */
    public String format(BigDecimal amount) {
        return round(amount).toPlainString();
    }

    /** @return {@code true} if {@code name} is the REST id, altname or v2 code (case-insensitive) */
    public boolean isNamed(String name) {
        return restId.equalsIgnoreCase(name) || altname.equalsIgnoreCase(name) || wsCode.equalsIgnoreCase(name);
    }
}
