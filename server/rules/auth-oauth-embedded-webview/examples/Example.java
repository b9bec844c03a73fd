package com.securecomm.samples.oauth;

import android.app.Activity;
import android.content.Intent;
import android.net.Uri;
import android.os.Bundle;
import android.webkit.WebSettings;
import android.webkit.WebView;
import android.webkit.WebViewClient;

import androidx.browser.customtabs.CustomTabsIntent;

public class Example extends Activity {
    private static final String AUTHORIZE_URL = "https://git.shopfront.io/oauth/authorize?response_type=code&client_id=F6QtiYRetdUEwsYKYvNR&state=xyz";
    private static final String CLIENT_ID = "WA3WC32ZFC0ZNUFEIZLYQBJSVKTVRBCS";
    private static final String CALLBACK_URL = "com.shopfront.app://oauth";
    private WebView mWebView;

    // ---- sign-in pages in an embedded web view: reported ----

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        mWebView = new WebView(this);
        WebSettings settings = mWebView.getSettings();
        settings.setJavaScriptEnabled(true);
        mWebView.setWebViewClient(new AuthorizeClient());
        setContentView(mWebView);
        // ruleid: auth-oauth-embedded-webview
        mWebView.loadUrl(AUTHORIZE_URL);
    }

    void foursquare() {
        String url =
            "https://foursquare.com/oauth2/authenticate"
                + "?client_id=" + CLIENT_ID
                + "&response_type=code"
                + "&redirect_uri=" + CALLBACK_URL;
        // ruleid: auth-oauth-embedded-webview
        mWebView.loadUrl(url);
    }

    void keycloak(String realm, String state) {
        Uri uri = Uri.parse("https://sso.shopfront.io/realms/" + realm + "/protocol/openid-connect/auth")
            .buildUpon()
            .appendQueryParameter("client_id", CLIENT_ID)
            .appendQueryParameter("state", state)
            .build();
        // ruleid: auth-oauth-embedded-webview
        mWebView.loadUrl(uri.toString());
    }

    void facebook(WebView webView, String appId) {
        // ruleid: auth-oauth-embedded-webview
        webView.loadUrl("https://www.facebook.com/v12.0/dialog/oauth?client_id=" + appId + "&redirect_uri=" + CALLBACK_URL);
    }

    // ---- look-alikes: stay silent ----

    void customTab() {
        // ok: auth-oauth-embedded-webview
        new CustomTabsIntent.Builder().build().launchUrl(this, Uri.parse(AUTHORIZE_URL));
    }

    void browser() {
        // ok: auth-oauth-embedded-webview
        startActivity(new Intent(Intent.ACTION_VIEW, Uri.parse(AUTHORIZE_URL)));
    }

    void terms() {
        // ok: auth-oauth-embedded-webview
        mWebView.loadUrl("https://shopfront.io/legal/terms");
    }

    class AuthorizeClient extends WebViewClient {
        @Override
        public boolean shouldOverrideUrlLoading(WebView view, String url) {
            if (url.startsWith(CALLBACK_URL)) {
                return true;
            }
            // ok: auth-oauth-embedded-webview
            view.loadUrl(url);
            return false;
        }
    }
}
