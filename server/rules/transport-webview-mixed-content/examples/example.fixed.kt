package com.example.news.reader

import android.annotation.SuppressLint
import android.content.Context
import android.util.Log
import android.webkit.WebSettings
import android.webkit.WebSettings.MIXED_CONTENT_ALWAYS_ALLOW
import android.webkit.WebView

private const val TAG = "ArticleWebView"

class ArticleWebView(context: Context) : WebView(context) {

    companion object {
        // The mode every article view uses, kept in one place
        const val ARTICLE_MIXED_CONTENT = WebSettings.MIXED_CONTENT_NEVER_ALLOW
        const val SAFE_MIXED_CONTENT = WebSettings.MIXED_CONTENT_NEVER_ALLOW
    }

    @SuppressLint("SetJavaScriptEnabled")
    fun setUp() {
        settings.javaScriptEnabled = true
        // ruleid: transport-webview-mixed-content
        settings.mixedContentMode = WebSettings.MIXED_CONTENT_NEVER_ALLOW
    }

    fun setUpWithApply(view: WebView) {
        view.settings.apply {
            domStorageEnabled = true
            // ruleid: transport-webview-mixed-content
            mixedContentMode = MIXED_CONTENT_ALWAYS_ALLOW
        }
    }

    fun setUpWithSetter(view: WebView) {
        // ruleid: transport-webview-mixed-content
        view.settings.setMixedContentMode(android.webkit.WebSettings.MIXED_CONTENT_NEVER_ALLOW)
    }

    fun setUpFromConstant(view: WebView) {
        with(view.settings) {
            // ruleid: transport-webview-mixed-content
            mixedContentMode = ARTICLE_MIXED_CONTENT
        }
    }

    fun setUpWithRawValue(view: WebView) {
        val webSettings = view.settings
        // ruleid: transport-webview-mixed-content
        webSettings.mixedContentMode = 0
    }

    fun setUpLegacy(view: WebView) {
        view.settings.apply {
            // ruleid: transport-webview-mixed-content
            mixedContentMode = 0
        }
    }

    fun setUpForArchive(view: WebView, archived: Boolean) {
        val mode = if (archived) MIXED_CONTENT_ALWAYS_ALLOW else WebSettings.MIXED_CONTENT_NEVER_ALLOW
        // ruleid: transport-webview-mixed-content
        view.settings.mixedContentMode = mode
    }

    fun setUpSafely(view: WebView) {
        // ok: transport-webview-mixed-content
        view.settings.mixedContentMode = WebSettings.MIXED_CONTENT_NEVER_ALLOW
        // ok: transport-webview-mixed-content
        view.settings.mixedContentMode = SAFE_MIXED_CONTENT
    }

    fun setUpLikeABrowser(view: WebView) {
        // ok: transport-webview-mixed-content
        view.settings.mixedContentMode = WebSettings.MIXED_CONTENT_COMPATIBILITY_MODE
        // ok: transport-webview-mixed-content
        view.settings.mixedContentMode = 1
    }

    fun setUpForDebugging(view: WebView) {
        if (BuildConfig.DEBUG) {
            // ok: transport-webview-mixed-content
            view.settings.mixedContentMode = MIXED_CONTENT_ALWAYS_ALLOW
        }
    }

    fun report(view: WebView) {
        // ok: transport-webview-mixed-content
        val permissive = view.settings.mixedContentMode == MIXED_CONTENT_ALWAYS_ALLOW
        // ok: transport-webview-mixed-content
        Log.d(TAG, "mixed content mode ${WebSettings.MIXED_CONTENT_ALWAYS_ALLOW} means always allow, permissive=$permissive")
    }
}

class PlayerOptions {
    var mixedContentMode: Int = 1
}

fun configurePlayer(options: PlayerOptions) {
    // ok: transport-webview-mixed-content
    options.mixedContentMode = 0
}
