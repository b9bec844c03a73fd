package com.shopfront.auth

import android.app.PendingIntent
import android.telephony.SmsManager
import java.security.SecureRandom
import kotlin.math.roundToInt
import kotlin.random.Random

class OtpService(private val sms: SmsManager, private val api: AuthApi) {
    private val secureRandom = SecureRandom()
    private var verificationCode: String? = null

    fun sendLoginCode(phone: String) {
        // ruleid: auth-otp-low-entropy
        val otp = Random.nextInt(1000, 10000)
        api.sendOtp(phone, otp.toString())
    }

    fun sendResetCode(phone: String) {
        // ruleid: auth-otp-low-entropy
        verificationCode = (secureRandom.nextInt(9000) + 1000).toString()
        api.sendReset(phone, verificationCode!!)
    }

    // ruleid: auth-otp-low-entropy
    fun generatePin(): String = "%04d".format((0..9999).random())

    fun textCode(phone: String) {
        val n = secureRandom.nextInt(100000)
        // ruleid: auth-otp-low-entropy
        sms.sendTextMessage(phone, null, "Your Shopfront verification code is $n", null, null)
    }

    // ruleid: auth-otp-low-entropy
    fun generateCode() = (Math.random() * 8999 + 1000).roundToInt().toString()

    fun sendStrongCode(phone: String) {
        // ok: auth-otp-low-entropy
        val otp = secureRandom.nextInt(900000) + 100000
        api.sendOtp(phone, otp.toString())
    }

    fun sixDigits(): String {
        // ok: auth-otp-low-entropy
        val code = String.format("%06d", secureRandom.nextInt(1_000_000))
        return code
    }

    fun notification(context: android.content.Context, intent: android.content.Intent): PendingIntent {
        // ok: auth-otp-low-entropy
        val requestCode = Random.nextInt(10000)
        return PendingIntent.getActivity(context, requestCode, intent, PendingIntent.FLAG_IMMUTABLE)
    }

    fun accentColor(): Int {
        // ok: auth-otp-low-entropy
        val hue = Random.nextInt(360)
        return android.graphics.Color.HSVToColor(floatArrayOf(hue.toFloat(), 0.6f, 0.9f))
    }
}
