package com.example.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import java.security.PublicKey;

public class Verifiers {
    private final Algorithm algorithm;
    private final PublicKey publicKey;

    public Verifiers(Algorithm algorithm, PublicKey publicKey) {
        this.algorithm = algorithm;
        this.publicKey = publicKey;
    }

    public JWTVerifier verifier() {
        return JWT.require(algorithm)
                .acceptLeeway(30)
                // ruleid: auth-jwt-missing-audience
                .build();
    }

    public JwtParser parser() {
        // ruleid: auth-jwt-missing-audience
        return Jwts.parser().verifyWith(publicKey).build();
    }

    public Claims legacy(String token) {
        // ruleid: auth-jwt-missing-audience
        return Jwts.parser().setSigningKey(publicKey).parseClaimsJws(token).getBody();
    }

    public JwtParser legacyBuilder() {
        return Jwts.parserBuilder()
                .setSigningKey(publicKey)
                // ruleid: auth-jwt-missing-audience
                .build();
    }

    // Look-alikes: audience or issuer required
    public JWTVerifier strict() {
        return JWT.require(algorithm)
                .withIssuer("https://auth.example.com/")
                .withAudience("orders-api")
                // ok: auth-jwt-missing-audience
                .build();
    }

    public JwtParser strictParser() {
        // ok: auth-jwt-missing-audience
        return Jwts.parser().verifyWith(publicKey).requireAudience("orders-api").build();
    }

    public Claims strictLegacy(String token) {
        // ok: auth-jwt-missing-audience
        return Jwts.parser().requireIssuer("https://auth.example.com/").setSigningKey(publicKey).parseClaimsJws(token).getBody();
    }

    public JWTVerifier ownSessions(String sessionSecret) {
        // ok: auth-jwt-missing-audience
        return JWT.require(Algorithm.HMAC256(sessionSecret)).build();
    }

    public Claims withParser(JwtParser configured, String token) {
        // ok: auth-jwt-missing-audience
        return configured.parseSignedClaims(token).getPayload();
    }
}
