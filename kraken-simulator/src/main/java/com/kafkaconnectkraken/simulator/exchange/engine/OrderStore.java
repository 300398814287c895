package com.kafkaconnectkraken.simulator.exchange.engine;

import com.kafkaconnectkraken.simulator.exchange.account.Account;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every order ever accepted, indexed by owner, id and (for open orders) {@code cl_ord_id}.
 * Not thread-safe: guarded by the exchange lock.
 */
public final class OrderStore {

    private final Map<String, Order> byId = new LinkedHashMap<>();
    private final Map<Account, Map<String, Order>> openByClOrdId = new HashMap<>();

    /** Registers a newly accepted (open) order. */
    public void add(Order order) {
        byId.put(order.id(), order);
        String clOrdId = order.spec().clOrdId();
        if (clOrdId != null) {
            openByClOrdId.computeIfAbsent(order.account(), a -> new HashMap<>()).put(ClOrdIds.key(clOrdId), order);
        }
    }

    /** Removes a closed order from the open {@code cl_ord_id} index (the id may then be reused). */
    public void closed(Order order) {
        String clOrdId = order.spec().clOrdId();
        Map<String, Order> open = openByClOrdId.get(order.account());
        if (clOrdId != null && open != null) {
            open.remove(ClOrdIds.key(clOrdId), order);
        }
    }

    /** @return the order with {@code id} owned by {@code account} */
    public Optional<Order> find(Account account, String id) {
        Order order = byId.get(id);
        return order != null && order.account() == account ? Optional.of(order) : Optional.empty();
    }

    /** @return the open order of {@code account} with this {@code cl_ord_id} (either UUID form) */
    public Optional<Order> findOpenByClOrdId(Account account, String clOrdId) {
        Map<String, Order> open = openByClOrdId.get(account);
        return open == null || !ClOrdIds.isValid(clOrdId) ? Optional.empty()
                : Optional.ofNullable(open.get(ClOrdIds.key(clOrdId)));
    }

    /** @return all orders of {@code account}, oldest first */
    public List<Order> all(Account account) {
        List<Order> result = new ArrayList<>();
        for (Order o : byId.values()) {
            if (o.account() == account) {
                result.add(o);
            }
        }
        return result;
    }

    /** @return open orders of {@code account}, oldest first */
    public List<Order> open(Account account) {
        List<Order> result = new ArrayList<>();
        for (Order o : all(account)) {
            if (o.status().isOpen()) {
                result.add(o);
            }
        }
        return result;
    }

    /** @return open orders of every account on {@code symbol}, oldest first */
    public List<Order> openOnSymbol(String symbol) {
        List<Order> result = new ArrayList<>();
        for (Order o : byId.values()) {
            if (o.status().isOpen() && o.pair().symbol().equals(symbol)) {
                result.add(o);
            }
        }
        return result;
    }

    /** @return every open order of every account, oldest first */
    public List<Order> allOpen() {
        List<Order> result = new ArrayList<>();
        for (Order o : byId.values()) {
            if (o.status().isOpen()) {
                result.add(o);
            }
        }
        return result;
    }

    /** @return how many orders {@code account} has open on {@code symbol} */
    public int openCount(Account account, String symbol) {
        return (int) open(account).stream().filter(o -> o.pair().symbol().equals(symbol)).count();
    }
}
