package com.shopfront.ui;

import android.app.Activity;
import android.app.AlertDialog;
import android.content.DialogInterface;
import android.net.http.SslError;
import android.os.Bundle;
import android.util.Log;
import android.webkit.ClientCertRequest;
import android.webkit.HttpAuthHandler;
import android.webkit.SslErrorHandler;
import android.webkit.WebView;
import android.webkit.WebViewClient;

import java.io.IOException;

import okhttp3.Interceptor;
import okhttp3.Response;

public class CheckoutActivity extends Activity {
    private static final String TAG = "CheckoutActivity";
    private WebView webView;

    /** A WebViewClient subclass that ignores every certificate error. */
    static class LenientClient extends WebViewClient {
        @Override
        public void onReceivedSslError(WebView view, SslErrorHandler handler, SslError error) {
            Log.w(TAG, "SSL error " + error.getPrimaryError() + ", continuing");
            // ruleid: tls-webview-ssl-error-proceed
            handler.proceed();
        }
    }

    /** Proceeds only in debug builds, which still ships the bypass in the APK. */
    static class DebugClient extends WebViewClient {
        @Override
        public void onReceivedSslError(WebView view, SslErrorHandler handler, SslError error) {
            if (BuildConfig.DEBUG) {
                // ruleid: tls-webview-ssl-error-proceed
                handler.proceed();
            } else {
                super.onReceivedSslError(view, handler, error);
            }
        }
    }

    /** Proceeds for one kind of error only. */
    static class UntrustedOnlyClient extends WebViewClient {
        @Override
        public void onReceivedSslError(WebView view, final SslErrorHandler sslErrorHandler, SslError error) {
            switch (error.getPrimaryError()) {
                case SslError.SSL_UNTRUSTED:
                    // ruleid: tls-webview-ssl-error-proceed
                    sslErrorHandler.proceed();
                    break;
                default:
                    sslErrorHandler.cancel();
            }
        }
    }

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        webView = new WebView(this);
        webView.setWebViewClient(new WebViewClient() {
            @Override
            public void onReceivedSslError(WebView view, final SslErrorHandler handler, SslError error) {
                AlertDialog.Builder builder = new AlertDialog.Builder(view.getContext());
                builder.setMessage("The certificate of this site is not trusted. Continue?");
                builder.setPositiveButton("Continue", new DialogInterface.OnClickListener() {
                    @Override
                    public void onClick(DialogInterface dialog, int which) {
                        // ruleid: tls-webview-ssl-error-proceed
                        handler.proceed();
                    }
                });
                builder.setNegativeButton("Cancel", new DialogInterface.OnClickListener() {
                    @Override
                    public void onClick(DialogInterface dialog, int which) {
                        // ok: tls-webview-ssl-error-proceed
                        handler.cancel();
                    }
                });
                builder.create().show();
            }
        });
        setContentView(webView);
    }

    void useLambdaDialog() {
        webView.setWebViewClient(new WebViewClient() {
            @Override
            public void onReceivedSslError(WebView view, SslErrorHandler handler, SslError error) {
                new AlertDialog.Builder(view.getContext())
                    .setTitle("Security warning")
                    // ruleid: tls-webview-ssl-error-proceed
                    .setPositiveButton("Continue", (dialog, which) -> handler.proceed())
                    .setNegativeButton("Back", (dialog, which) -> handler.cancel())
                    .show();
            }
        });
    }

    /** Hands the decision to a helper that proceeds. */
    static class HelperClient extends WebViewClient {
        @Override
        public void onReceivedSslError(WebView view, SslErrorHandler handler, SslError error) {
            Log.w(TAG, "SSL error " + error);
            continueAnyway(handler);
        }

        // ruleid: tls-webview-ssl-error-proceed
        private static void continueAnyway(SslErrorHandler handler) {
            handler.proceed();
        }
    }

    /** A reusable dialog that asks the user whether to ignore the certificate error. */
    static final class SslErrorDialog {
        // ruleid: tls-webview-ssl-error-proceed
        SslErrorDialog(android.content.Context context, final SslErrorHandler handler) {
            new AlertDialog.Builder(context)
                .setMessage("The certificate is not trusted. Continue?")
                .setPositiveButton("Continue", (dialog, which) -> {
                    if (handler != null) {
                        handler.proceed();
                    }
                })
                .setNegativeButton("Cancel", (dialog, which) -> handler.cancel())
                .show();
        }
    }

    /** Reports the error and refuses the page. */
    static final class SslErrorReporter {
        // ok: tls-webview-ssl-error-proceed
        static void reject(SslErrorHandler handler, SslError error) {
            Log.e(TAG, "Refusing " + error.getUrl());
            handler.cancel();
        }
    }

    /** The safe default: refuse the page. */
    static class StrictClient extends WebViewClient {
        @Override
        public void onReceivedSslError(WebView view, SslErrorHandler handler, SslError error) {
            Log.e(TAG, "SSL error " + error);
            // ok: tls-webview-ssl-error-proceed
            handler.cancel();
        }

        @Override
        public void onReceivedHttpAuthRequest(WebView view, HttpAuthHandler handler, String host, String realm) {
            // ok: tls-webview-ssl-error-proceed
            handler.proceed("shop", BuildConfig.STAGING_PASSWORD);
        }

        @Override
        public void onReceivedClientCertRequest(WebView view, ClientCertRequest request) {
            // ok: tls-webview-ssl-error-proceed
            request.proceed(ClientKeys.privateKey(), ClientKeys.chain());
        }
    }

    /** Delegates to WebViewClient, which cancels the load. */
    static class SuperClient extends WebViewClient {
        @Override
        public void onReceivedSslError(WebView view, SslErrorHandler handler, SslError error) {
            // ok: tls-webview-ssl-error-proceed
            super.onReceivedSslError(view, handler, error);
        }
    }

    /** An OkHttp interceptor's proceed() continues a request, not a TLS error. */
    static final class UserAgentInterceptor implements Interceptor {
        @Override
        public Response intercept(Chain chain) throws IOException {
            // ok: tls-webview-ssl-error-proceed
            return chain.proceed(chain.request().newBuilder().header("User-Agent", "Shopfront").build());
        }
    }
}
