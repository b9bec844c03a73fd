package com.example.bank.verification

import android.app.NotificationManager
import android.app.PendingIntent
import android.content.Context
import android.content.Intent
import android.appwidget.AppWidgetManager
import android.net.Uri
import android.widget.RemoteViews
import android.telephony.SmsManager
import androidx.core.app.NotificationCompat
import androidx.core.app.NotificationManagerCompat
import com.google.android.gms.auth.api.phone.SmsRetriever

private const val CHANNEL_SECURITY = "security"

class VerificationSender(private val context: Context) {

    private val smsManager: SmsManager
        get() = context.getSystemService(SmsManager::class.java)

    fun sendOtp(phone: String, otp: String) {
        // ruleid: transport-sensitive-data-sms
        SmsManager.getDefault().sendTextMessage(phone, null, "Your Example Bank code is $otp", null, null)
    }

    fun sendVerificationCode(phone: String, verificationCode: String, sent: PendingIntent) {
        val text = context.getString(R.string.sms_verification_code, verificationCode)
        // ruleid: transport-sensitive-data-sms
        smsManager.sendTextMessage(phone, null, text, sent, null)
    }

    fun sendTemporaryPassword(phone: String, tempPassword: String) {
        val manager = context.getSystemService(SmsManager::class.java)
        val parts = manager.divideMessage("Your temporary password is " + tempPassword + ". Change it after signing in.")
        // ruleid: transport-sensitive-data-sms
        manager.sendMultipartTextMessage(phone, null, parts, null, null)
    }

    fun sendPin(phone: String, pin: String) {
        deliver(phone, String.format("PIN for your new card: %s", pin))
    }

    private fun deliver(phone: String, body: String) {
        // ruleid: transport-sensitive-data-sms
        SmsManager.getSmsManagerForSubscriptionId(1).sendTextMessage(phone, null, body, null, null)
    }

    fun sendResetCode(phone: String, resetCode: String) {
        with(smsManager) {
            // ruleid: transport-sensitive-data-sms
            sendTextMessage(phone, null, "Reset code: $resetCode", null, null)
        }
    }

    fun sendShippingUpdate(phone: String, orderId: String) {
        // ok: transport-sensitive-data-sms
        SmsManager.getDefault().sendTextMessage(phone, null, "Your order $orderId has shipped", null, null)
    }

    fun sendCodeLength(phone: String, otp: String) {
        // ok: transport-sensitive-data-sms
        smsManager.sendTextMessage(phone, null, "Enter the ${otp.length}-digit code shown in the app", null, null)
    }

    fun shareWithOwnSmsApp(phone: String, otp: String) {
        // The user sees the text in their SMS app and decides to send it
        // ok: transport-sensitive-data-sms
        val intent = Intent(Intent.ACTION_SENDTO, Uri.parse("smsto:$phone")).putExtra("sms_body", "My code: $otp")
        context.startActivity(intent)
    }
}

class SecurityNotifier(private val context: Context) {

    fun showLoginCode(loginCode: String) {
        val notification = NotificationCompat.Builder(context, CHANNEL_SECURITY)
            .setSmallIcon(R.drawable.ic_lock)
            .setContentTitle("Sign-in request")
            // ruleid: transport-sensitive-data-sms [variant: notification]
            .setContentText("Use $loginCode to sign in")
            .build()
        NotificationManagerCompat.from(context).notify(1, notification)
    }

    fun showRecoveryPassword(password: String) {
        val builder = NotificationCompat.Builder(context, CHANNEL_SECURITY)
        builder.setSmallIcon(R.drawable.ic_lock)
        builder.setContentTitle("Account recovered")
        // ruleid: transport-sensitive-data-sms [variant: notification]
        builder.setStyle(NotificationCompat.BigTextStyle().bigText("Your new password: $password"))
        NotificationManagerCompat.from(context).notify(2, builder.build())
    }

    fun showOtpWithApply(otp: String) {
        val notification = NotificationCompat.Builder(context, CHANNEL_SECURITY).apply {
            setSmallIcon(R.drawable.ic_lock)
            // ruleid: transport-sensitive-data-sms [variant: notification]
            setContentTitle("Code $otp")
        }.build()
        NotificationManagerCompat.from(context).notify(3, notification)
    }

    fun showCodeInCustomLayout(smsCode: String) {
        val views = RemoteViews(context.packageName, R.layout.notification_code)
        // ruleid: transport-sensitive-data-sms [variant: notification]
        views.setTextViewText(R.id.code, smsCode)
        val notification = NotificationCompat.Builder(context, CHANNEL_SECURITY)
            .setSmallIcon(R.drawable.ic_lock)
            .setStyle(NotificationCompat.DecoratedCustomViewStyle())
            .setCustomContentView(views)
            .build()
        NotificationManagerCompat.from(context).notify(8, notification)
    }

    fun showCodeWithCopyAction(otp: String, copyIntent: PendingIntent) {
        val notification = NotificationCompat.Builder(context, CHANNEL_SECURITY)
            .setSmallIcon(R.drawable.ic_lock)
            .setContentTitle("Sign-in code received")
            // ruleid: transport-sensitive-data-sms [variant: notification]
            .addAction(R.drawable.ic_copy, "Copy $otp", copyIntent)
            .build()
        NotificationManagerCompat.from(context).notify(9, notification)
    }

    fun showCodeReady() {
        val notification = NotificationCompat.Builder(context, CHANNEL_SECURITY)
            .setSmallIcon(R.drawable.ic_lock)
            // ok: transport-sensitive-data-sms
            .setContentTitle(context.getString(R.string.otp_ready_title))
            // ok: transport-sensitive-data-sms
            .setContentText("Your verification code is ready: open the app to see it")
            .build()
        NotificationManagerCompat.from(context).notify(4, notification)
    }

    fun showExpiry(otpExpiry: Long) {
        val notification = NotificationCompat.Builder(context, CHANNEL_SECURITY)
            .setSmallIcon(R.drawable.ic_lock)
            // ok: transport-sensitive-data-sms
            .setContentText("Your code expires in $otpExpiry seconds")
            .build()
        NotificationManagerCompat.from(context).notify(5, notification)
    }

    fun debugNotify(otp: String) {
        if (BuildConfig.DEBUG) {
            val notification = NotificationCompat.Builder(context, CHANNEL_SECURITY)
                // ok: transport-sensitive-data-sms
                .setContentText("debug otp $otp")
                .build()
            NotificationManagerCompat.from(context).notify(6, notification)
        }
    }
}

class PinWidget(private val context: Context) {

    fun update(manager: AppWidgetManager, widgetId: Int, pinHint: String) {
        val views = RemoteViews(context.packageName, R.layout.widget_pin)
        // An app widget's RemoteViews are no notification (and a hint is not the PIN)
        // ok: transport-sensitive-data-sms
        views.setTextViewText(R.id.hint, pinHint)
        manager.updateAppWidget(widgetId, views)
    }
}

class OtpAutofill(private val context: Context) {

    fun startListening() {
        // Reading the code the server sent (SMS Retriever API) is not sending one
        // ok: transport-sensitive-data-sms
        SmsRetriever.getClient(context).startSmsRetriever()
    }

    fun onSmsReceived(message: String, otpField: android.widget.EditText) {
        val otp = Regex("\\d{6}").find(message)?.value ?: return
        // ok: transport-sensitive-data-sms
        otpField.setText(otp)
    }
}

interface Room {
    fun sendTextMessage(text: String)
}

class WifiSharing(private val room: Room, private val context: Context) {

    fun shareInChat(password: String) {
        // A chat SDK's sendTextMessage posts to the chat server, it is no SMS
        // ok: transport-sensitive-data-sms
        room.sendTextMessage("Wi-Fi password: $password")
    }

    fun confirmShared() {
        val notification = NotificationCompat.Builder(context, CHANNEL_SECURITY)
            .setSmallIcon(R.drawable.ic_lock)
            // ok: transport-sensitive-data-sms
            .setContentText(context.getString(R.string.password_shared))
            .build()
        NotificationManagerCompat.from(context).notify(7, notification)
    }
}
