package com.example.auth

import android.util.Base64
import com.auth0.android.jwt.JWT
import com.auth0.jwt.JWTVerifier
import org.json.JSONObject

class SessionManager(private val verifier: JWTVerifier) {

    // JWTDecode.Android: the claims are read, the signature is not checked
    fun isAdmin(accessToken: String): Boolean {
        val jwt = JWT(accessToken)
        // ruleid: auth-jwt-unverified-decode
        return if (jwt.getClaim("role").asString() == "admin") true else false
    }

    fun homeScreen(accessToken: String): String {
        val roles = JWT(accessToken).getClaim("roles").asList(String::class.java)
        return when {
            // ruleid: auth-jwt-unverified-decode
            "staff" in roles -> "staff"
            else -> "home"
        }
    }

    fun tier(accessToken: String): Int {
        val claims = com.auth0.jwt.JWT.decode(accessToken).claims
        // ruleid: auth-jwt-unverified-decode
        return when (claims["tier"]?.asString()) {
            "gold" -> 3
            else -> 1
        }
    }

    fun unlocked(accessToken: String): Boolean {
        val payload = String(Base64.decode(accessToken.split(".")[1], Base64.URL_SAFE))
        val claims = JSONObject(payload)
        // ruleid: auth-jwt-unverified-decode
        if (claims.optBoolean("premium")) {
            return true
        }
        return false
    }

    // Look-alikes
    fun needsRefresh(accessToken: String): Boolean {
        val jwt = JWT(accessToken)
        // ok: auth-jwt-unverified-decode
        if (jwt.isExpired(60)) return true
        val expiresAt = jwt.expiresAt ?: return true
        // ok: auth-jwt-unverified-decode
        return if (expiresAt.time - System.currentTimeMillis() < 60_000) true else false
    }

    fun displayName(accessToken: String): String {
        val jwt = JWT(accessToken)
        return jwt.getClaim("name").asString() ?: jwt.subject ?: ""
    }

    fun parsed(accessToken: String): Boolean {
        val jwt = runCatching { JWT(accessToken) }.getOrNull()
        // ok: auth-jwt-unverified-decode
        if (jwt == null) return false
        return true
    }

    fun isAdminVerified(accessToken: String): Boolean {
        val jwt = verifier.verify(accessToken)
        // ok: auth-jwt-unverified-decode
        return if (jwt.getClaim("role").asString() == "admin") true else false
    }
}
