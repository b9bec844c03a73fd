package com.example.bank.auth;

import android.util.Log;
import android.widget.EditText;
import java.util.logging.Logger;
import org.json.JSONObject;

public class LoginActivityHelper {
    private static final String TAG = "Login";
    private static final Logger LOGGER = Logger.getLogger(LoginActivityHelper.class.getName());

    private String sessionToken;

    public void onLoginResponse(JSONObject body) throws Exception {
        String accessToken = body.getString("access_token");
        // ruleid: auth-token-in-logs
        Log.d("accesstoken", accessToken);
        sessionToken = body.getString("session");
        // ruleid: auth-token-in-logs
        Log.i(TAG, "session: " + sessionToken);
        // ruleid: auth-token-in-logs
        LOGGER.fine("refresh=" + body.optString("refresh_token"));
        // ok: auth-token-in-logs
        Log.i(TAG, "logged in, token type " + body.getString("token_type"));
        // ok: auth-token-in-logs
        Log.i(TAG, "token received: " + (accessToken != null));
        // ok: auth-token-in-logs
        Log.i(TAG, "returning " + (BuildConfig.DEBUG ? "=" + accessToken : "***"));
    }

    public void onSubmit(EditText passwordField, EditText pinField) {
        // ruleid: auth-token-in-logs
        Log.v(TAG, "password entered: " + passwordField.getText().toString());
        // ruleid: auth-token-in-logs
        System.out.println("pin=" + pinField.getText());
        // ok: auth-token-in-logs
        Log.v(TAG, "password length: " + passwordField.getText().length());
    }

    public void onOtp(String otp) {
        // ruleid: auth-token-in-logs
        Log.w(TAG, String.format("OTP %s rejected", otp));
        // ok: auth-token-in-logs
        Log.w(TAG, "OTP rejected: " + mask(otp));
        // ok: auth-token-in-logs
        Log.w(TAG, "OTP rejected, starts with " + otp.substring(0, 1));
    }

    public void onCookies(String cookie, int sessionCount) {
        // ruleid: auth-token-in-logs
        Log.d(TAG, "Set-Cookie: " + cookie);
        // ok: auth-token-in-logs
        Log.d(TAG, "session count " + sessionCount);
        // ok: auth-token-in-logs
        Log.d(TAG, "Saved the session token");
    }

    private static String mask(String value) {
        return value.isEmpty() ? "" : "****";
    }

    // the local keeps the secret's name, but a helper named as a mask made it
    public void onTokenRefreshed(String newToken) {
        String loggedToken = mask(newToken);
        // ok: auth-token-in-logs
        Log.d(TAG, "new token " + loggedToken);
    }
}
