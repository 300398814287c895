package com.kafkaconnectkraken.simulator.exchange.engine;

import com.kafkaconnectkraken.client.spot.protocol.ClOrdIds;
import com.kafkaconnectkraken.simulator.exchange.account.Account;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every order ever accepted, indexed by id, owner, open orders per symbol and per owner, and (for open
 * orders) {@code cl_ord_id}, so a market update only looks at that symbol's open orders.
 * Not thread-safe: guarded by the exchange lock.
 */
public final class OrderStore {

    private final Map<String, Order> byId = new HashMap<>();
    private final Map<Account, List<Order>> byAccount = new HashMap<>();
    private final Map<Account, Set<Order>> openByAccount = new HashMap<>();
    private final Map<String, Set<Order>> openBySymbol = new HashMap<>();
    private final Map<Account, Map<String, Order>> openByClOrdId = new HashMap<>();

    /** Registers a newly accepted (open) order. */
    public void add(Order order) {
        byId.put(order.id(), order);
        byAccount.computeIfAbsent(order.account(), a -> new ArrayList<>()).add(order);
        openByAccount.computeIfAbsent(order.account(), a -> new LinkedHashSet<>()).add(order);
        openBySymbol.computeIfAbsent(order.pair().symbol(), s -> new LinkedHashSet<>()).add(order);
        String clOrdId = order.spec().clOrdId();
        if (clOrdId != null) {
            openByClOrdId.computeIfAbsent(order.account(), a -> new HashMap<>()).put(ClOrdIds.key(clOrdId), order);
        }
    }

    /** Removes a closed order from the open indexes (its {@code cl_ord_id} may then be reused). */
    public void closed(Order order) {
        openByAccount.getOrDefault(order.account(), Set.of()).remove(order);
        openBySymbol.getOrDefault(order.pair().symbol(), Set.of()).remove(order);
        String clOrdId = order.spec().clOrdId();
        Map<String, Order> open = openByClOrdId.get(order.account());
        if (clOrdId != null && open != null) {
            open.remove(ClOrdIds.key(clOrdId), order);
        }
    }

    /** @return the order with {@code id} owned by {@code account} */
    public Optional<Order> find(Account account, String id) {
        Order order = id == null ? null : byId.get(id);
        return order != null && order.account() == account ? Optional.of(order) : Optional.empty();
    }

    /** @return the open order of {@code account} with this {@code cl_ord_id} (either UUID form) */
    public Optional<Order> findOpenByClOrdId(Account account, String clOrdId) {
        Map<String, Order> open = openByClOrdId.get(account);
        return open == null || !ClOrdIds.isValid(clOrdId) ? Optional.empty()
                : Optional.ofNullable(open.get(ClOrdIds.key(clOrdId)));
    }

    /** @return all orders of {@code account}, oldest first (a copy) */
    public List<Order> all(Account account) {
        return new ArrayList<>(byAccount.getOrDefault(account, List.of()));
    }

    /** @return open orders of {@code account}, oldest first (a copy) */
    public List<Order> open(Account account) {
        return new ArrayList<>(openByAccount.getOrDefault(account, Set.of()));
    }

    /** @return open orders of every account on {@code symbol}, oldest first (a copy) */
    public List<Order> openOnSymbol(String symbol) {
        return new ArrayList<>(openBySymbol.getOrDefault(symbol, Set.of()));
    }

    /** @return every open order of every account (a copy) */
    public List<Order> allOpen() {
        List<Order> result = new ArrayList<>();
        openBySymbol.values().forEach(result::addAll);
        return result;
    }

    /** @return how many orders {@code account} has open on {@code symbol} */
    public int openCount(Account account, String symbol) {
        int n = 0;
        for (Order o : openByAccount.getOrDefault(account, Set.of())) {
            if (o.pair().symbol().equals(symbol)) {
                n++;
            }
        }
        return n;
    }
}
