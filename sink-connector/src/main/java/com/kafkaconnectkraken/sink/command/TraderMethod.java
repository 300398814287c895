package com.kafkaconnectkraken.sink.command;

import com.kafkaconnectkraken.client.trader.protocol.TraderAction;
import java.util.Optional;

/**
 * The Trader API trading actions a command can name (docs/protocol/trader-api.md §3): the command's
 * {@code method} is the action's wire name.
 */
public enum TraderMethod implements TradingMethod {
    CREATE_ORDER(TraderAction.CREATE_ORDER),
    CANCEL_ORDER(TraderAction.CANCEL_ORDER),
    AMEND_ORDER(TraderAction.AMEND_ORDER),
    CLOSE_POSITION(TraderAction.CLOSE_POSITION),
    AMEND_POSITION(TraderAction.AMEND_POSITION);

    private final TraderAction action;

    TraderMethod(TraderAction action) {
        this.action = action;
    }

    /** @return the envelope {@code type} it is sent as */
    public TraderAction action() {
        return action;
    }

    /** @return the action's wire name, e.g. {@code createOrder} */
    @Override
    public String wireName() {
        return action.wireName();
    }

    /** @return true for {@code createOrder} only */
    @Override
    public boolean placesOrders() {
        return action.placesOrders();
    }

    /** @return the method with this wire name, if any */
    public static Optional<TraderMethod> fromWire(String name) {
        for (TraderMethod m : values()) {
            if (m.wireName().equals(name)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
