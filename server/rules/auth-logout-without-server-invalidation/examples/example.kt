package com.example.shop.auth

import android.content.SharedPreferences
import androidx.core.content.edit
import androidx.lifecycle.ViewModel
import androidx.lifecycle.viewModelScope
import kotlinx.coroutines.launch
import net.openid.appauth.AuthorizationService
import net.openid.appauth.EndSessionRequest

class SessionManager(private val prefs: SharedPreferences, private val api: AuthApi) {
    private var accessToken: String? = null

    // ruleid: auth-logout-without-server-invalidation
    fun logout() {
        accessToken = null
        prefs.edit {
            remove("access_token")
            remove("refresh_token")
        }
    }

    // ok: auth-logout-without-server-invalidation
    suspend fun signOut() {
        val refreshToken = prefs.getString("refresh_token", null)
        if (refreshToken != null) api.revokeToken(refreshToken)
        clearTokens()
    }

    // ok: auth-logout-without-server-invalidation
    fun onLogoutSuccess() {
        clearTokens()
    }

    private fun clearTokens() {
        accessToken = null
        prefs.edit { clear() }
    }

    // ok: auth-logout-without-server-invalidation
    suspend fun logoutEverywhere() {
        endServerSession()
        clearTokens()
    }

    private suspend fun endServerSession() {
        api.post("/v1/sessions/current/logout")
    }
}

class AccountViewModel(private val sessions: SessionManager, private val prefs: SharedPreferences) : ViewModel() {
    // ruleid: auth-logout-without-server-invalidation
    fun onLogOutClicked() {
        prefs.edit().remove("session_id").apply()
        navigateToLogin()
    }

    // ok: auth-logout-without-server-invalidation
    fun onSignOutClicked() {
        viewModelScope.launch { sessions.signOut() }
    }

    private fun navigateToLogin() = Unit
}

class OidcLogout(private val authService: AuthorizationService) {
    // ok: auth-logout-without-server-invalidation
    fun logout(request: EndSessionRequest) {
        authService.performEndSessionRequest(request, pendingIntent())
    }

    private fun pendingIntent(): android.app.PendingIntent = TODO()
}

object LocalAuth {
    private var sessionToken: String? = null
    private var password: String? = null

    // ruleid: auth-logout-without-server-invalidation
    fun signOutUser() {
        sessionToken = null
        password = null
    }

    // ruleid: auth-logout-without-server-invalidation
    fun logOff(dir: java.io.File) {
        java.io.File(dir, "session.json").delete()
        android.webkit.CookieManager.getInstance().removeAllCookies(null)
    }
}

interface AuthApi {
    // ok: auth-logout-without-server-invalidation
    suspend fun logout()
    suspend fun revokeToken(token: String)
    suspend fun post(path: String)
}
