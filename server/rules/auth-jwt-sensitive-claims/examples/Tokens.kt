package com.example.auth

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import io.jsonwebtoken.Jwts
import java.time.Instant
import java.util.Date
import javax.crypto.SecretKey

data class Account(val id: String, val role: String, val email: String, val pin: String, val ssn: String)

class Tokens(private val algorithm: Algorithm, private val key: SecretKey) {

    fun session(account: Account): String = JWT.create()
        .withSubject(account.id)
        // ruleid: auth-jwt-sensitive-claims
        .withClaim("pin", account.pin)
        .withExpiresAt(Instant.now().plusSeconds(900))
        .sign(algorithm)

    fun payload(account: Account): String {
        val claims = mapOf("sub" to account.id, "ssn" to account.ssn)
        // ruleid: auth-jwt-sensitive-claims
        return JWT.create().withPayload(claims).withExpiresAt(Instant.now().plusSeconds(900)).sign(algorithm)
    }

    fun jjwt(account: Account): String = Jwts.builder()
        .subject(account.id)
        // ruleid: auth-jwt-sensitive-claims [variant: personal]
        .claim("email", account.email)
        .expiration(Date.from(Instant.now().plusSeconds(900)))
        .signWith(key)
        .compact()

    fun withMap(account: Account): String {
        val payload = HashMap<String, Any>()
        // ruleid: auth-jwt-sensitive-claims [variant: personal]
        payload["phone"] = "+81-3-0000-0000"
        payload["sub"] = account.id
        return JWT.create().withPayload(payload).withExpiresAt(Instant.now().plusSeconds(900)).sign(algorithm)
    }

    // Look-alikes
    fun minimal(account: Account): String = JWT.create()
        .withSubject(account.id)
        // ok: auth-jwt-sensitive-claims
        .withClaim("role", account.role)
        // ok: auth-jwt-sensitive-claims
        .withClaim("has_pin", true)
        .withExpiresAt(Instant.now().plusSeconds(900))
        .sign(algorithm)

    fun encrypted(account: Account, aes: SecretKey): String = Jwts.builder()
        .subject(account.id)
        // ok: auth-jwt-sensitive-claims
        .claim("email", account.email)
        .encryptWith(aes, Jwts.KEY.DIRECT, Jwts.ENC.A256GCM)
        .compact()

    // ok: auth-jwt-sensitive-claims
    fun profile(account: Account): Map<String, String> = mapOf("email" to account.email, "role" to account.role)
}
