package com.example.shop.auth

import android.content.Context
import android.content.SharedPreferences
import android.widget.EditText
import androidx.core.content.edit
import androidx.datastore.preferences.core.edit
import androidx.datastore.preferences.core.stringPreferencesKey
import androidx.security.crypto.EncryptedSharedPreferences
import androidx.security.crypto.MasterKey
import com.tencent.mmkv.MMKV
import net.openid.appauth.AuthState
import java.io.File

data class TokenResponse(val accessToken: String, val refreshToken: String, val expiresIn: Long)

object PrefKeys {
    const val KEY_ACCESS_TOKEN = "access_token"
    const val KEY_TOKEN_EXPIRY = "token_expiry"
    const val KEY_LAST_USER = "session_user"
    const val SESSION_COUNT = "session_count"
    const val KEY_FCM_TOKEN = "fcm_token"
    val AUTH_TOKEN = stringPreferencesKey("auth_token")
    val THEME = stringPreferencesKey("theme")
}

class SessionStore(private val context: Context) {
    private val prefs: SharedPreferences = context.getSharedPreferences("session", Context.MODE_PRIVATE)

    private val securePrefs: SharedPreferences by lazy {
        val masterKey = MasterKey.Builder(context).setKeyScheme(MasterKey.KeyScheme.AES256_GCM).build()
        EncryptedSharedPreferences.create(
            context, "secure_session", masterKey,
            EncryptedSharedPreferences.PrefKeyEncryptionScheme.AES256_SIV,
            EncryptedSharedPreferences.PrefValueEncryptionScheme.AES256_GCM,
        )
    }

    fun saveTokens(response: TokenResponse) {
        // ruleid: auth-token-in-plain-storage
        prefs.edit().putString(PrefKeys.KEY_ACCESS_TOKEN, response.accessToken).apply()
        prefs.edit {
            // ruleid: auth-token-in-plain-storage
            putString("refresh", response.refreshToken)
            // ok: auth-token-in-plain-storage
            putLong(PrefKeys.KEY_TOKEN_EXPIRY, System.currentTimeMillis() + response.expiresIn * 1000)
        }
    }

    fun rememberSession(sessionId: String) {
        val editor = prefs.edit()
        // ruleid: auth-token-in-plain-storage
        editor.putString("sid", sessionId)
        editor.apply()
    }

    fun savePin(pinField: EditText) {
        with(prefs.edit()) {
            // ruleid: auth-token-in-plain-storage
            putString("user_pin", pinField.text.toString())
            apply()
        }
    }

    fun saveTokensSecurely(response: TokenResponse) {
        // ok: auth-token-in-plain-storage
        securePrefs.edit().putString(PrefKeys.KEY_ACCESS_TOKEN, response.accessToken).apply()
        securePrefs.edit {
            // ok: auth-token-in-plain-storage
            putString("refresh", response.refreshToken)
        }
    }

    fun countLaunch(count: Int, user: String) {
        prefs.edit {
            // ok: auth-token-in-plain-storage
            putInt(PrefKeys.SESSION_COUNT, count)
            // ok: auth-token-in-plain-storage
            putBoolean("has_seen_onboarding", true)
            // ok: auth-token-in-plain-storage
            putString("tokenizer", "wordpiece")
        }
    }

    fun logout() {
        // ok: auth-token-in-plain-storage
        prefs.edit().putString(PrefKeys.KEY_ACCESS_TOKEN, null).remove("refresh").apply()
    }

    suspend fun saveWithDataStore(token: String, theme: String) {
        context.dataStore.edit { settings ->
            // ruleid: auth-token-in-plain-storage
            settings[PrefKeys.AUTH_TOKEN] = token
            // ok: auth-token-in-plain-storage
            settings[PrefKeys.THEME] = theme
        }
    }

    fun cacheInMmkv(credentials: Credentials) {
        val kv = MMKV.defaultMMKV()
        // ruleid: auth-token-in-plain-storage
        kv.encode("password", credentials.password)
        // ok: auth-token-in-plain-storage
        kv.encode("last_screen", "home")
    }

    fun writeTokenFile(refreshToken: String) {
        // ruleid: auth-token-in-plain-storage
        File(context.filesDir, "auth.json").writeText(refreshToken)
        context.openFileOutput("session.bin", Context.MODE_PRIVATE).use {
            // ruleid: auth-token-in-plain-storage
            it.write(refreshToken.toByteArray())
        }
    }

    fun persistAuthState(authState: AuthState) {
        // ruleid: auth-token-in-plain-storage
        prefs.edit { putString("auth_state", authState.jsonSerializeString()) }
    }

    fun onNewPushToken(token: String) {
        // ok: auth-token-in-plain-storage
        prefs.edit().putString(PrefKeys.KEY_FCM_TOKEN, token).apply()
    }

    fun keepInBundle(outState: android.os.Bundle, password: String) {
        // ok: auth-token-in-plain-storage
        outState.putString("password", password)
    }
}

data class Credentials(val user: String, val password: String)
