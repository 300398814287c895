package com.kafkaconnectkraken.simulator.futures;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

/**
 * Product ids for the simulated Kraken Futures venue: the default set and validation.
 */
public final class FuturesProducts {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);

    private FuturesProducts() {
    }

    /**
     * The default products: {@code PF_XBTUSD, PF_ETHUSD, PI_XBTUSD, PI_ETHUSD} and the next quarterly inverse
     * {@code FI_XBTUSD_<yymmdd>} (last Friday of March, June, September or December strictly after {@code today}).
     *
     * @param today the current UTC date
     * @return five product ids
     */
    public static List<String> defaults(LocalDate today) {
        return List.of("PF_XBTUSD", "PF_ETHUSD", "PI_XBTUSD", "PI_ETHUSD", "FI_XBTUSD_" + nextQuarterly(today).format(YYMMDD));
    }

    /**
     * @param productId an id such as {@code PF_XBTUSD} or {@code FI_XBTUSD_250328}
     * @return {@code productId}
     * @throws IllegalArgumentException saying what is wrong if the simulator cannot serve it
     */
    public static String requireValid(String productId) {
        FuturesProduct.parse(productId);
        return productId;
    }

    static LocalDate nextQuarterly(LocalDate today) {
        for (int year = today.getYear(); ; year++) {
            for (int month = 3; month <= 12; month += 3) {
                LocalDate expiry = LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY));
                if (expiry.isAfter(today)) {
                    return expiry;
                }
            }
        }
    }
}
