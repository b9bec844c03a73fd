package com.securecomm.samples.oauth;

import android.net.Uri;

import net.openid.appauth.AuthorizationRequest;
import net.openid.appauth.AuthorizationServiceConfiguration;
import net.openid.appauth.CodeVerifierUtil;
import net.openid.appauth.ResponseTypeValues;

import java.util.HashMap;
import java.util.Map;

import okhttp3.HttpUrl;

// ---- authorization code requests without PKCE: reported ----

public class Example {
    static final String CLIENT_ID = "shopfront-android";
    static final String REDIRECT_URI = "com.shopfront.app://oauth";
    static final String AUTHORIZE = "https://id.shopfront.io/oauth2/authorize";
    private static final String CODE = "code";

    Uri authorizeUri(String state) {
        return Uri.parse(AUTHORIZE).buildUpon()
            .appendQueryParameter("client_id", CLIENT_ID)
            .appendQueryParameter("redirect_uri", REDIRECT_URI)
            // ruleid: auth-oauth-missing-pkce
            .appendQueryParameter("response_type", "code")
            .appendQueryParameter("state", state)
            .build();
    }

    String concatenated(String state) {
        // ruleid: auth-oauth-missing-pkce
        return AUTHORIZE + "?response_type=code&client_id=" + CLIENT_ID + "&redirect_uri=" + REDIRECT_URI + "&state=" + state;
    }

    Map<String, String> params(String state) {
        Map<String, String> params = new HashMap<>();
        params.put("client_id", CLIENT_ID);
        // ruleid: auth-oauth-missing-pkce
        params.put("response_type", CODE);
        params.put("state", state);
        return params;
    }

    okhttp3.RequestBody form(String state) {
        return new okhttp3.FormBody.Builder()
            .add("client_id", CLIENT_ID)
            // ruleid: auth-oauth-missing-pkce
            .add("response_type", "code id_token")
            .add("state", state)
            .build();
    }
}

class AppAuthMisuse {
    static final String CLIENT_ID = Example.CLIENT_ID;
    static final String REDIRECT_URI = Example.REDIRECT_URI;

    AuthorizationRequest appAuthWithoutChallenge(AuthorizationServiceConfiguration config) {
        return new AuthorizationRequest.Builder(config, CLIENT_ID, ResponseTypeValues.CODE, Uri.parse(REDIRECT_URI))
            // ruleid: auth-oauth-missing-pkce [variant: disabled]
            .setCodeVerifier(null)
            .build();
    }

    AuthorizationRequest appAuthPlain(AuthorizationServiceConfiguration config) {
        String verifier = CodeVerifierUtil.generateRandomCodeVerifier();
        return new AuthorizationRequest.Builder(config, CLIENT_ID, ResponseTypeValues.CODE, Uri.parse(REDIRECT_URI))
            // ruleid: auth-oauth-missing-pkce [variant: plain]
            .setCodeVerifier(verifier, verifier, "plain")
            .build();
    }

    HttpUrl plainChallenge(HttpUrl base, String verifier) {
        return base.newBuilder()
            .addQueryParameter("code_challenge", verifier)
            // ruleid: auth-oauth-missing-pkce [variant: plain]
            .addQueryParameter("code_challenge_method", "plain")
            .build();
    }
}

// ---- look-alikes: stay silent ----

class PkceLogin {
    Uri authorizeUri(String state, String challenge) {
        return Uri.parse(Example.AUTHORIZE).buildUpon()
            .appendQueryParameter("client_id", Example.CLIENT_ID)
            // ok: auth-oauth-missing-pkce
            .appendQueryParameter("response_type", "code")
            .appendQueryParameter("code_challenge", challenge)
            .appendQueryParameter("code_challenge_method", "S256")
            .appendQueryParameter("state", state)
            .build();
    }

    AuthorizationRequest appAuthDefaults(AuthorizationServiceConfiguration config) {
        // AppAuth generates an S256 code_challenge by default
        // ok: auth-oauth-missing-pkce
        return new AuthorizationRequest.Builder(config, Example.CLIENT_ID, ResponseTypeValues.CODE, Uri.parse(Example.REDIRECT_URI))
            .setScope("openid profile")
            .build();
    }

    AuthorizationRequest appAuthExplicit(AuthorizationServiceConfiguration config) {
        return new AuthorizationRequest.Builder(config, Example.CLIENT_ID, ResponseTypeValues.CODE, Uri.parse(Example.REDIRECT_URI))
            // ok: auth-oauth-missing-pkce
            .setCodeVerifier(CodeVerifierUtil.generateRandomCodeVerifier())
            .build();
    }

    Map<String, String> tokenRequest(String code, String verifier) {
        Map<String, String> form = new HashMap<>();
        // ok: auth-oauth-missing-pkce
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("code_verifier", verifier);
        return form;
    }
}
