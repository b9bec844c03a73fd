package com.example.bank.auth;

import android.content.Context;
import android.content.SharedPreferences;
import android.os.Bundle;
import android.preference.PreferenceManager;
import android.widget.EditText;
import androidx.security.crypto.EncryptedSharedPreferences;
import androidx.security.crypto.MasterKey;
import java.io.FileOutputStream;
import java.io.FileWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.json.JSONObject;

public class LoginStore {
    private static final String PREFS = "login";
    private static final String KEY_AUTH_TOKEN = "auth_token";
    private static final String KEY_REFRESH = "rt";
    private static final String PREF_USER = "refresh_token";
    private static final String KEY_TOKEN_TYPE = "token_type";

    private final Context context;
    private final SharedPreferences prefs;
    private final SharedPreferences.Editor editor;
    private SharedPreferences securePrefs;

    public LoginStore(Context context) throws Exception {
        this.context = context;
        this.prefs = context.getSharedPreferences(PREFS, Context.MODE_PRIVATE);
        this.editor = prefs.edit();
        MasterKey masterKey = new MasterKey.Builder(context).setKeyScheme(MasterKey.KeyScheme.AES256_GCM).build();
        this.securePrefs = EncryptedSharedPreferences.create(context, "secure_login", masterKey,
                EncryptedSharedPreferences.PrefKeyEncryptionScheme.AES256_SIV,
                EncryptedSharedPreferences.PrefValueEncryptionScheme.AES256_GCM);
    }

    public void onLogin(JSONObject body) throws Exception {
        String accessToken = body.getString("access_token");
        // ruleid: auth-token-in-plain-storage
        prefs.edit().putString(KEY_AUTH_TOKEN, accessToken).apply();
        // ruleid: auth-token-in-plain-storage
        editor.putString(KEY_REFRESH, body.getString("refresh_token"));
        // ruleid: auth-token-in-plain-storage
        editor.putString(PREF_USER, body.optString("rt"));
        // ok: auth-token-in-plain-storage
        editor.putString(KEY_TOKEN_TYPE, body.getString("token_type"));
        editor.commit();
    }

    public void rememberPassword(EditText passwordField) {
        SharedPreferences defaults = PreferenceManager.getDefaultSharedPreferences(context);
        SharedPreferences.Editor e = defaults.edit();
        // ruleid: auth-token-in-plain-storage
        e.putString("password", passwordField.getText().toString());
        e.apply();
    }

    public void onLoginSecure(String accessToken, String refreshToken) {
        // ok: auth-token-in-plain-storage
        securePrefs.edit().putString(KEY_AUTH_TOKEN, accessToken).apply();
        SharedPreferences.Editor secureEditor = securePrefs.edit();
        // ok: auth-token-in-plain-storage
        secureEditor.putString(KEY_REFRESH, refreshToken);
        secureEditor.apply();
    }

    public void rememberSettings(int sessionCount, boolean pinEnabled, String theme) {
        // ok: auth-token-in-plain-storage
        prefs.edit().putInt("session_count", sessionCount).apply();
        // ok: auth-token-in-plain-storage
        prefs.edit().putBoolean("pin_enabled", pinEnabled).apply();
        // ok: auth-token-in-plain-storage
        prefs.edit().putString("theme", theme).apply();
    }

    public void persist(net.openid.appauth.AuthState state) {
        SharedPreferences.Editor stateEditor = prefs.edit();
        // ruleid: auth-token-in-plain-storage
        stateEditor.putString("state", state.jsonSerializeString());
        stateEditor.apply();
    }

    public void markRefreshed(String user, long now) {
        // ok: auth-token-in-plain-storage
        prefs.edit().putLong("token." + user, now).apply();
    }

    public void saveState(Bundle outState, String password) {
        // ok: auth-token-in-plain-storage
        outState.putString("password", password);
    }

    public void writeSessionFile(String sessionToken) throws IOException {
        try (FileOutputStream out = context.openFileOutput("session", Context.MODE_PRIVATE)) {
            // ruleid: auth-token-in-plain-storage
            out.write(sessionToken.getBytes(StandardCharsets.UTF_8));
        }
        try (FileWriter writer = new FileWriter(context.getFilesDir() + "/pin.txt")) {
            // ruleid: auth-token-in-plain-storage
            writer.write(getPin());
        }
        // ruleid: auth-token-in-plain-storage
        Files.writeString(Path.of(context.getFilesDir().getPath(), "token"), sessionToken);
    }

    private String getPin() {
        return prefs.getString("pin", "");
    }
}
