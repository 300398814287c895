package com.kafkaconnectkraken.sink.command;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/** The absolute price an order can execute at, when its params fix one. */
final class Prices {

    private Prices() {
    }

    /**
     * @return the static limit price, else the static trigger price (stop/take-profit market), or
     *     null when the price is relative (pct/quote offsets, trailing) or absent (market)
     */
    static BigDecimal staticPrice(JsonNode p) {
        String type = p.path("order_type").asText("");
        if (type.startsWith("trailing-stop")) {
            return null;
        }
        if (p.has("limit_price") && isStatic(p.path("limit_price_type"))) {
            return p.get("limit_price").decimalValue();
        }
        JsonNode triggers = p.path("triggers");
        if (triggers.has("price") && isStatic(triggers.path("price_type"))) {
            return triggers.get("price").decimalValue();
        }
        if (p.has("trigger_price") && isStatic(p.path("trigger_price_type"))) {
            return p.get("trigger_price").decimalValue();
        }
        return null;
    }

    private static boolean isStatic(JsonNode priceType) {
        return priceType.isMissingNode() || "static".equals(priceType.asText());
    }
}
