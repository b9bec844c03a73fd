package com.example.auth

import com.auth0.jwt.JWT
import com.auth0.jwt.JWTVerifier
import com.auth0.jwt.algorithms.Algorithm
import io.jsonwebtoken.Claims
import io.jsonwebtoken.JwtParser
import io.jsonwebtoken.Jwts
import java.security.PublicKey

class Verifiers(private val algorithm: Algorithm, private val publicKey: PublicKey) {

    // ruleid: auth-jwt-missing-audience
    fun verifier(): JWTVerifier = JWT.require(algorithm).acceptLeeway(30).build()

    fun parser(): JwtParser = Jwts.parser()
        .verifyWith(publicKey)
        // ruleid: auth-jwt-missing-audience
        .build()

    // ruleid: auth-jwt-missing-audience
    fun legacy(token: String): Claims = Jwts.parser().setSigningKey(publicKey).parseClaimsJws(token).body

    fun legacyBuilder(): JwtParser = Jwts.parserBuilder()
        .setSigningKey(publicKey)
        // ruleid: auth-jwt-missing-audience
        .build()

    // Look-alikes
    fun strict(): JWTVerifier = JWT.require(algorithm)
        .withIssuer("https://auth.example.com/")
        // ok: auth-jwt-missing-audience
        .build()

    // ok: auth-jwt-missing-audience
    fun strictParser(): JwtParser = Jwts.parser().verifyWith(publicKey).requireAudience("orders-api").build()

    // JWE content decryption, no identity token
    // ok: auth-jwt-missing-audience
    fun decryptor(aes: javax.crypto.SecretKey): JwtParser = Jwts.parser().decryptWith(aes).build()

    // ok: auth-jwt-missing-audience
    fun withParser(configured: JwtParser, token: String): Claims = configured.parseSignedClaims(token).payload
}
