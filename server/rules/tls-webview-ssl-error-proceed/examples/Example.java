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

        private static void continueAnyway(SslErrorHandler handler) {
            // ruleid: tls-webview-ssl-error-proceed
            handler.proceed();
        }
    }

    /** A reusable dialog that asks the user whether to ignore the certificate error. */
    static final class SslErrorDialog {
        SslErrorDialog(android.content.Context context, final SslErrorHandler handler) {
            new AlertDialog.Builder(context)
                .setMessage("The certificate is not trusted. Continue?")
                .setPositiveButton("Continue", (dialog, which) -> {
                    if (handler != null) {
                        // ruleid: tls-webview-ssl-error-proceed
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

    /** Parks the handler in a field until the user answers a banner shown elsewhere. */
    static class DeferredClient extends WebViewClient {
        private SslErrorHandler pendingHandler;
        private final CheckoutFlow flow = new CheckoutFlow();

        @Override
        public void onReceivedSslError(WebView view, SslErrorHandler handler, SslError error) {
            pendingHandler = handler;
            Log.w(TAG, "waiting for the user: " + error.getPrimaryError());
        }

        void onContinueClicked() {
            if (pendingHandler != null) {
                // ruleid: tls-webview-ssl-error-proceed
                pendingHandler.proceed();
                pendingHandler = null;
            }
        }

        void onBackClicked() {
            // ok: tls-webview-ssl-error-proceed
            pendingHandler.cancel();
        }

        void onNextStep() {
            // a checkout step, not a TLS decision
            // ok: tls-webview-ssl-error-proceed
            flow.proceed();
        }
    }

    /** Hands the handler to a helper with a neutral name, which hands it on. */
    static class ForwardingClient extends WebViewClient {
        private final Activity activity;

        ForwardingClient(Activity activity) {
            this.activity = activity;
        }

        @Override
        public void onReceivedSslError(WebView view, SslErrorHandler handler, SslError error) {
            activity.runOnUiThread(() -> decide(handler, error));
        }

        private void decide(SslErrorHandler decision, SslError error) {
            Log.i(TAG, "certificate problem " + error.getPrimaryError());
            resume(decision);
        }

        private static void resume(SslErrorHandler target) {
            // ruleid: tls-webview-ssl-error-proceed
            target.proceed();
        }
    }

    /** Keeps the handler in `this.pending` and lets a posted task continue the load. */
    static class PostingClient extends WebViewClient {
        private SslErrorHandler pending;

        @Override
        public void onReceivedSslError(WebView view, SslErrorHandler handler, SslError error) {
            this.pending = handler;
            // ruleid: tls-webview-ssl-error-proceed
            view.postDelayed(() -> this.pending.proceed(), 500);
        }
    }

    /** Stores the handler, but only ever refuses the page with it. */
    static class RefusingDeferredClient extends WebViewClient {
        private SslErrorHandler last;

        @Override
        public void onReceivedSslError(WebView view, SslErrorHandler handler, SslError error) {
            last = handler;
            // ok: tls-webview-ssl-error-proceed
            last.cancel();
        }
    }

    /** A checkout wizard whose proceed() has nothing to do with TLS. */
    static final class CheckoutFlow {
        private int step;

        void proceed() {
            step++;
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

    /** Proceeds only for a certificate signed by the app's own CA: the check throws otherwise. */
    static final class OwnCaClient extends WebViewClient {
        @Override
        public void onReceivedSslError(WebView view, SslErrorHandler handler, SslError error) {
            try {
                X509Certificate cert = x509Of(error.getCertificate());
                cert.verify(caCertificate.getPublicKey());
                // ok: tls-webview-ssl-error-proceed
                handler.proceed();
            } catch (GeneralSecurityException e) {
                // ok: tls-webview-ssl-error-proceed
                handler.cancel();
            }
        }
    }

    /** Verifying after proceeding verifies nothing. */
    static final class LateCheckClient extends WebViewClient {
        @Override
        public void onReceivedSslError(WebView view, SslErrorHandler handler, SslError error) {
            try {
                // ruleid: tls-webview-ssl-error-proceed
                handler.proceed();
                x509Of(error.getCertificate()).verify(caCertificate.getPublicKey());
            } catch (GeneralSecurityException e) {
                Log.w(TAG, e);
            }
        }
    }
}
