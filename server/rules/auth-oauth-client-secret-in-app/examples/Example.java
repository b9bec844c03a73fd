package com.securecomm.samples.oauth;

import android.content.Context;
import android.util.Log;

import net.openid.appauth.ClientAuthentication;
import net.openid.appauth.ClientSecretBasic;
import net.openid.appauth.ClientSecretPost;

import java.util.HashMap;
import java.util.Map;

import okhttp3.FormBody;
import okhttp3.RequestBody;

public class Example {

    // ---- client secrets written into the app: reported ----

    public static String OAUTH_URL = "https://github.com/login/oauth/authorize";
    public static String CLIENT_ID = "c318b3ca6bb70166e877";
    public static String CLIENT_SECRET = "0346b65fd23746ec557b1a02c81723664c67b13c";
    private static final String GRAPH_SECRET = "Xk8~Q2vR.pL7nT4wZ9bY";
    private final String tokenSecret = "a9F3kLm2Qx7Rt5Vw";

    String tokenUrl(String code) {
        return "https://github.com/login/oauth/access_token?client_id=" + CLIENT_ID
            // ruleid: auth-oauth-client-secret-in-app
            + "&client_secret=" + CLIENT_SECRET
            + "&code=" + code;
    }

    ClientAuthentication basic() {
        // ruleid: auth-oauth-client-secret-in-app
        return new ClientSecretBasic("9a8B7c6D5e4F3a2B1c0D");
    }

    ClientAuthentication post() {
        // ruleid: auth-oauth-client-secret-in-app
        return new ClientSecretPost(GRAPH_SECRET);
    }

    Map<String, String> params(String code) {
        Map<String, String> params = new HashMap<>();
        params.put("client_id", CLIENT_ID);
        // ruleid: auth-oauth-client-secret-in-app
        params.put("client_secret", "7f3e9a1c5b2d8e4f");
        params.put("code", code);
        return params;
    }

    RequestBody form(String code) {
        return new FormBody.Builder()
            .add("grant_type", "authorization_code")
            // ruleid: auth-oauth-client-secret-in-app
            .add("client_secret", tokenSecret)
            .add("code", code)
            .build();
    }

    // ruleid: auth-oauth-client-secret-in-app
    static final String TOKEN_URL = "https://id.shopfront.io/oauth2/token?grant_type=client_credentials&client_secret=s3cR3tV4lue99";

    // OAuth 1.0a consumer secret, used by another class
    // ruleid: auth-oauth-client-secret-in-app
    static final String TWITTER_CONSUMER_SECRET = "Lq3Vn8Zr2Xt6Wp9Ys4Ub1Mc7";

    // ---- look-alikes: stay silent ----

    ClientAuthentication fromResources(Context context) {
        // ok: auth-oauth-client-secret-in-app
        return new ClientSecretBasic(context.getString(R.string.oauth_client_secret));
    }

    ClientAuthentication fromBuildConfig() {
        // ok: auth-oauth-client-secret-in-app
        return new ClientSecretPost(BuildConfig.OAUTH_CLIENT_SECRET);
    }

    Map<String, String> publicClient(String code, String verifier) {
        Map<String, String> params = new HashMap<>();
        // ok: auth-oauth-client-secret-in-app
        params.put("client_secret", "");
        params.put("code_verifier", verifier);
        return params;
    }

    // ok: auth-oauth-client-secret-in-app
    static final String PLACEHOLDER_CLIENT_SECRET = "<your-client-secret>";

    // ok: auth-oauth-client-secret-in-app
    static final String AUTH_METHOD = "client_secret_basic";

    void missing() {
        // ok: auth-oauth-client-secret-in-app
        Log.w("OAuth", "client_secret=" + "is missing");
    }

    static class R {
        static class string {
            static final int oauth_client_secret = 0x7f0e0001;
        }
    }

    static class BuildConfig {
        static final String OAUTH_CLIENT_SECRET = null;
    }
}
