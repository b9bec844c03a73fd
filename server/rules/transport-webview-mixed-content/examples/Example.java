package com.example.news.reader;

import static android.webkit.WebSettings.MIXED_CONTENT_ALWAYS_ALLOW;

import android.content.Context;
import android.util.Log;
import android.webkit.WebSettings;
import android.webkit.WebView;

public class ArticleWebView extends WebView {
    private static final String TAG = "ArticleWebView";
    // The mode every article view uses, kept in one place
    private static final int ARTICLE_MIXED_CONTENT = WebSettings.MIXED_CONTENT_ALWAYS_ALLOW;
    private static final int SAFE_MIXED_CONTENT = WebSettings.MIXED_CONTENT_NEVER_ALLOW;

    private final WebSettings webSettings;

    public ArticleWebView(Context context) {
        super(context);
        webSettings = getSettings();
    }

    void setUp() {
        getSettings().setJavaScriptEnabled(true);
        // ruleid: transport-webview-mixed-content
        getSettings().setMixedContentMode(WebSettings.MIXED_CONTENT_ALWAYS_ALLOW);
    }

    static void setUpOther(WebView view) {
        WebSettings settings = view.getSettings();
        // ruleid: transport-webview-mixed-content
        settings.setMixedContentMode(MIXED_CONTENT_ALWAYS_ALLOW);
    }

    static void setUpQualified(WebView view) {
        // ruleid: transport-webview-mixed-content
        view.getSettings().setMixedContentMode(android.webkit.WebSettings.MIXED_CONTENT_ALWAYS_ALLOW);
    }

    void setUpFromConstant() {
        // ruleid: transport-webview-mixed-content
        webSettings.setMixedContentMode(ARTICLE_MIXED_CONTENT);
    }

    void setUpWithRawValue() {
        // ruleid: transport-webview-mixed-content
        webSettings.setMixedContentMode(0);
    }

    void setUpForArchive(boolean archived) {
        int mode = archived ? MIXED_CONTENT_ALWAYS_ALLOW : WebSettings.MIXED_CONTENT_NEVER_ALLOW;
        applyMode(getSettings(), mode);
    }

    private static void applyMode(WebSettings settings, int mode) {
        // ruleid: transport-webview-mixed-content
        settings.setMixedContentMode(mode);
    }

    void setUpSafely() {
        // ok: transport-webview-mixed-content
        getSettings().setMixedContentMode(WebSettings.MIXED_CONTENT_NEVER_ALLOW);
        // ok: transport-webview-mixed-content
        webSettings.setMixedContentMode(SAFE_MIXED_CONTENT);
    }

    void setUpLikeABrowser() {
        // ok: transport-webview-mixed-content
        getSettings().setMixedContentMode(WebSettings.MIXED_CONTENT_COMPATIBILITY_MODE);
        // ok: transport-webview-mixed-content
        webSettings.setMixedContentMode(1);
    }

    void setUpForDebugging() {
        if (BuildConfig.DEBUG) {
            // ok: transport-webview-mixed-content
            getSettings().setMixedContentMode(MIXED_CONTENT_ALWAYS_ALLOW);
        }
    }

    void report() {
        // ok: transport-webview-mixed-content
        boolean permissive = getSettings().getMixedContentMode() == MIXED_CONTENT_ALWAYS_ALLOW;
        // ok: transport-webview-mixed-content
        Log.d(TAG, "mixed content mode " + WebSettings.MIXED_CONTENT_ALWAYS_ALLOW + " means always allow: " + permissive);
    }
}

class PlayerOptions {
    private int mixedContentMode = 1;

    void setMixedContentMode(int mode) {
        mixedContentMode = mode;
    }

    static void configure(PlayerOptions options) {
        // ok: transport-webview-mixed-content
        options.setMixedContentMode(0);
    }
}
