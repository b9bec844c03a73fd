package com.example.auth

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import com.nimbusds.jwt.JWTClaimsSet
import io.jsonwebtoken.Claims
import io.jsonwebtoken.Jwts
import java.time.Instant
import java.util.Date
import javax.crypto.SecretKey

private const val SMALL_LEEWAY = 30L

class Tokens(private val algorithm: Algorithm, private val key: SecretKey) {

    // ruleid: auth-jwt-missing-expiration
    fun session(userId: String): String = JWT.create().withSubject(userId).withIssuer("https://auth.example.com").sign(algorithm)

    fun api(userId: String): String = Jwts.builder()
        .subject(userId)
        .issuedAt(Date())
        .signWith(key)
        // ruleid: auth-jwt-missing-expiration
        .compact()

    fun claims(userId: String): JWTClaimsSet = JWTClaimsSet.Builder()
        .subject(userId)
        // ruleid: auth-jwt-missing-expiration
        .build()

    fun verifier() = JWT.require(algorithm)
        // ruleid: auth-jwt-missing-expiration [variant: not-enforced]
        .acceptLeeway(86_400)
        .build()

    fun parse(token: String): Claims = Jwts.parser()
        .verifyWith(key)
        // ruleid: auth-jwt-missing-expiration [variant: not-enforced]
        .clockSkewSeconds(Long.MAX_VALUE)
        .build()
        .parseSignedClaims(token)
        .payload

    // Look-alikes
    fun shortLived(userId: String): String = JWT.create()
        .withSubject(userId)
        .withExpiresAt(Instant.now().plusSeconds(900))
        // ok: auth-jwt-missing-expiration
        .sign(algorithm)

    fun jjwtShortLived(userId: String): String =
        // ok: auth-jwt-missing-expiration
        Jwts.builder().subject(userId).expiration(Date.from(Instant.now().plusSeconds(900))).signWith(key).compact()

    fun nimbusShortLived(userId: String): JWTClaimsSet =
        // ok: auth-jwt-missing-expiration
        JWTClaimsSet.Builder().subject(userId).expirationTime(Date.from(Instant.now().plusSeconds(900))).build()

    fun strictVerifier() = JWT.require(algorithm)
        // ok: auth-jwt-missing-expiration
        .acceptLeeway(SMALL_LEEWAY)
        .build()
}
