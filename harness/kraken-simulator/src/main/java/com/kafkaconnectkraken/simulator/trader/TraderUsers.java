package com.kafkaconnectkraken.simulator.trader;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The users who may log in, with their passwords and accounts. Thread-safe. */
final class TraderUsers {

    private record User(byte[] password, List<String> accountIds) {
    }

    private final Map<String, User> users = new ConcurrentHashMap<>();

    /** @throws IllegalArgumentException if the user exists */
    void add(String username, String password, List<String> accountIds) {
        User user = new User(password.getBytes(StandardCharsets.UTF_8), List.copyOf(accountIds));
        if (users.putIfAbsent(username, user) != null) {
            throw new IllegalArgumentException("Trader user exists: " + username);
        }
    }

    /** @return whether {@code password} is the user's (compared in constant time) */
    boolean authenticate(String username, String password) {
        User user = users.get(username);
        return user != null && MessageDigest.isEqual(user.password, password.getBytes(StandardCharsets.UTF_8));
    }

    boolean exists(String username) {
        return users.containsKey(username);
    }
}
