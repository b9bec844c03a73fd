package com.example.shop.auth

import android.util.Log
import net.openid.appauth.AuthorizationResponse
import net.openid.appauth.TokenResponse
import org.slf4j.LoggerFactory
import timber.log.Timber

private const val TAG = "AuthRepository"

data class Session(val userId: String, val sessionId: String, val accessToken: String, val refreshToken: String)

class AuthRepository(private val api: AuthApi) {
    private val logger = LoggerFactory.getLogger(AuthRepository::class.java)
    private var currentSession: Session? = null

    fun onAuthorized(response: AuthorizationResponse) {
        val code = response.authorizationCode
        // ruleid: auth-token-in-logs
        Log.d(TAG, "authorization code: $code")
        // ok: auth-token-in-logs
        Log.d(TAG, "authorization succeeded, state matches: ${response.state != null}")
    }

    fun onTokens(tokens: TokenResponse) {
        // ruleid: auth-token-in-logs
        Timber.i("access token %s", tokens.accessToken)
        // ruleid: auth-token-in-logs
        Timber.tag(TAG).d("refresh token: " + tokens.refreshToken)
        // ok: auth-token-in-logs
        Timber.d("token expires at %d", tokens.accessTokenExpirationTime)
        // ok: auth-token-in-logs
        Timber.d("received tokens of type %s", tokens.tokenType)
    }

    fun login(user: String, password: String) {
        // ruleid: auth-token-in-logs
        println("login $user / $password")
        // ok: auth-token-in-logs
        Log.i(TAG, "login for $user, password length ${password.length}")
        val session = api.login(user, password)
        currentSession = session
        // ruleid: auth-token-in-logs
        logger.debug("session started, token {}", session.accessToken)
        // ok: auth-token-in-logs
        logger.debug("session {} started", session.sessionId)
        // ok: auth-token-in-logs
        logger.info("session started for {}", session.userId)
    }

    fun debugHeaders(bearer: String) {
        val header = "Bearer $bearer"
        // ruleid: auth-token-in-logs
        Log.v(TAG, "Authorization: $header")
        // ok: auth-token-in-logs
        Log.v(TAG, "Authorization: Bearer ${bearer.take(4)}…")
        // ok: auth-token-in-logs
        Log.v(TAG, "Authorization: ${redact(bearer)}")
    }

    fun onOtp(otp: String) {
        if (BuildConfig.DEBUG) {
            // ok: auth-token-in-logs
            Log.d(TAG, "otp: $otp")
        }
        // ruleid: auth-token-in-logs
        Log.w(TAG, String.format("otp %s was rejected", otp))
        // ok: auth-token-in-logs
        Log.w(TAG, "otp was rejected: ${otp.isEmpty()}")
    }

    fun onPushToken(fcmToken: String, hasToken: Boolean) {
        // ok: auth-token-in-logs
        Log.d(TAG, "new FCM registration token: $fcmToken")
        // ok: auth-token-in-logs
        Log.d(TAG, "has token: $hasToken")
    }

    private fun redact(value: String): String = "***"

    // the local keeps the secret's name, but a helper named as a mask made it
    fun onRefreshed(newToken: String) {
        val loggedToken = redact(newToken)
        // ok: auth-token-in-logs
        Log.d(TAG, "new token $loggedToken")
    }

    // HMS / FCM push registration callback (session-android-style): the token is a push address
    fun onNewToken(token: String?) {
        // ok: auth-token-in-logs
        Log.d(TAG, "New HCM token: $token.")
    }
}
