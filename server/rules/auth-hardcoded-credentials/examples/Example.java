package com.shopfront.net;

import android.util.Base64;
import android.webkit.HttpAuthHandler;
import android.webkit.WebView;
import android.webkit.WebViewClient;
import com.android.volley.AuthFailureError;
import com.android.volley.toolbox.StringRequest;
import com.google.firebase.auth.FirebaseAuth;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import okhttp3.Credentials;
import okhttp3.Request;
import org.acra.annotation.ReportsCrashes;
import org.json.JSONException;
import org.json.JSONObject;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Headers;
import retrofit2.http.Query;

// ruleid: auth-hardcoded-credentials
@ReportsCrashes(formUri = "https://crash.shopfront.io/report", formUriBasicAuthLogin = "reporter", formUriBasicAuthPassword = "Cr4sh-R3ports")
public class Example {
    static final String WEATHER_API_KEY = "4f3c2b1a9e8d7c6b5a4f3e2d1c0b9a8f";
    static final String MAPS_API_KEY = "AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY";
    private static final String REPORTS_TOKEN = "Bearer 7d1f0c9a8b6e5d4c3b2a1f0e";
    // ruleid: auth-hardcoded-credentials
    private static final String SUPPORT_PASSWORD = "Zx9!shopfront-support";
    // ok: auth-hardcoded-credentials
    public static final String KEY_PASSWORD = "password";
    // ok: auth-hardcoded-credentials
    private static final String PREF_TOKEN_KEY = "SJRefreshToken";
    // ok: auth-hardcoded-credentials
    public static final String STRIPE_PUBLISHABLE_KEY = "pk_live_51H8xYzAbCdEfGhIjKlMnOpQr";
    // ok: auth-hardcoded-credentials
    private static final String PASSWORD_BUCKET_SOME = "some";
    // ruleid: auth-hardcoded-credentials [variant: api-key]
    public static final String UPLOAD_TOKEN = "a8f5f167f44f4964e6c998dee827110c";
    // ruleid: auth-hardcoded-credentials
    public static final String PAYMENTS_KEY_SECRET = "rk_live_51H8xYzQ2w3e4r5t6y7u8i9o0";

    interface WeatherApi {
        // ruleid: auth-hardcoded-credentials [variant: api-key]
        @Headers({"Accept: application/json", "X-Api-Key: 5b0e9c8d7a6f5e4d3c2b1a09"})
        @GET("forecast")
        Call<String> forecast(@Query("q") String city, @Query("appid") String key);

        // ok: auth-hardcoded-credentials
        @Headers("Accept: application/json")
        @GET("alerts")
        Call<String> alerts();
    }

    private final FirebaseAuth auth;
    private final WeatherApi api;

    Example(FirebaseAuth auth, WeatherApi api) {
        this.auth = auth;
        this.api = api;
    }

    Request reports() {
        return new Request.Builder()
                .url("https://reports.shopfront.io/daily")
                // ruleid: auth-hardcoded-credentials
                .addHeader("Authorization", REPORTS_TOKEN)
                .build();
    }

    Request support() {
        // the constant above is reported where it is written
        String credential = Credentials.basic("support", SUPPORT_PASSWORD);
        return new Request.Builder().url("https://support.shopfront.io").header("Authorization", credential).build();
    }

    Request user(String token) {
        return new Request.Builder()
                .url("https://api.shopfront.io/me")
                // ok: auth-hardcoded-credentials
                .addHeader("Authorization", "Bearer " + token)
                .build();
    }

    Request config() {
        return new Request.Builder()
                .url("https://api.shopfront.io/config")
                // ok: auth-hardcoded-credentials
                .addHeader("Authorization", "Bearer " + BuildConfig.CONFIG_TOKEN)
                .build();
    }

    Call<String> forecast(String city) {
        // ruleid: auth-hardcoded-credentials [variant: api-key]
        return api.forecast(city, WEATHER_API_KEY);
    }

    URL staticMap(double lat, double lng) throws Exception {
        // ruleid: auth-hardcoded-credentials [variant: client-key]
        return new URL("https://maps.googleapis.com/maps/api/staticmap?center=" + lat + "," + lng + "&key=" + MAPS_API_KEY);
    }

    void signInDemo() {
        // ruleid: auth-hardcoded-credentials
        auth.signInWithEmailAndPassword("demo@shopfront.io", "Demo-2024!");
    }

    void signIn(String email, String password) {
        // ok: auth-hardcoded-credentials
        auth.signInWithEmailAndPassword(email, password);
    }

    JSONObject kioskBody() throws JSONException {
        JSONObject body = new JSONObject();
        body.put("email", "kiosk@shopfront.io");
        // ruleid: auth-hardcoded-credentials
        body.put("password", "k1osk-Mode-77");
        return body;
    }

    JSONObject loginBody(String email, String typed) throws JSONException {
        JSONObject body = new JSONObject();
        body.put("email", email);
        // ok: auth-hardcoded-credentials
        body.put("password", typed);
        return body;
    }

    okhttp3.HttpUrl geocode(okhttp3.HttpUrl base, String query) {
        return base.newBuilder()
                .addQueryParameter("q", query)
                // ruleid: auth-hardcoded-credentials [variant: api-key]
                .addQueryParameter("api_key", "e2f1d0c9b8a7f6e5d4c3b2a1")
                .build();
    }

    okhttp3.HttpUrl geocodeConfigured(okhttp3.HttpUrl base, String query) {
        return base.newBuilder()
                .addQueryParameter("q", query)
                // ok: auth-hardcoded-credentials
                .addQueryParameter("api_key", BuildConfig.GEOCODER_KEY)
                .build();
    }

    String legacyBasic() {
        // ruleid: auth-hardcoded-credentials
        String encoded = Base64.encodeToString("legacy:w4rehouse!".getBytes(), Base64.NO_WRAP);
        return "Basic " + encoded;
    }

    void proxy() {
        Authenticator.setDefault(new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                // ruleid: auth-hardcoded-credentials
                return new PasswordAuthentication("proxyuser", "pr0xy-Pass".toCharArray());
            }
        });
    }

    void placeholders() {
        // ok: auth-hardcoded-credentials
        String empty = Credentials.basic("", "");
        // ok: auth-hardcoded-credentials
        String todo = Credentials.basic("user", "changeme");
    }

    URL mirror() throws Exception {
        // ruleid: auth-hardcoded-credentials
        return new URL("https://sync:M1rr0r-Key@mirror.shopfront.io/catalog");
    }

    StringRequest legacyReports(String url) {
        return new StringRequest(url, response -> { }, error -> { }) {
            @Override
            public Map<String, String> getHeaders() throws AuthFailureError {
                Map<String, String> headers = new HashMap<>();
                // ruleid: auth-hardcoded-credentials
                headers.put("Authorization", "Basic cmVwb3J0czpSM3AwcnRz");
                return headers;
            }
        };
    }

    static class IntranetClient extends WebViewClient {
        @Override
        public void onReceivedHttpAuthRequest(WebView view, HttpAuthHandler handler, String host, String realm) {
            // ruleid: auth-hardcoded-credentials
            handler.proceed("intranet", "Intr@net2023");
        }
    }

    static class TypedIntranetClient extends WebViewClient {
        private final String user;
        private final String pass;

        TypedIntranetClient(String user, String pass) {
            this.user = user;
            this.pass = pass;
        }

        @Override
        public void onReceivedHttpAuthRequest(WebView view, HttpAuthHandler handler, String host, String realm) {
            // ok: auth-hardcoded-credentials
            handler.proceed(user, pass);
        }
    }
}
