package com.securecomm.samples.oauth

import android.net.Uri
import android.util.Log
import com.squareup.moshi.Json
import net.openid.appauth.ClientSecretBasic
import net.openid.appauth.ClientSecretPost
import okhttp3.FormBody
import okhttp3.Request
import java.util.UUID

// ---- client secrets written into the app: reported ----

class GitHubLogin {
    companion object {
        const val CLIENT_ID = "c318b3ca6bb70166e877"
        const val CLIENT_SECRET = "0346b65fd23746ec557b1a02c81723664c67b13c"
    }

    fun tokenRequest(code: String): Request {
        val body = FormBody.Builder()
            .add("client_id", CLIENT_ID)
            // ruleid: auth-oauth-client-secret-in-app
            .add("client_secret", CLIENT_SECRET)
            .add("code", code)
            .build()
        return Request.Builder().url("https://github.com/login/oauth/access_token").post(body).build()
    }
}

object AppAuthClients {
    // ruleid: auth-oauth-client-secret-in-app
    val basic = ClientSecretBasic("9a8B7c6D5e4F3a2B1c0D")

    private val postSecret = "GOCSPX-4kq1Zr8yPq7wXn2Lm5Vb"

    // ruleid: auth-oauth-client-secret-in-app
    fun post() = ClientSecretPost(postSecret)
}

class HandBuiltTokenUrl {
    // ruleid: auth-oauth-client-secret-in-app
    private val tokenUrl = "https://id.shopfront.io/oauth2/token?grant_type=client_credentials&client_secret=s3cR3tV4lue99"

    fun uri(): Uri = Uri.parse(tokenUrl)
}

class TemplatedBody {
    companion object {
        private const val ID = "shopfront"
        private const val SECRET = "Zq7Wn3Rt8Yp2Lk5M"
    }

    // ruleid: auth-oauth-client-secret-in-app
    fun body(code: String) = "client_id=$ID&client_secret=$SECRET&code=$code"
}

data class OAuthConfig(val clientId: String, val clientSecret: String?, val redirectUri: String)

// ruleid: auth-oauth-client-secret-in-app
val dropboxConfig = OAuthConfig(clientId = "shopfront", clientSecret = "q8Xv2Lr9Tn4Wm7Yb", redirectUri = "shopfront://oauth")

class MapBody(private val clientId: String) {
    fun form(code: String): Map<String, String> = mapOf(
        "client_id" to clientId,
        // ruleid: auth-oauth-client-secret-in-app
        "client_secret" to "7f3e9a1c5b2d8e4f",
        "code" to code,
    )
}

// kept for another file of the app: still inside the package
// ruleid: auth-oauth-client-secret-in-app
internal const val OAUTH_CLIENT_SECRET = "b1946ac92492d2347c6235b4d2611184"

// ---- look-alikes: stay silent ----

class RuntimeSecrets(private val secretStore: SecretStore) {
    // ok: auth-oauth-client-secret-in-app
    val fromBackend = ClientSecretBasic(secretStore.read("oauth"))

    fun form(code: String): Map<String, String> = mapOf(
        // ok: auth-oauth-client-secret-in-app
        "client_secret" to secretStore.read("oauth"),
        "code" to code,
    )
}

interface SecretStore {
    fun read(key: String): String
}

// ok: auth-oauth-client-secret-in-app
val publicClient = OAuthConfig(clientId = "shopfront", clientSecret = null, redirectUri = "shopfront://oauth")

// ok: auth-oauth-client-secret-in-app
val template = OAuthConfig(clientId = "shopfront", clientSecret = "YOUR_CLIENT_SECRET", redirectUri = "shopfront://oauth")

data class AppCredentials(
    @Json(name = "client_id") val clientId: String,
    // ok: auth-oauth-client-secret-in-app
    @Json(name = "client_secret") val clientSecret: String,
)

class ThreePidRequest {
    // a per-request nonce that the Matrix identity API calls client_secret
    // ok: auth-oauth-client-secret-in-app
    val clientSecret = UUID.randomUUID().toString()
}

object AuthMethods {
    // ok: auth-oauth-client-secret-in-app
    const val CLIENT_SECRET_POST = "client_secret_post"

    fun missing() {
        // ok: auth-oauth-client-secret-in-app
        Log.w("OAuth", "client_secret missing from the configuration")
    }
}
