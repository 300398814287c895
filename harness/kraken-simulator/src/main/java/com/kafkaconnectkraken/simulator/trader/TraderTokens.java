package com.kafkaconnectkraken.simulator.trader;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.exceptions.TokenExpiredException;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The JWTs of the Trader venue (docs/protocol/trader-api.md §1.1, §1.3): HS256 signed with a random per-instance key,
 * claims {@code sub} (username), {@code iat}, {@code exp} (seconds since the epoch) and {@code jti} (a counter).
 * {@link #expireAll()} makes every token issued so far count as expired from now on. Thread-safe.
 */
final class TraderTokens {

    /** A token that verified. @param username {@code sub} @param expiresAt {@code exp} @param serial {@code jti} */
    record Verified(String username, Instant expiresAt, long serial) {
    }

    /** Why a token was refused: the close reason sent. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    static final String INVALID = "invalid token";
    static final String EXPIRED = "token expired";

    private final Algorithm algorithm;
    private final JWTVerifier verifier;
    private final Clock clock;
    private final AtomicLong nextSerial = new AtomicLong(1);
    private volatile long expiredBelow = 1;

    TraderTokens(Clock clock) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.algorithm = Algorithm.HMAC256(key);
        this.verifier = JWT.require(algorithm).withClaimPresence("sub").withClaimPresence("exp").build();
        this.clock = clock;
    }

    /** @return a signed token for {@code username} expiring {@code lifetime} from now (negative: already expired) */
    String issue(String username, Duration lifetime) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return JWT.create().withSubject(username).withIssuedAt(now).withExpiresAt(now.plus(lifetime))
                .withJWTId(Long.toString(nextSerial.getAndIncrement())).sign(algorithm);
    }

    /**
     * @param token the {@code token} query parameter, may be null
     * @return its claims
     * @throws Refused with {@value #INVALID} (missing, malformed, bad signature) or {@value #EXPIRED}
     */
    Verified verify(String token) throws Refused {
        if (token == null || token.isBlank()) {
            throw new Refused(INVALID);
        }
        DecodedJWT jwt;
        try {
            jwt = verifier.verify(token);
        } catch (TokenExpiredException e) {
            throw new Refused(EXPIRED);
        } catch (JWTVerificationException e) {
            throw new Refused(INVALID);
        }
        long serial;
        try {
            serial = Long.parseLong(jwt.getId());
        } catch (NumberFormatException e) {
            throw new Refused(INVALID);
        }
        Verified verified = new Verified(jwt.getSubject(), jwt.getExpiresAtAsInstant(), serial);
        if (expired(verified)) {
            throw new Refused(EXPIRED);
        }
        return verified;
    }

    /** @return whether the token's {@code exp} has passed or {@link #expireAll()} was called after it was issued */
    boolean expired(Verified token) {
        return token.serial() < expiredBelow || !clock.instant().isBefore(token.expiresAt());
    }

    /** Every token issued so far counts as expired from now on. */
    void expireAll() {
        expiredBelow = nextSerial.get();
    }
}
