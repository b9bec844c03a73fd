package com.securecomm.samples.oauth

import android.annotation.SuppressLint
import android.content.Context
import android.content.Intent
import android.net.Uri
import android.os.Bundle
import android.webkit.WebView
import android.webkit.WebViewClient
import androidx.appcompat.app.AppCompatActivity
import androidx.browser.customtabs.CustomTabsIntent
import androidx.compose.runtime.Composable
import androidx.compose.ui.viewinterop.AndroidView
import okhttp3.HttpUrl.Companion.toHttpUrl

private const val CLIENT_ID = "shopfront-android"
private const val REDIRECT_URI = "com.shopfront.app://oauth"
private const val AUTHORIZE_URL =
    "https://id.shopfront.io/oauth2/authorize?response_type=code&client_id=$CLIENT_ID&redirect_uri=$REDIRECT_URI"

// ---- sign-in pages in an embedded web view: reported ----

class WebLoginActivity : AppCompatActivity() {
    private lateinit var webView: WebView

    @SuppressLint("SetJavaScriptEnabled")
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        webView = WebView(this)
        webView.settings.javaScriptEnabled = true
        webView.webViewClient = RedirectCatcher()
        setContentView(webView)
        // ruleid: auth-oauth-embedded-webview
        webView.loadUrl(AUTHORIZE_URL)
    }

    fun mastodon(domain: String, clientId: String) {
        val uri = Uri.Builder()
            .scheme("https")
            .authority(domain)
            .path("/oauth/authorize")
            .appendQueryParameter("client_id", clientId)
            .appendQueryParameter("response_type", "code")
            .build()
        // ruleid: auth-oauth-embedded-webview
        webView.loadUrl(uri.toString())
    }

    fun homeServer(base: String) {
        val authUrl = base.toHttpUrl().newBuilder()
            .addPathSegments("auth/authorize")
            .addEncodedQueryParameter("client_id", CLIENT_ID)
            .build()
            .toString()
        // ruleid: auth-oauth-embedded-webview
        webView.loadUrl(authUrl)
    }

    fun google(state: String) {
        // ruleid: auth-oauth-embedded-webview
        webView.loadUrl("https://accounts.google.com/o/oauth2/v2/auth?client_id=$CLIENT_ID&state=$state&scope=openid")
    }
}

@Composable
fun LoginWebView(authorizeUrl: String = Uri.parse("https://login.microsoftonline.com/common/oauth2/v2.0/authorize").toString()) {
    AndroidView(factory = { context ->
        WebView(context).apply {
            // ruleid: auth-oauth-embedded-webview
            loadUrl(authorizeUrl)
        }
    })
}

// ---- look-alikes: stay silent ----

class BrowserLogin(private val context: Context) {
    fun customTab() {
        // ok: auth-oauth-embedded-webview
        CustomTabsIntent.Builder().build().launchUrl(context, Uri.parse(AUTHORIZE_URL))
    }

    fun systemBrowser() {
        // ok: auth-oauth-embedded-webview
        context.startActivity(Intent(Intent.ACTION_VIEW, Uri.parse(AUTHORIZE_URL)))
    }

    fun help(webView: WebView) {
        // ok: auth-oauth-embedded-webview
        webView.loadUrl("https://shopfront.io/help/sign-in")
    }

    fun paymentAuthorization(webView: WebView, orderId: String) {
        // a card payment's 3-D Secure step, not an OAuth sign-in
        // ok: auth-oauth-embedded-webview
        webView.loadUrl("https://pay.shopfront.io/payments/authorize?order=$orderId")
    }

    fun bridge(webView: WebView, token: String) {
        // ok: auth-oauth-embedded-webview
        webView.loadUrl("javascript:window.onLogin('$token')")
    }
}

class RedirectCatcher : WebViewClient() {
    override fun shouldOverrideUrlLoading(view: WebView, url: String): Boolean {
        if (url.startsWith(REDIRECT_URI)) return true
        // ok: auth-oauth-embedded-webview
        view.loadUrl(url)
        return false
    }
}
