package com.kafkaconnectkraken.simulator.exchange.account;

import com.kafkaconnectkraken.simulator.transport.TokenVerifier;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * WebSocket tokens issued by REST {@code GetWebSocketsToken}
 * (https://docs.kraken.com/api/docs/rest-api/get-websockets-token).
 *
 * <p>A token may start new connections/subscriptions for {@code ttl} (15 minutes) after issue. Keeping a
 * token valid for the life of a connection that already used it is the caller's job (the private
 * endpoint binds it to the connection). {@link #expireAll()} makes every issued token unusable for new
 * use (fault injection). Thread-safe.
 */
public final class TokenStore implements TokenVerifier {

    private record Issued(Account account, Instant expiresAt) {
    }

    private final Clock clock;
    private final Duration ttl;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Issued> tokens = new ConcurrentHashMap<>();

    /**
     * @param clock time source
     * @param ttl   how long an unused token may be first used (Kraken: 15 minutes)
     */
    public TokenStore(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    /** @return the token lifetime in whole seconds (the {@code expires} field, 900) */
    public long ttlSeconds() {
        return ttl.toSeconds();
    }

    /** @return a new 43-character token for {@code account} */
    public String issue(Account account) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getEncoder().withoutPadding().encodeToString(bytes);
        tokens.put(token, new Issued(account, clock.instant().plus(ttl)));
        return token;
    }

    /**
     * @param token the token from {@code params.token}
     * @return its account if the token was issued here and may still be used for a new connection
     */
    public Optional<Account> resolve(String token) {
        Issued issued = token == null ? null : tokens.get(token);
        if (issued == null || !clock.instant().isBefore(issued.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(issued.account());
    }

    @Override
    public boolean isValid(String token) {
        return resolve(token).isPresent();
    }

    /** Fault injection: every token issued so far can no longer start a connection. */
    public void expireAll() {
        Instant now = clock.instant();
        tokens.replaceAll((token, issued) -> new Issued(issued.account(), now));
    }
}
