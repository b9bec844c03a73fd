package com.securecomm.samples.web

import android.annotation.SuppressLint
import android.app.AlertDialog
import android.content.Context
import android.net.http.SslError
import android.util.Log
import android.webkit.SslErrorHandler
import android.webkit.WebResourceRequest
import android.webkit.WebView
import android.webkit.WebViewClient
import okhttp3.Interceptor
import okhttp3.Response

private const val TAG = "Web"

class LenientWebViewClient : WebViewClient() {
    @SuppressLint("WebViewClientOnReceivedSslError")
    override fun onReceivedSslError(view: WebView?, handler: SslErrorHandler?, error: SslError?) {
        Log.w(TAG, "SSL error ${error?.primaryError} for ${error?.url}")
        // ruleid: tls-webview-ssl-error-proceed
        handler?.proceed()
    }

    override fun shouldOverrideUrlLoading(view: WebView?, request: WebResourceRequest?): Boolean = false
}

class BranchingWebViewClient(private val debug: Boolean) : WebViewClient() {
    override fun onReceivedSslError(view: WebView, handler: SslErrorHandler, error: SslError) {
        when (error.primaryError) {
            SslError.SSL_UNTRUSTED, SslError.SSL_IDMISMATCH ->
                // ruleid: tls-webview-ssl-error-proceed
                if (debug) handler.proceed() else handler.cancel()
            else -> handler.cancel()
        }
    }
}

fun attachClient(webView: WebView, context: Context) {
    webView.webViewClient = object : WebViewClient() {
        override fun onReceivedSslError(view: WebView?, handler: SslErrorHandler?, error: SslError?) {
            AlertDialog.Builder(context)
                .setMessage("The certificate of this site is not trusted. Continue?")
                // ruleid: tls-webview-ssl-error-proceed
                .setPositiveButton("Continue") { _, _ -> handler!!.proceed() }
                .setNegativeButton("Cancel") { _, _ -> handler?.cancel() }
                .show()
        }
    }
}

class ScopedWebViewClient : WebViewClient() {
    override fun onReceivedSslError(view: WebView?, handler: SslErrorHandler?, error: SslError?) {
        // ruleid: tls-webview-ssl-error-proceed
        handler?.let { it.proceed() }
    }
}

class ImplicitReceiverClient : WebViewClient() {
    override fun onReceivedSslError(view: WebView?, p1: SslErrorHandler, p2: SslError?) {
        with(p1) {
            // ruleid: tls-webview-ssl-error-proceed
            proceed()
        }
    }
}

class DelegatingWebViewClient(private val context: Context) : WebViewClient() {
    override fun onReceivedSslError(view: WebView?, handler: SslErrorHandler, error: SslError?) {
        showSslWarning(handler)
    }

    private fun showSslWarning(sslHandler: SslErrorHandler) {
        AlertDialog.Builder(context)
            .setTitle("Insecure connection")
            // ruleid: tls-webview-ssl-error-proceed
            .setPositiveButton("Open anyway") { _, _ -> sslHandler.proceed() }
            .setNegativeButton("Back") { _, _ -> sslHandler.cancel() }
            .show()
    }
}

class NeutralHelperClient : WebViewClient() {
    override fun onReceivedSslError(view: WebView?, handler: SslErrorHandler, error: SslError?) {
        Log.w(TAG, "SSL error ${error?.primaryError}")
        accept(handler)
    }

    // ruleid: tls-webview-ssl-error-proceed
    private fun accept(h: SslErrorHandler) = h.proceed()
}

class DeferredWebViewClient(private val wizard: Wizard) : WebViewClient() {
    private var pending: SslErrorHandler? = null

    override fun onReceivedSslError(view: WebView?, handler: SslErrorHandler?, error: SslError?) {
        pending = handler
        Log.i(TAG, "asking the user about ${error?.url}")
    }

    fun onContinueTapped() {
        // ruleid: tls-webview-ssl-error-proceed
        pending?.proceed()
        pending = null
    }

    fun onBackTapped() {
        // ok: tls-webview-ssl-error-proceed
        pending?.cancel()
        pending = null
    }

    fun onNextTapped() {
        // ok: tls-webview-ssl-error-proceed
        wizard.proceed()
    }
}

class SslWarningSheet(private val handler: SslErrorHandler) {
    fun onConfirm() {
        // ruleid: tls-webview-ssl-error-proceed
        handler.proceed()
    }

    fun onDismiss() {
        // ok: tls-webview-ssl-error-proceed
        handler.cancel()
    }
}

class SheetWebViewClient : WebViewClient() {
    override fun onReceivedSslError(view: WebView?, handler: SslErrorHandler, error: SslError?) {
        SslWarningSheet(handler)
    }
}

class AlsoWebViewClient : WebViewClient() {
    override fun onReceivedSslError(view: WebView?, handler: SslErrorHandler?, error: SslError?) {
        // ruleid: tls-webview-ssl-error-proceed
        handler?.also { accepted -> accepted.proceed() }
    }
}

// ---- look-alikes ------------------------------------------------------------------

class StrictWebViewClient : WebViewClient() {
    override fun onReceivedSslError(view: WebView?, handler: SslErrorHandler?, error: SslError?) {
        Log.e(TAG, "blocked page with SSL error ${error?.primaryError}")
        // ok: tls-webview-ssl-error-proceed
        handler?.cancel()
    }
}

class DefaultWebViewClient : WebViewClient() {
    override fun onReceivedSslError(view: WebView?, handler: SslErrorHandler?, error: SslError?) {
        // ok: tls-webview-ssl-error-proceed
        super.onReceivedSslError(view, handler, error)
    }
}

class AuthHeaderInterceptor(private val token: String) : Interceptor {
    override fun intercept(chain: Interceptor.Chain): Response {
        val request = chain.request().newBuilder().header("Authorization", "Bearer $token").build()
        // ok: tls-webview-ssl-error-proceed
        return chain.proceed(request)
    }
}

class Wizard {
    private var step = 0

    fun proceed() {
        step++
    }

    fun onNextClicked() {
        // ok: tls-webview-ssl-error-proceed
        proceed()
    }
}

class AuthWebViewClient : WebViewClient() {
    override fun onReceivedHttpAuthRequest(view: WebView?, handler: android.webkit.HttpAuthHandler, host: String?, realm: String?) {
        // ok: tls-webview-ssl-error-proceed
        handler.proceed("reader", BuildConfig.READER_PASSWORD)
    }
}

// The app checks the certificate itself and proceeds only for the one it verified
class KnownCertificateClient(private val store: TrustedCertificateStore) : WebViewClient() {
    override fun onReceivedSslError(view: WebView, handler: SslErrorHandler, error: SslError) {
        val trusted = store.validateSslCertificateChain(error.certificate)
        if (trusted is CertificateValidationState.TrustedChain) {
            // ok: tls-webview-ssl-error-proceed
            handler.proceed()
        } else {
            handler.cancel()
        }
    }
}

class MemorizedCertificateClient : WebViewClient() {
    override fun onReceivedSslError(view: WebView, handler: SslErrorHandler, error: SslError) {
        val cert = x509Of(error.certificate)
        if (cert != null && MemorizingTrustManager(view.context).isCertKnown(cert)) {
            // ok: tls-webview-ssl-error-proceed
            handler.proceed()
        } else {
            handler.cancel()
        }
    }
}

// A host allow-list checks no certificate: any certificate is accepted for these hosts
class TrustedHostsClient : WebViewClient() {
    override fun onReceivedSslError(view: WebView, handler: SslErrorHandler, error: SslError) {
        if (isTrustedHost(error.url)) {
            // ruleid: tls-webview-ssl-error-proceed
            handler.proceed()
        } else {
            handler.cancel()
        }
    }
}
