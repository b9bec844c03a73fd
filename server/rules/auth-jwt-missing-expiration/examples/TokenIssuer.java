package com.example.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import java.security.Key;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

public class TokenIssuer {
    private static final long ONE_DAY = 86_400L;
    private final Algorithm algorithm;
    private final Key key;

    public TokenIssuer(Algorithm algorithm, Key key) {
        this.algorithm = algorithm;
        this.key = key;
    }

    // auth0 java-jwt: no withExpiresAt
    public String sessionToken(String userId, String role) {
        return JWT.create()
                .withSubject(userId)
                .withClaim("role", role)
                // ruleid: auth-jwt-missing-expiration
                .sign(algorithm);
    }

    // jjwt: no setExpiration / expiration
    public String apiToken(String userId) {
        // ruleid: auth-jwt-missing-expiration
        return Jwts.builder().setSubject(userId).setIssuedAt(new Date()).signWith(key).compact();
    }

    // Nimbus: no expirationTime
    public JWTClaimsSet claims(String userId) {
        return new JWTClaimsSet.Builder()
                .subject(userId)
                .issuer("https://auth.example.com")
                // ruleid: auth-jwt-missing-expiration
                .build();
    }

    // Verification with a day of leeway
    public JWTVerifier verifier() {
        return JWT.require(algorithm)
                .withIssuer("https://auth.example.com")
                // ruleid: auth-jwt-missing-expiration [variant: not-enforced]
                .acceptExpiresAt(ONE_DAY)
                .build();
    }

    public Claims parse(String token) {
        return Jwts.parserBuilder()
                .setSigningKey(key)
                // ruleid: auth-jwt-missing-expiration [variant: not-enforced]
                .setAllowedClockSkewSeconds(Long.MAX_VALUE)
                .build()
                .parseClaimsJws(token)
                .getBody();
    }

    // Look-alikes: an expiry is set, or the payload comes from elsewhere
    public String shortLived(String userId) {
        return JWT.create()
                .withSubject(userId)
                .withExpiresAt(Instant.now().plusSeconds(900))
                // ok: auth-jwt-missing-expiration
                .sign(algorithm);
    }

    public String fromMap(Map<String, Object> payload) {
        // ok: auth-jwt-missing-expiration
        return JWT.create().withPayload(payload).sign(algorithm);
    }

    public String jjwtShortLived(String userId) {
        // ok: auth-jwt-missing-expiration
        return Jwts.builder().subject(userId).expiration(Date.from(Instant.now().plusSeconds(900))).signWith(key).compact();
    }

    public JWTClaimsSet claimsWithExpiry(String userId) {
        // ok: auth-jwt-missing-expiration
        return new JWTClaimsSet.Builder().subject(userId).expirationTime(Date.from(Instant.now().plusSeconds(900))).build();
    }

    public JwtConsumer consumer() {
        return new JwtConsumerBuilder()
                .setRequireExpirationTime()
                // ok: auth-jwt-missing-expiration
                .setAllowedClockSkewInSeconds(30)
                .build();
    }
}
