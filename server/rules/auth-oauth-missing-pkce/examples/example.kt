package com.securecomm.samples.oauth

import android.net.Uri
import net.openid.appauth.AuthorizationRequest
import net.openid.appauth.AuthorizationServiceConfiguration
import net.openid.appauth.CodeVerifierUtil
import net.openid.appauth.ResponseTypeValues
import okhttp3.HttpUrl
import okhttp3.HttpUrl.Companion.toHttpUrlOrNull

// ---- authorization code requests without PKCE: reported ----

class MastodonLogin(private val domain: String, private val clientId: String) {
    private val redirectUri = "com.shopfront.app://oauth"

    fun authorizeUri(): Uri = Uri.Builder()
        .scheme("https")
        .authority(domain)
        .path("/oauth/authorize")
        .appendQueryParameter("client_id", clientId)
        .appendQueryParameter("redirect_uri", redirectUri)
        // ruleid: auth-oauth-missing-pkce
        .appendQueryParameter("response_type", "code")
        .appendQueryParameter("scope", "read write push")
        .build()
}

object HomeServerAuth {
    private const val CLIENT_ID = "https://home.shopfront.io/android"

    fun buildAuthenticationUrl(url: String): String = url.toHttpUrlOrNull()!!
        .newBuilder()
        .addPathSegments("auth/authorize")
        // ruleid: auth-oauth-missing-pkce
        .addEncodedQueryParameter("response_type", "code")
        .addEncodedQueryParameter("client_id", CLIENT_ID)
        .build()
        .toString()
}

class TemplatedLogin(private val clientId: String) {
    companion object {
        const val AUTHORIZE = "https://id.shopfront.io/oauth2/authorize"
        const val RESPONSE_TYPE = "code"
    }

    // ruleid: auth-oauth-missing-pkce
    fun url(state: String) = "$AUTHORIZE?response_type=code&client_id=$clientId&state=$state"

    fun params(state: String): Map<String, String> = mapOf(
        "client_id" to clientId,
        // ruleid: auth-oauth-missing-pkce
        "response_type" to RESPONSE_TYPE,
        "state" to state,
    )
}

class AppAuthWithoutPkce(private val config: AuthorizationServiceConfiguration) {
    fun request(clientId: String, redirect: Uri): AuthorizationRequest =
        AuthorizationRequest.Builder(config, clientId, ResponseTypeValues.CODE, redirect)
            // ruleid: auth-oauth-missing-pkce [variant: disabled]
            .setCodeVerifier(null)
            .build()

    fun plainRequest(clientId: String, redirect: Uri): AuthorizationRequest {
        val verifier = CodeVerifierUtil.generateRandomCodeVerifier()
        return AuthorizationRequest.Builder(config, clientId, ResponseTypeValues.CODE, redirect)
            // ruleid: auth-oauth-missing-pkce [variant: plain]
            .setCodeVerifier(verifier, verifier, "plain")
            .build()
    }
}

class PlainChallenge(private val verifier: String) {
    fun uri(base: Uri): Uri = base.buildUpon()
        .appendQueryParameter("response_type", "code")
        .appendQueryParameter("code_challenge", verifier)
        // ruleid: auth-oauth-missing-pkce [variant: plain]
        .appendQueryParameter("code_challenge_method", "plain")
        .build()
}

// ---- look-alikes: stay silent ----

class PkceLogin(private val clientId: String) {
    fun authorizeUri(base: Uri, challenge: String): Uri = base.buildUpon()
        .appendQueryParameter("client_id", clientId)
        // ok: auth-oauth-missing-pkce
        .appendQueryParameter("response_type", "code")
        .appendQueryParameter("code_challenge", challenge)
        .appendQueryParameter("code_challenge_method", "S256")
        .build()
}

class SplitPkceLogin(private val clientId: String, private val pkce: Pkce) {
    // ok: auth-oauth-missing-pkce
    private fun base(url: HttpUrl): HttpUrl.Builder = url.newBuilder().addQueryParameter("response_type", "code")

    fun authorizeUrl(url: HttpUrl): HttpUrl = base(url)
        .addQueryParameter("client_id", clientId)
        .also { pkce.addTo(it) }
        .build()
}

class Pkce(val verifier: String, val challenge: String) {
    fun addTo(builder: HttpUrl.Builder) {
        builder.addQueryParameter("code_challenge", challenge).addQueryParameter("code_challenge_method", "S256")
    }
}

class AppAuthDefaults(private val config: AuthorizationServiceConfiguration) {
    // AppAuth adds an S256 code_challenge unless told otherwise
    fun request(clientId: String, redirect: Uri): AuthorizationRequest =
        // ok: auth-oauth-missing-pkce
        AuthorizationRequest.Builder(config, clientId, ResponseTypeValues.CODE, redirect).setScope("openid").build()

    fun explicitVerifier(clientId: String, redirect: Uri): AuthorizationRequest =
        AuthorizationRequest.Builder(config, clientId, ResponseTypeValues.CODE, redirect)
            // ok: auth-oauth-missing-pkce
            .setCodeVerifier(CodeVerifierUtil.generateRandomCodeVerifier())
            .build()
}

class TokenExchange(private val clientId: String) {
    // the token request that redeems the code is not an authorization request
    fun form(code: String, verifier: String): Map<String, String> = mapOf(
        // ok: auth-oauth-missing-pkce
        "grant_type" to "authorization_code",
        "code" to code,
        "code_verifier" to verifier,
        "client_id" to clientId,
    )
}

class WebCallbackLogin(private val clientId: String) {
    // the code goes to the backend's https callback, which redeems it with its own client secret
    fun authorizeUri(base: Uri): Uri = base.buildUpon()
        .appendQueryParameter("client_id", clientId)
        .appendQueryParameter("redirect_uri", "https://api.shopfront.io/oauth/callback")
        // ok: auth-oauth-missing-pkce
        .appendQueryParameter("response_type", "code")
        .build()
}
