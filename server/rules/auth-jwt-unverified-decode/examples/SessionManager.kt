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

    // The app only asks for a new token when the stored one belongs to another account; the
    // server checks every token it gets
    fun mustSwitchAccount(accessToken: String, accountId: String): Boolean {
        val jwt = JWT(accessToken)
        // ok: auth-jwt-unverified-decode
        if (jwt.getClaim("uid").asString() != accountId) {
            return true
        }
        return false
    }

    // Desktop licence check: an ES256 signature split off the token by hand is turned into DER
    // before it is verified; its bytes are no claims
    fun signatureDer(licenceToken: String): ByteArray {
        val raw = Base64.decode(licenceToken.split(".")[2], Base64.URL_SAFE)
        val r = raw.copyOfRange(0, 32)
        val s = raw.copyOfRange(32, 64)
        // ok: auth-jwt-unverified-decode
        val rLen = if (r[0].toInt() and 0x80 != 0) r.size + 1 else r.size
        // ok: auth-jwt-unverified-decode
        val sLen = if (s[0].toInt() and 0x80 != 0) s.size + 1 else s.size
        return byteArrayOf(0x30, (rLen + sLen + 4).toByte()) + r + s
    }

    // ktor server: the caller's account is taken from a token nobody verified
    suspend fun currentAccount(call: ApplicationCall): String? {
        val token = call.request.headers["Authorization"]?.removePrefix("Bearer ") ?: return null
        val jwt = com.auth0.jwt.JWT.decode(token)
        // ruleid: auth-jwt-unverified-decode
        return if (jwt.getClaim("account").asString() != null) jwt.getClaim("account").asString() else null
    }
}
