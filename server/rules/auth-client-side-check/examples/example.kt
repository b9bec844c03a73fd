package com.shopfront.security

import android.content.SharedPreferences
import android.text.TextUtils
import android.widget.EditText
import kotlin.random.Random

private const val SUPPORT_PIN = "7391"

class PinLockViewModel(private val prefs: SharedPreferences, private val api: AuthApi) {
    var unlocked = false
        private set
    private var generatedOtp: String? = null

    fun unlockWithMasterPin(pin: String) {
        // ruleid: auth-client-side-check
        if (pin == "4826") unlocked = true
    }

    fun unlockWithSupportPin(enteredPin: String) {
        // ruleid: auth-client-side-check
        unlocked = TextUtils.equals(enteredPin, SUPPORT_PIN)
    }

    fun unlockWithStoredPin(pinField: EditText) {
        val savedPin = prefs.getString("pin", null)
        // ruleid: auth-client-side-check
        unlocked = pinField.text.toString() == savedPin
    }

    fun sendOtp(phone: String) {
        generatedOtp = Random.nextInt(100000, 999999).toString()
        api.sendSms(phone, "Your code is $generatedOtp")
    }

    fun verifyOtp(enteredOtp: String) {
        // ruleid: auth-client-side-check
        if (enteredOtp.equals(generatedOtp)) {
            // ruleid: auth-client-side-check [variant: stored-flag]
            prefs.edit().putBoolean("otp_verified", true).apply()
        }
    }

    suspend fun verifyOtpOnServer(otp: String) {
        // ok: auth-client-side-check
        unlocked = api.verifyOtp(otp).status == "verified"
    }

    fun validateSignUp(password: String, confirmPassword: String): Boolean {
        // ok: auth-client-side-check
        return password == confirmPassword && password.length >= 12
    }

    fun pinComplete(pin: String): Boolean {
        // ok: auth-client-side-check
        return pin.length == 6
    }

    fun rememberTheme(dark: Boolean) {
        // ok: auth-client-side-check
        prefs.edit().putBoolean("dark_theme", true).apply()
    }

    fun checkEmpty(password: String): Boolean {
        // ok: auth-client-side-check
        return password == ""
    }

    // The server asks for the second factor in a response header; the app only picks the screen
    fun twoFactorState(response: okhttp3.Response): Int {
        val otp = response.headers["X-Otp-State"]
        // ok: auth-client-side-check
        return if (otp == "required") 1 else 0
    }
}
