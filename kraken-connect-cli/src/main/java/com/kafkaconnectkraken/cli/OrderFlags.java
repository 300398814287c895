package com.kafkaconnectkraken.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The flags {@code kraken-connect order} builds a command from, for every method of both venues
 * ({@link SpotCommands}, {@link TraderCommands}). Decimals (quantities, prices) stay the text given, so they reach
 * the venue exact. A flag a method does not take is refused by the builder, never silently dropped.
 */
final class OrderFlags {

    @Option(names = "--method", paramLabel = "METHOD", description = {"Kraken Spot: add_order, amend_order, edit_order,"
        + " cancel_order, cancel_all, cancel_all_orders_after, batch_add, batch_cancel.",
        "Trader (venue trader): createOrder, cancelOrder, amendOrder, closePosition, amendPosition."})
    String method;

    @Option(names = "--symbol", paramLabel = "SYMBOL", description = "Pair: ETH/USD (Kraken Spot), EURUSD (Trader)")
    String symbol;

    @Option(names = "--side", paramLabel = "SIDE", description = "buy | sell")
    String side;

    @Option(names = "--type", paramLabel = "TYPE", description = {"Kraken Spot order_type: limit, market, iceberg,"
        + " stop-loss, stop-loss-limit, take-profit, take-profit-limit, trailing-stop, trailing-stop-limit, settle-position.",
        "Trader type: market, limit, stop, stop_limit."})
    String type;

    @Option(names = "--qty", paramLabel = "DECIMAL", description = "Quantity in the base currency (order_qty; Trader: quantity)")
    String qty;

    @Option(names = "--price", paramLabel = "DECIMAL", description = "Limit price (limit_price; Trader: price)")
    String price;

    @Option(names = "--trigger-price", paramLabel = "DECIMAL",
            description = "Trigger price (add_order/edit_order: triggers.price; amend_order: trigger_price)")
    String triggerPrice;

    @Option(names = "--time-in-force", paramLabel = "TIF", description = "gtc | gtd | ioc (Trader: GTC | IOC | FOK | DAY)")
    String timeInForce;

    @Option(names = "--post-only", description = "post_only: only rest on the book")
    boolean postOnly;

    @Option(names = "--reduce-only", description = "reduce_only (add_order, edit_order)")
    boolean reduceOnly;

    @Option(names = "--validate", description = "validate: checked by Kraken, never reaches the matching engine")
    boolean validateOnly;

    @Option(names = "--order-id", paramLabel = "ID", description = "Order id; repeatable for cancel_order and batch_cancel")
    List<String> orderIds = new ArrayList<>();

    @Option(names = "--cl-ord-id", paramLabel = "ID",
            description = "Client order id (cl_ord_id; Trader: clientOrderId); repeatable for cancel_order, batch_cancel")
    List<String> clOrdIds = new ArrayList<>();

    @Option(names = "--order-userref", paramLabel = "INT", description = "order_userref; repeatable for cancel_order")
    List<Integer> orderUserrefs = new ArrayList<>();

    @Option(names = "--after", paramLabel = "SECONDS", description = "cancel_all_orders_after: timeout in seconds (0 disarms)")
    Integer afterSeconds;

    @Option(names = "--order", paramLabel = "SIDE:TYPE:QTY[:PRICE]",
            description = "One order of a batch_add (2..15, the batch's pair is --symbol), e.g. buy:limit:0.1:2000")
    List<String> batchOrders = new ArrayList<>();

    @Option(names = "--account", defaultValue = "acc_demo", paramLabel = "ID",
            description = "Trader accountId (default: ${DEFAULT-VALUE}, the simulator's demo account)")
    String account;

    @Option(names = "--position-id", paramLabel = "ID", description = "Trader positionId (closePosition, amendPosition)")
    String positionId;

    @Option(names = "--stop-price", paramLabel = "DECIMAL", description = "Trader stopPrice (stop, stop_limit)")
    String stopPrice;

    @Option(names = "--stop-loss", paramLabel = "DECIMAL", description = "Trader stopLoss (amendPosition)")
    String stopLoss;

    @Option(names = "--take-profit", paramLabel = "DECIMAL", description = "Trader takeProfit (amendPosition)")
    String takeProfit;

    @Option(names = "--param", paramLabel = "NAME=VALUE", mapFallbackValue = "",
            description = "Any other parameter of the method, e.g. --param display_qty=0.02 --param margin=true:"
                    + " true/false and integers are JSON, {...}/[...] JSON, anything else text")
    Map<String, String> extra = new LinkedHashMap<>();
}
