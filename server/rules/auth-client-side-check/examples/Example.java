package com.shopfront.security;

import android.content.SharedPreferences;
import android.text.TextUtils;
import android.widget.EditText;
import java.security.SecureRandom;

public class Example {
    private static final String VENDOR_KEY = "vendor-S3cret-2024";

    private final SharedPreferences prefs;
    private final AuthApi api;
    private boolean unlocked;
    private String generatedOtp;

    Example(SharedPreferences prefs, AuthApi api) {
        this.prefs = prefs;
        this.api = api;
    }

    void unlockWithMasterPin(String pin) {
        // ruleid: auth-client-side-check
        if (pin.equals("4826")) {
            unlocked = true;
        }
    }

    void unlockWithVendorKey(EditText passwordField) {
        // ruleid: auth-client-side-check
        unlocked = passwordField.getText().toString().equals(VENDOR_KEY);
    }

    void unlockWithStoredPin(String userpin) {
        String pin = prefs.getString("pin", "");
        // ruleid: auth-client-side-check
        if (userpin.equals(pin)) {
            unlocked = true;
        }
    }

    void sendOtp(String phone) {
        generatedOtp = String.valueOf(100000 + new SecureRandom().nextInt(900000));
        api.sendSms(phone, "Your code is " + generatedOtp);
    }

    void verifyOtp(String enteredOtp) {
        // ruleid: auth-client-side-check
        if (TextUtils.equals(enteredOtp, generatedOtp)) {
            // ruleid: auth-client-side-check [variant: stored-flag]
            prefs.edit().putBoolean("otp_verified", true).apply();
        }
    }

    void verifyOtpOnServer(String otp) {
        // ok: auth-client-side-check
        unlocked = "verified".equals(api.verifyOtp(otp).getStatus());
    }

    boolean validateSignUp(String password, String confirmPassword) {
        // ok: auth-client-side-check
        return password.equals(confirmPassword) && password.length() >= 12;
    }

    boolean passwordChanged(android.os.Bundle args, String password) {
        String saved = args.getString("password");
        // ok: auth-client-side-check
        return !password.equals(saved);
    }

    boolean pinComplete(String pin) {
        // ok: auth-client-side-check
        return pin.length() == 6;
    }

    void rememberTheme() {
        // ok: auth-client-side-check
        prefs.edit().putBoolean("dark_theme", true).apply();
    }

    // The server asks for the second factor in a response header; the app only picks the message
    int twoFactorState(okhttp3.Response resp, boolean hadToken) {
        okhttp3.Headers headers = resp.headers();
        String otp = headers.get("X-Otp-State");
        // ok: auth-client-side-check
        if ("required".equals(otp)) {
            return hadToken ? 2 : 1;
        }
        return 0;
    }
}
