package com.example.auth

import android.content.SharedPreferences
import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import com.nimbusds.jose.crypto.MACSigner
import io.jsonwebtoken.Jwts
import io.jsonwebtoken.io.Decoders
import io.jsonwebtoken.security.Keys
import java.security.KeyStore
import javax.crypto.Mac
import javax.crypto.SecretKey
import javax.crypto.spec.SecretKeySpec

object JwtKeys {
    const val SHARED_SECRET = "k3y-sh4red-with-the-backend"
    val LEGACY = byteArrayOf(0x13, 0x37, 0x42, 0x55, 0x01, 0x02, 0x03, 0x04)
}

class JwtFactory(
    private val keyStore: KeyStore,
    private val prefs: SharedPreferences,
    private val serverKey: SecretKey,
) {
    fun guestToken(user: String): String =
        // ruleid: auth-jwt-hardcoded-secret
        JWT.create().withSubject(user).sign(Algorithm.HMAC256("my-super-secret"))

    // ruleid: auth-jwt-hardcoded-secret
    private val hmac = Algorithm.HMAC512(JwtKeys.SHARED_SECRET.toByteArray())

    fun verify(token: String) = JWT.require(hmac).build().verify(token)

    // ruleid: auth-jwt-hardcoded-secret
    private val jjwtKey = Keys.hmacShaKeyFor(Decoders.BASE64.decode("c2VjcmV0LWtleS1mb3ItdGhlLWRlbW8tYXBwLTMyYnl0ZXM="))

    fun signed(user: String): String = Jwts.builder()
        .setSubject(user)
        .signWith(jjwtKey)
        .compact()

    fun legacy(user: String): String = Jwts.builder()
        .setSubject(user)
        // ruleid: auth-jwt-hardcoded-secret
        .signWith(SecretKeySpec(JwtKeys.LEGACY, "HmacSHA256"))
        .compact()

    fun nimbus(): MACSigner {
        val secret = JwtKeys.SHARED_SECRET.encodeToByteArray()
        // ruleid: auth-jwt-hardcoded-secret
        return MACSigner(secret)
    }

    fun fromEnvironment(): Algorithm {
        val secret = System.getenv("JWT_SECRET") ?: "dev-only-secret"
        // ruleid: auth-jwt-hardcoded-secret [variant: fallback]
        return Algorithm.HMAC256(secret)
    }

    // Keys from the Android Keystore, preferences written at login, or the server
    fun fromKeystore(): Algorithm {
        val entry = keyStore.getEntry("jwt-hmac", null) as KeyStore.SecretKeyEntry
        // ok: auth-jwt-hardcoded-secret
        return Algorithm.HMAC256(entry.secretKey.encoded)
    }

    fun fromPreferences(): Algorithm? {
        val stored = prefs.getString("jwt_key", null) ?: return null
        // ok: auth-jwt-hardcoded-secret
        return Algorithm.HMAC256(stored)
    }

    // ok: auth-jwt-hardcoded-secret
    fun serverSigned(user: String): String = Jwts.builder().setSubject(user).signWith(serverKey).compact()
}

// An HMAC over a UDP ping packet (ProtonVPN-style) or a key derivation label: it signs no token
object ServerPing {
    private const val PING_KEY = "ping-packet-key-2024"

    fun sign(packet: ByteArray): ByteArray {
        // ok: auth-jwt-hardcoded-secret
        val key = SecretKeySpec(PING_KEY.toByteArray(), "HmacSHA256")
        return Mac.getInstance("HmacSHA256").apply { init(key) }.doFinal(packet)
    }
}
