package com.example.bank.verification;

import android.app.Notification;
import android.app.NotificationManager;
import android.app.PendingIntent;
import android.content.Context;
import android.content.Intent;
import android.net.Uri;
import android.widget.RemoteViews;
import android.telephony.SmsManager;
import androidx.core.app.NotificationCompat;
import androidx.core.app.NotificationManagerCompat;
import java.util.ArrayList;
import java.util.Locale;
import org.json.JSONObject;

public class VerificationSender {
    private static final String CHANNEL_SECURITY = "security";

    private final Context context;
    private final SmsManager smsManager;

    public VerificationSender(Context context) {
        this.context = context;
        this.smsManager = context.getSystemService(SmsManager.class);
    }

    public void sendOtp(String phone, String otp) {
        // ruleid: transport-sensitive-data-sms
        SmsManager.getDefault().sendTextMessage(phone, null, "Your Example Bank code is " + otp, null, null);
    }

    public void sendVerificationCode(String phone, String verificationCode) {
        String text = context.getString(R.string.sms_verification_code, verificationCode);
        // ruleid: transport-sensitive-data-sms
        smsManager.sendTextMessage(phone, null, text, null, null);
    }

    public void sendTemporaryPassword(String phone, JSONObject response) throws Exception {
        String message = "Your temporary password is " + response.getString("temp_password");
        ArrayList<String> parts = smsManager.divideMessage(message);
        // ruleid: transport-sensitive-data-sms
        smsManager.sendMultipartTextMessage(phone, null, parts, null, null);
    }

    public void sendPin(String phone, String pin) {
        deliver(phone, String.format(Locale.US, "PIN for your new card: %s", pin));
    }

    private void deliver(String phone, String body) {
        SmsManager manager = SmsManager.getSmsManagerForSubscriptionId(1);
        // ruleid: transport-sensitive-data-sms
        manager.sendTextMessage(phone, null, body, null, null);
    }

    public void sendShippingUpdate(String phone, String orderId) {
        // ok: transport-sensitive-data-sms
        SmsManager.getDefault().sendTextMessage(phone, null, "Your order " + orderId + " has shipped", null, null);
    }

    public void sendCodeLength(String phone, String otp) {
        // ok: transport-sensitive-data-sms
        smsManager.sendTextMessage(phone, null, "Enter the " + otp.length() + "-digit code shown in the app", null, null);
    }

    public void shareWithOwnSmsApp(String phone, String otp) {
        // The user sees the text in their SMS app and decides to send it
        Intent intent = new Intent(Intent.ACTION_SENDTO, Uri.parse("smsto:" + phone));
        // ok: transport-sensitive-data-sms
        intent.putExtra("sms_body", "My code: " + otp);
        context.startActivity(intent);
    }
}

class SecurityNotifier {
    private static final String CHANNEL_SECURITY = "security";
    private final Context context;

    SecurityNotifier(Context context) {
        this.context = context;
    }

    void showLoginCode(String loginCode) {
        Notification notification = new NotificationCompat.Builder(context, CHANNEL_SECURITY)
                .setSmallIcon(R.drawable.ic_lock)
                .setContentTitle("Sign-in request")
                // ruleid: transport-sensitive-data-sms [variant: notification]
                .setContentText(context.getString(R.string.use_code_to_sign_in, loginCode))
                .build();
        NotificationManagerCompat.from(context).notify(1, notification);
    }

    void showRecoveryPassword(String password) {
        Notification.Builder builder = new Notification.Builder(context, CHANNEL_SECURITY);
        builder.setSmallIcon(R.drawable.ic_lock);
        // ruleid: transport-sensitive-data-sms [variant: notification]
        builder.setStyle(new Notification.BigTextStyle().bigText("Your new password: " + password));
        context.getSystemService(NotificationManager.class).notify(2, builder.build());
    }

    void showPin(NotificationCompat.Builder builder, String pin) {
        // ruleid: transport-sensitive-data-sms [variant: notification]
        builder.setContentTitle("PIN " + pin);
    }

    void showCodeInCustomLayout(String smsCode) {
        RemoteViews views = new RemoteViews(context.getPackageName(), R.layout.notification_code);
        // ruleid: transport-sensitive-data-sms [variant: notification]
        views.setTextViewText(R.id.code, smsCode);
        Notification notification = new NotificationCompat.Builder(context, CHANNEL_SECURITY)
                .setSmallIcon(R.drawable.ic_lock)
                .setCustomContentView(views)
                .build();
        NotificationManagerCompat.from(context).notify(3, notification);
    }

    void showCodeWithCopyAction(String otp, PendingIntent copyIntent) {
        // ruleid: transport-sensitive-data-sms [variant: notification]
        NotificationCompat.Action copy = new NotificationCompat.Action(R.drawable.ic_copy, "Copy " + otp, copyIntent);
        Notification notification = new NotificationCompat.Builder(context, CHANNEL_SECURITY)
                .setSmallIcon(R.drawable.ic_lock)
                .setContentTitle("Sign-in code received")
                .addAction(copy)
                // ok: transport-sensitive-data-sms
                .addAction(R.drawable.ic_close, "Dismiss", copyIntent)
                .build();
        NotificationManagerCompat.from(context).notify(7, notification);
    }

    void showCodeReady() {
        Notification notification = new NotificationCompat.Builder(context, CHANNEL_SECURITY)
                .setSmallIcon(R.drawable.ic_lock)
                // ok: transport-sensitive-data-sms
                .setContentTitle(context.getString(R.string.otp_ready_title))
                // ok: transport-sensitive-data-sms
                .setContentText("Your verification code is ready: open the app to see it")
                .build();
        NotificationManagerCompat.from(context).notify(4, notification);
    }

    void showExpiry(long otpExpiry) {
        Notification notification = new NotificationCompat.Builder(context, CHANNEL_SECURITY)
                .setSmallIcon(R.drawable.ic_lock)
                // ok: transport-sensitive-data-sms
                .setContentText("Your code expires in " + otpExpiry + " seconds")
                .build();
        NotificationManagerCompat.from(context).notify(5, notification);
    }

    void debugNotify(String otp) {
        if (BuildConfig.DEBUG) {
            Notification notification = new NotificationCompat.Builder(context, CHANNEL_SECURITY)
                    // ok: transport-sensitive-data-sms
                    .setContentText("debug otp " + otp)
                    .build();
            NotificationManagerCompat.from(context).notify(6, notification);
        }
    }

    void confirmPasswordChanged(String password) {
        // A dialog in the app is no notification
        // ok: transport-sensitive-data-sms
        new SweetAlertDialog(context).setContentText("Saved " + password.length() + " characters").show();
    }
}
