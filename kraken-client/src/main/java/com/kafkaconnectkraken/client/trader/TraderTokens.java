package com.kafkaconnectkraken.client.trader;

import com.auth0.jwt.JWT;
import com.auth0.jwt.exceptions.JWTDecodeException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The JWT a Trader session connects with (docs/protocol/trader-api.md §1.3). Its {@code exp} claim (seconds) is read
 * without verifying the signature; {@link #current()} logs in again when there is no token, when it was
 * {@linkplain #invalidate() invalidated} (a close right after connect), or when it expires within
 * {@code refreshAhead}. A JWT given by the user cannot be renewed: once expired, {@link #current()} fails. The token
 * is never logged and never in an exception text. Thread-safe.
 */
public final class TraderTokens {

    private final TraderLogin login;
    private final Duration refreshAhead;
    private final Clock clock;
    private String token;
    private Instant expiresAt;
    private int logins;

    private TraderTokens(TraderLogin login, String given, Duration refreshAhead, Clock clock) {
        this.login = login;
        this.refreshAhead = Objects.requireNonNull(refreshAhead, "refreshAhead");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (given != null) {
            accept(given);
        }
    }

    /**
     * @param login        the login call
     * @param refreshAhead how long before {@code exp} a new token is fetched
     * @param clock        time source
     * @return tokens obtained by logging in
     */
    public static TraderTokens login(TraderLogin login, Duration refreshAhead, Clock clock) {
        return new TraderTokens(Objects.requireNonNull(login, "login"), null, refreshAhead, clock);
    }

    /**
     * @param jwt   a JWT obtained elsewhere
     * @param clock time source
     * @return tokens that always answer {@code jwt} until it expires
     * @throws IllegalArgumentException when {@code jwt} is not a JWT
     */
    public static TraderTokens given(String jwt, Clock clock) {
        return new TraderTokens(null, Objects.requireNonNull(jwt, "jwt"), Duration.ZERO, clock);
    }

    /**
     * @return a token valid for at least {@code refreshAhead} (logging in when needed; blocking)
     * @throws TraderLoginException when the login fails, or the given JWT has expired
     */
    public synchronized String current() throws TraderLoginException {
        if (token != null && (expiresAt == null || clock.instant().plus(refreshAhead).isBefore(expiresAt))) {
            return token;
        }
        if (login == null) {
            throw new TraderLoginException("The given JWT expired at " + expiresAt
                    + " and cannot be renewed (configure credentials instead)", 0, null);
        }
        return refresh();
    }

    /**
     * Logs in now, whatever the state of the current token.
     *
     * @return the new token
     * @throws TraderLoginException when the login fails (the old token is kept), or there are no credentials
     */
    public synchronized String refresh() throws TraderLoginException {
        if (login == null) {
            return current();
        }
        String fresh = login.login();
        accept(fresh);
        logins++;
        return fresh;
    }

    /**
     * Forgets a token obtained by login: the next {@link #current()} logs in. A given JWT is kept (it cannot be
     * replaced; if the server keeps refusing it, the session keeps reconnecting with backoff and says why).
     */
    public synchronized void invalidate() {
        if (login == null) {
            return;
        }
        token = null;
        expiresAt = null;
    }

    /** @return the {@code exp} of the current token, if it has one */
    public synchronized Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    /** @return whether a new token can be obtained (credentials configured) */
    public boolean renewable() {
        return login != null;
    }

    /** @return how many logins succeeded */
    public synchronized int logins() {
        return logins;
    }

    private void accept(String jwt) {
        try {
            expiresAt = JWT.decode(jwt).getExpiresAtAsInstant();
        } catch (JWTDecodeException e) {
            throw new IllegalArgumentException("The token is not a JWT (three base64url parts with a JSON payload)");
        }
        token = jwt;
    }

    /** @return the expiry only, never the token */
    @Override
    public synchronized String toString() {
        return "TraderTokens[expiresAt=" + expiresAt + ", renewable=" + renewable() + "]";
    }
}
