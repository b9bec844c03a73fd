package com.demo.shop

import android.content.Context
import android.util.Log
import androidx.biometric.BiometricPrompt
import androidx.fragment.app.FragmentActivity
import com.auth0.android.jwt.JWT
import java.util.concurrent.Executor

class SessionStore(private val context: Context) {
    private val prefs = context.getSharedPreferences("session", Context.MODE_PRIVATE)

    fun save(accessToken: String, refreshToken: String) {
        // Tokens in plain SharedPreferences: readable from a backup or a rooted device.
        prefs.edit()
            .putString("access_token", accessToken)
            .putString("refresh_token", refreshToken)
            .apply()
        Log.d("SessionStore", "saved refresh token $refreshToken")
    }

    fun isAdmin(): Boolean {
        val token = prefs.getString("access_token", null) ?: return false
        // The payload is only Base64: nothing here checks the signature.
        val jwt = JWT(token)
        return if (jwt.getClaim("role").asString() == "admin") true else false
    }

    fun unlock(activity: FragmentActivity, executor: Executor, onUnlocked: () -> Unit) {
        val prompt = BiometricPrompt(activity, executor, object : BiometricPrompt.AuthenticationCallback() {
            override fun onAuthenticationSucceeded(result: BiometricPrompt.AuthenticationResult) {
                onUnlocked() // a callback anyone with Frida can call: no key is unlocked
            }
        })
        val info = BiometricPrompt.PromptInfo.Builder()
            .setTitle("Unlock Demo Shop")
            .setNegativeButtonText("Cancel")
            .build()
        prompt.authenticate(info)
    }
}
