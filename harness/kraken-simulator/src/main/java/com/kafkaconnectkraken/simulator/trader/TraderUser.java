package com.kafkaconnectkraken.simulator.trader;

import java.util.List;
import java.util.Objects;

/**
 * A user of the Trader venue: logs in with {@code username} and {@code password} ({@code POST /api/v1/login}) and owns
 * {@code accountIds}. {@link #toString()} leaves the password out.
 *
 * @param username   the login name, the token's {@code sub}
 * @param password   the login password
 * @param accountIds the accounts the user trades, at least one, each unique in the venue
 */
public record TraderUser(String username, String password, List<String> accountIds) {

    /** @throws IllegalArgumentException for a blank name or password, or no account */
    public TraderUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (username.isBlank() || password.isEmpty()) {
            throw new IllegalArgumentException("A Trader user needs a username and a password");
        }
        accountIds = List.copyOf(accountIds);
        if (accountIds.isEmpty() || accountIds.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("A Trader user needs at least one non-blank account id: " + username);
        }
    }

    @Override
    public String toString() {
        return "TraderUser[username=" + username + ", accountIds=" + accountIds + "]";
    }
}
