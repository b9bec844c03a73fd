package com.example.auth

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import com.nimbusds.jose.JWSHeader
import com.nimbusds.jwt.JWTClaimsSet
import com.nimbusds.jwt.PlainJWT
import io.jsonwebtoken.Claims
import io.jsonwebtoken.Jwts
import io.jsonwebtoken.SignatureAlgorithm
import java.security.Key
import javax.crypto.SecretKey

private const val UNSIGNED_ALG = "none"
private const val NO_COMPRESSION = "none"

class TokenIssuer(private val signingKey: SecretKey, private val hmac: Algorithm) {

    // auth0 java-jwt
    fun guestToken(user: String): String =
        // ruleid: auth-jwt-none-algorithm
        JWT.create().withSubject(user).sign(Algorithm.none())

    fun verifier() = JWT.require(
        // ruleid: auth-jwt-none-algorithm
        Algorithm.none()
    ).build()

    // ok: auth-jwt-none-algorithm
    fun strictVerifier() = JWT.require(hmac).withIssuer("https://auth.example.com").build()

    // jjwt
    fun readUnsigned(token: String): Claims =
        // ruleid: auth-jwt-none-algorithm
        Jwts.parser().setSigningKey(signingKey).parseClaimsJwt(token).body

    fun readAny(token: String): Any {
        val parser = Jwts.parserBuilder().setSigningKey(signingKey).build()
        // ruleid: auth-jwt-none-algorithm
        return parser.parse(token).body
    }

    fun readUnsecured(token: String): Claims =
        Jwts.parser()
            // ruleid: auth-jwt-none-algorithm
            .unsecured()
            .build()
            .parseUnsecuredClaims(token)
            .payload

    fun readSigned(token: String): Claims =
        // ok: auth-jwt-none-algorithm
        Jwts.parser().verifyWith(signingKey).build().parseSignedClaims(token).payload

    fun readSignedLegacy(token: String): Claims =
        // ok: auth-jwt-none-algorithm
        Jwts.parserBuilder().setSigningKey(signingKey).build().parseClaimsJws(token).body

    fun unsignedToken(user: String): String = Jwts.builder()
        .setSubject(user)
        // ruleid: auth-jwt-none-algorithm
        .compact()

    fun signedToken(user: String): String = Jwts.builder()
        .setSubject(user)
        .signWith(signingKey)
        // ok: auth-jwt-none-algorithm
        .compact()

    fun headerToken(user: String): String = Jwts.builder()
        // ruleid: auth-jwt-none-algorithm
        .setHeader(mapOf("alg" to UNSIGNED_ALG, "typ" to "JWT"))
        .setSubject(user)
        .signWith(signingKey)
        .compact()

    // Nimbus
    fun plain(claims: JWTClaimsSet): String =
        // ruleid: auth-jwt-none-algorithm
        PlainJWT(claims).serialize()

    fun readPlain(token: String): JWTClaimsSet =
        // ruleid: auth-jwt-none-algorithm
        PlainJWT.parse(token).jwtClaimsSet

    fun header(): JWSHeader {
        val alg = com.nimbusds.jose.Algorithm.NONE
        // ruleid: auth-jwt-none-algorithm
        return JWSHeader.Builder(alg).build()
    }

    // Look-alikes
    fun rejectUnsigned(alg: String) {
        // ok: auth-jwt-none-algorithm
        require(alg != SignatureAlgorithm.NONE.value) { "unsigned token" }
        // ok: auth-jwt-none-algorithm
        if (alg.equals("none", ignoreCase = true)) throw SecurityException("unsigned token")
    }

    // ok: auth-jwt-none-algorithm
    fun settings(): Map<String, String> = mapOf("compression" to NO_COMPRESSION)
}
