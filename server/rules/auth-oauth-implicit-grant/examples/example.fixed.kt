package com.securecomm.samples.oauth

import android.content.Context
import android.content.Intent
import android.net.Uri
import androidx.browser.customtabs.CustomTabsIntent
import net.openid.appauth.AuthorizationRequest
import net.openid.appauth.AuthorizationServiceConfiguration
import net.openid.appauth.ResponseTypeValues
import okhttp3.HttpUrl
import okhttp3.HttpUrl.Companion.toHttpUrl

private const val CLIENT_ID = "shopfront-android"
private const val REDIRECT_URI = "com.shopfront.app:/oauth2redirect"
private const val AUTHORIZE = "https://id.shopfront.io/oauth2/authorize"
private const val IMPLICIT = "code"

// ---- the implicit grant: reported ----

object LegacyLogin {
    // ruleid: auth-oauth-implicit-grant
    const val LOGIN_URL = "https://id.shopfront.io/oauth2/authorize?response_type=code&client_id=shopfront-android"

    fun open(context: Context) {
        CustomTabsIntent.Builder().build().launchUrl(context, Uri.parse(LOGIN_URL))
    }
}

class ImplicitLogin(private val context: Context) {

    fun loginUri(state: String): Uri = Uri.parse(AUTHORIZE).buildUpon()
        .appendQueryParameter("client_id", CLIENT_ID)
        // ruleid: auth-oauth-implicit-grant
        .appendQueryParameter("response_type", "code")
        .appendQueryParameter("redirect_uri", REDIRECT_URI)
        .appendQueryParameter("state", state)
        .build()

    fun loginUriFromConstant(): Uri = Uri.parse(AUTHORIZE).buildUpon()
        // ruleid: auth-oauth-implicit-grant
        .appendQueryParameter("response_type", IMPLICIT)
        .appendQueryParameter("client_id", CLIENT_ID)
        .build()

    fun okHttpUrl(): HttpUrl = AUTHORIZE.toHttpUrl().newBuilder()
        // ruleid: auth-oauth-implicit-grant
        .addQueryParameter("response_type", "id_token token")
        .addQueryParameter("client_id", CLIENT_ID)
        .addQueryParameter("nonce", "n-0S6_WzA2Mj")
        .build()

    fun concatenated(state: String): String {
        val type = "code"
        // ruleid: auth-oauth-implicit-grant
        return AUTHORIZE + "?client_id=" + CLIENT_ID + "&response_type=" + type + "&state=" + state
    }

    private fun templated(type: String, state: String): String =
        // ruleid: auth-oauth-implicit-grant
        "$AUTHORIZE?client_id=$CLIENT_ID&response_type=$type&state=$state"

    fun templatedImplicit(state: String) = templated("token", state)

    fun withParams(state: String): Map<String, String> = mapOf(
        "client_id" to CLIENT_ID,
        // ruleid: auth-oauth-implicit-grant
        "response_type" to "code",
        "state" to state,
    )

    fun appAuthRequest(config: AuthorizationServiceConfiguration): AuthorizationRequest =
        AuthorizationRequest.Builder(
            config,
            CLIENT_ID,
            // ruleid: auth-oauth-implicit-grant
            ResponseTypeValues.CODE,
            Uri.parse(REDIRECT_URI),
        ).build()

    fun appAuthSetter(config: AuthorizationServiceConfiguration): AuthorizationRequest =
        AuthorizationRequest.Builder(config, CLIENT_ID, ResponseTypeValues.CODE, Uri.parse(REDIRECT_URI))
            // ruleid: auth-oauth-implicit-grant
            .setResponseType(ResponseTypeValues.CODE)
            .build()
    fun indexed(state: String): MutableMap<String, String> {
        val params = mutableMapOf("client_id" to CLIENT_ID, "state" to state)
        // ruleid: auth-oauth-implicit-grant
        params["response_type"] = "code"
        return params
    }

    fun formatted(state: String): String =
        // ruleid: auth-oauth-implicit-grant
        String.format("%s?client_id=%s&response_type=%s&state=%s", AUTHORIZE, CLIENT_ID, "token", state)
}

data class OAuthSettings(val clientId: String, val responseType: String, val scope: String)

// ruleid: auth-oauth-implicit-grant
val implicitSettings = OAuthSettings(clientId = CLIENT_ID, responseType = "code", scope = "openid")

// ---- look-alikes: stay silent ----

class CodeLogin {
    fun loginUri(state: String, challenge: String): Uri = Uri.parse(AUTHORIZE).buildUpon()
        .appendQueryParameter("client_id", CLIENT_ID)
        // ok: auth-oauth-implicit-grant
        .appendQueryParameter("response_type", "code")
        .appendQueryParameter("code_challenge", challenge)
        .appendQueryParameter("code_challenge_method", "S256")
        .appendQueryParameter("state", state)
        .build()

    fun appAuthRequest(config: AuthorizationServiceConfiguration): AuthorizationRequest =
        // ok: auth-oauth-implicit-grant
        AuthorizationRequest.Builder(config, CLIENT_ID, ResponseTypeValues.CODE, Uri.parse(REDIRECT_URI)).build()

    // OpenID Connect sign-in that returns only an ID token (no access token in the URL)
    fun idTokenOnly(nonce: String): Map<String, String> = mapOf(
        // ok: auth-oauth-implicit-grant
        "response_type" to "id_token",
        "response_mode" to "form_post",
        "nonce" to nonce,
    )

    // Hybrid flow that returns a code (exchanged with PKCE) and an ID token
    // ok: auth-oauth-implicit-grant
    val hybrid = "$AUTHORIZE?response_type=code%20id_token&client_id=$CLIENT_ID"

    fun refresh(refreshToken: String): Map<String, String> = mapOf(
        // ok: auth-oauth-implicit-grant
        "grant_type" to "refresh_token",
        "refresh_token" to refreshToken,
    )

    fun revoke(token: String): HttpUrl = "https://id.shopfront.io/oauth2/revoke".toHttpUrl().newBuilder()
        // ok: auth-oauth-implicit-grant
        .addQueryParameter("token", token)
        // ok: auth-oauth-implicit-grant
        .addQueryParameter("token_type_hint", "token")
        .build()

    fun isLegacyCallback(intent: Intent): Boolean {
        val data = intent.dataString ?: return false
        // ok: auth-oauth-implicit-grant
        return data.contains("response_type=token")
    }

    fun responseTypeOf(uri: Uri): Boolean =
        // ok: auth-oauth-implicit-grant
        uri.getQueryParameter("response_type") == "token"
}
