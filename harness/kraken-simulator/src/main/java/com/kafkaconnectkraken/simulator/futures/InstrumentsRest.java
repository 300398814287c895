package com.kafkaconnectkraken.simulator.futures;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.simulator.transport.RestHandler;
import com.kafkaconnectkraken.simulator.transport.RestRequest;
import com.kafkaconnectkraken.simulator.transport.RestResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Locale;

/**
 * The Futures REST the simulator serves under {@code /derivatives/}: only
 * {@code GET /derivatives/api/v3/instruments} (https://docs.kraken.com/api/docs/futures-api/trading/get-instruments),
 * answering {@code {"result":"success","instruments":[...],"serverTime":"<ISO 8601>"}} with one entry per served
 * product. Symbols are upper-case as in Kraken's current docs (older responses used lower case); {@code underlying}
 * ({@code rr_<base><quote>}) is present for inverse contracts, {@code lastTradingTime} for fixed maturities. Any other
 * path answers HTTP 404 {@code {"result":"error","error":"notFound"}}, another method HTTP 405.
 */
final class InstrumentsRest implements RestHandler {

    static final String PATH = "/derivatives/api/v3/instruments";

    private final FuturesMarket market;
    private final Clock clock;

    InstrumentsRest(FuturesMarket market, Clock clock) {
        this.market = market;
        this.clock = clock;
    }

    @Override
    public RestResponse handle(RestRequest request) {
        if (!request.path().equals(PATH)) {
            return new RestResponse(404, "application/json", "{\"result\":\"error\",\"error\":\"notFound\"}");
        }
        if (!request.method().equals("GET")) {
            return new RestResponse(405, "application/json", "{\"result\":\"error\",\"error\":\"methodNotAllowed\"}");
        }
        ObjectNode body = FuturesJson.object();
        body.put("result", "success");
        ArrayNode instruments = body.putArray("instruments");
        market.markets().forEach(m -> instrument(instruments.addObject(), m.product()));
        body.put("serverTime", FuturesJson.isoMillis(clock.millis()));
        return RestResponse.json(FuturesJson.write(body));
    }

    private static void instrument(ObjectNode node, FuturesProduct product) {
        node.put("symbol", product.symbol());
        node.put("type", product.type());
        if (product.inverse()) {
            node.put("underlying", "rr_" + (product.base() + product.quote()).toLowerCase(Locale.ROOT));
        }
        node.put("tradeable", true);
        FuturesJson.decimal(node, "tickSize", product.tickSize());
        FuturesJson.decimal(node, "contractSize", product.contractSize());
        node.put("contractValueTradePrecision", Math.max(0, product.qtyStep().stripTrailingZeros().scale()));
        FuturesJson.decimal(node, "impactMidSize", BigDecimal.ONE);
        FuturesJson.decimal(node, "maxPositionSize", new BigDecimal("1000000"));
        ObjectNode margin = node.putArray("marginLevels").addObject();
        margin.put("contracts", 0);
        FuturesJson.decimal(margin, "initialMargin", new BigDecimal("0.02"));
        FuturesJson.decimal(margin, "maintenanceMargin", new BigDecimal("0.01"));
        node.put("openingDate", "2022-01-01T00:00:00.000Z");
        if (!product.perpetual()) {
            node.put("lastTradingTime", FuturesJson.isoMillis(product.maturityTime()));
        }
        node.put("postOnly", false);
        node.putArray("tags");
    }
}
