package com.securecomm.samples.oauth;

import android.app.Activity;
import android.net.Uri;
import android.os.Bundle;
import android.webkit.WebView;

import net.openid.appauth.AuthorizationRequest;
import net.openid.appauth.AuthorizationServiceConfiguration;
import net.openid.appauth.ResponseTypeValues;

import java.util.HashMap;
import java.util.Map;

public class Example {

    static final String CLIENT_ID = "WA3WC32ZFC0ZNUFEIZLYQBJSVKTVRBCS";
    static final String CALLBACK_URL = "com.shopfront.app://oauth";
    static final String AUTHORIZE = "https://id.shopfront.io/oauth2/authorize";
    private static final String RESPONSE_TYPE = "code";

    // ---- the implicit grant: reported ----

    // ruleid: auth-oauth-implicit-grant
    static final String LOGIN_URL = "https://id.shopfront.io/oauth2/authorize?client_id=shopfront&response_type=code";

    public static class LoginActivity extends Activity {
        private final String responseType = "code";

        @Override
        protected void onCreate(Bundle savedInstanceState) {
            super.onCreate(savedInstanceState);
            WebView webView = new WebView(this);
            setContentView(webView);
            webView.loadUrl(LOGIN_URL);
        }

        String handBuilt() {
            return "https://foursquare.com/oauth2/authenticate"
                + "?client_id=" + CLIENT_ID
                // ruleid: auth-oauth-implicit-grant
                + "&response_type=code"
                + "&redirect_uri=" + CALLBACK_URL;
        }

        String fromField(String state) {
            // ruleid: auth-oauth-implicit-grant
            return AUTHORIZE + "?client_id=" + CLIENT_ID + "&response_type=" + responseType + "&state=" + state;
        }

        String formatted(String state) {
            // ruleid: auth-oauth-implicit-grant
            return String.format("%s?client_id=%s&response_type=%s&state=%s", AUTHORIZE, CLIENT_ID, "token", state);
        }
    }

    Uri builder(String state) {
        return Uri.parse(AUTHORIZE).buildUpon()
            .appendQueryParameter("client_id", CLIENT_ID)
            // ruleid: auth-oauth-implicit-grant
            .appendQueryParameter("response_type", "code")
            .appendQueryParameter("state", state)
            .build();
    }

    Map<String, String> params(String nonce) {
        Map<String, String> params = new HashMap<>();
        params.put("client_id", CLIENT_ID);
        // ruleid: auth-oauth-implicit-grant
        params.put("response_type", RESPONSE_TYPE);
        params.put("nonce", nonce);
        return params;
    }

    Map<String, String> hybridWithToken() {
        // ruleid: auth-oauth-implicit-grant
        return Map.of("client_id", CLIENT_ID, "response_type", "code id_token token");
    }

    AuthorizationRequest appAuth(AuthorizationServiceConfiguration config) {
        return new AuthorizationRequest.Builder(
                config,
                CLIENT_ID,
                // ruleid: auth-oauth-implicit-grant
                ResponseTypeValues.CODE,
                Uri.parse(CALLBACK_URL))
            .build();
    }

    // ---- look-alikes: stay silent ----

    AuthorizationRequest appAuthCode(AuthorizationServiceConfiguration config) {
        // ok: auth-oauth-implicit-grant
        return new AuthorizationRequest.Builder(config, CLIENT_ID, ResponseTypeValues.CODE, Uri.parse(CALLBACK_URL))
            .setScope("openid profile")
            .build();
    }

    Uri codeBuilder(String state, String challenge) {
        return Uri.parse(AUTHORIZE).buildUpon()
            .appendQueryParameter("client_id", CLIENT_ID)
            // ok: auth-oauth-implicit-grant
            .appendQueryParameter("response_type", "code")
            .appendQueryParameter("code_challenge", challenge)
            .appendQueryParameter("code_challenge_method", "S256")
            .appendQueryParameter("state", state)
            .build();
    }

    Map<String, String> revoke(String accessToken) {
        Map<String, String> form = new HashMap<>();
        // ok: auth-oauth-implicit-grant
        form.put("token", accessToken);
        // ok: auth-oauth-implicit-grant
        form.put("token_type_hint", "token");
        return form;
    }

    boolean isImplicitCallback(Uri uri) {
        // ok: auth-oauth-implicit-grant
        return "token".equals(uri.getQueryParameter("response_type"));
    }

    boolean legacy(String url) {
        // ok: auth-oauth-implicit-grant
        return url.contains("response_type=token");
    }

    // ok: auth-oauth-implicit-grant
    static final String ID_TOKEN_SIGN_IN = AUTHORIZE + "?response_type=id_token&response_mode=form_post&client_id=" + CLIENT_ID;
}
