package com.example.shop.auth

import android.net.Uri
import java.security.SecureRandom
import java.util.Base64
import java.util.UUID
import kotlin.random.Random
import kotlin.random.asKotlinRandom

private const val CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

class LocalSessions {
    private val random = java.util.Random()
    private val secureRandom = SecureRandom()

    fun newSession(userId: String): String {
        // ruleid: auth-insecure-random-token
        val sessionToken = java.lang.Long.toHexString(random.nextLong())
        sessions[sessionToken] = userId
        return sessionToken
    }

    // an analytics session id the app numbers itself is not a credential (wikimedia-style helper)
    fun generateSessionId(): String {
        // ok: auth-insecure-random-token
        return String.format("%08x", random.nextInt()) + String.format("%08x", random.nextInt())
    }

    // ruleid: auth-insecure-random-token
    fun generateOtp(): String = String.format("%06d", Random.nextInt(1_000_000))

    fun generateToken(length: Int = 32): String {
        val sb = StringBuilder()
        repeat(length) { sb.append(CHARS[random.nextInt(CHARS.length)]) }
        // ruleid: auth-insecure-random-token
        return sb.toString()
    }

    fun authorizeUrl(base: Uri): Uri {
        // ruleid: auth-insecure-random-token
        val nonce = (1..16).map { CHARS.random() }.joinToString("")
        return base.buildUpon()
            .appendQueryParameter("response_type", "code")
            // ruleid: auth-insecure-random-token
            .appendQueryParameter("state", java.util.Random(System.currentTimeMillis()).nextInt().toString())
            .appendQueryParameter("nonce", nonce)
            .build()
    }

    fun resetPin(): Int {
        val seeded = java.util.Random(System.currentTimeMillis())
        // ruleid: auth-insecure-random-token
        val pin = 1000 + seeded.nextInt(9000)
        return pin
    }

    fun secureValues(): List<String> {
        val bytes = ByteArray(32)
        secureRandom.nextBytes(bytes)
        // ok: auth-insecure-random-token
        val refreshToken = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)
        // ok: auth-insecure-random-token
        val sessionId = UUID.randomUUID().toString()
        // ok: auth-insecure-random-token
        val otp = String.format("%06d", secureRandom.nextInt(1_000_000))
        // ok: auth-insecure-random-token
        val state = (1..16).map { CHARS.random(secureRandom.asKotlinRandom()) }.joinToString("")
        return listOf(refreshToken, sessionId, otp, state)
    }

    fun timings(): Long {
        // ok: auth-insecure-random-token
        val retryJitterMs = Random.nextLong(250, 1_000)
        // ok: auth-insecure-random-token
        val animationOffset = random.nextFloat() * 12f
        // ok: auth-insecure-random-token
        val tokenExpiry = System.currentTimeMillis() + 3_600_000
        return retryJitterMs + animationOffset.toLong() + tokenExpiry
    }

    fun weakBytes(): String {
        val raw = ByteArray(16)
        random.nextBytes(raw)
        // ruleid: auth-insecure-random-token
        val csrfToken = raw.joinToString("") { "%02x".format(it) }
        return csrfToken
    }

    private val sessions = mutableMapOf<String, String>()

    // Authenticator app: the clock is the moving factor of TOTP; the secret is the entry's key
    fun currentCode(entrySecret: ByteArray): String {
        // ok: auth-insecure-random-token
        val otpToken = computeTotpCode(entrySecret, 30, System.currentTimeMillis() / 1000)
        return otpToken.padStart(6, '0')
    }

    private fun computeTotpCode(key: ByteArray, step: Int, epochSeconds: Long): String =
        (key.sumOf { it.toInt() } + epochSeconds / step).rem(1_000_000).toString()
}
