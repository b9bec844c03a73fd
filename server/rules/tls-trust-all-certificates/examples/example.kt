package com.securecomm.samples.network

import android.annotation.SuppressLint
import android.util.Log
import java.net.Socket
import java.security.KeyStore
import java.security.MessageDigest
import java.security.cert.CertificateException
import java.security.cert.X509Certificate
import javax.net.ssl.SSLContext
import javax.net.ssl.SSLEngine
import javax.net.ssl.TrustManagerFactory
import javax.net.ssl.X509ExtendedTrustManager
import javax.net.ssl.X509TrustManager
import okhttp3.OkHttpClient
import okhttp3.tls.HandshakeCertificates
import org.apache.http.conn.ssl.TrustAllStrategy
import org.apache.http.conn.ssl.TrustSelfSignedStrategy
import org.apache.http.conn.ssl.TrustStrategy
import org.apache.http.ssl.SSLContexts
import timber.log.Timber

private const val TAG = "Network"

object UnsafeClientFactory {

    fun unsafeOkHttp(): OkHttpClient {
        @SuppressLint("CustomX509TrustManager")
        val trustAll = object : X509TrustManager {
            override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) {}

            // ruleid: tls-trust-all-certificates
            override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {}

            override fun getAcceptedIssuers(): Array<X509Certificate> = arrayOf()
        }
        val sslContext = SSLContext.getInstance("TLS")
        sslContext.init(null, arrayOf(trustAll), null)
        return OkHttpClient.Builder()
            .sslSocketFactory(sslContext.socketFactory, trustAll)
            .build()
    }

    fun expressionBodied(): X509TrustManager = object : X509TrustManager {
        override fun checkClientTrusted(chain: Array<out X509Certificate>?, authType: String?) = Unit
        // ruleid: tls-trust-all-certificates
        override fun checkServerTrusted(chain: Array<out X509Certificate>?, authType: String?) = Unit
        override fun getAcceptedIssuers(): Array<X509Certificate> = emptyArray()
    }
}

@SuppressLint("CustomX509TrustManager", "TrustAllX509TrustManager")
class LoggingTrustManager : X509TrustManager {
    override fun checkClientTrusted(chain: Array<X509Certificate>?, authType: String?) {
        Log.d(TAG, "client chain ignored")
    }

    @Throws(CertificateException::class)
    // ruleid: tls-trust-all-certificates
    override fun checkServerTrusted(chain: Array<X509Certificate>?, authType: String?) {
        Log.d(TAG, "server chain of ${chain?.size} certificates for $authType")
        Timber.tag(TAG).i("accepting %s", chain?.firstOrNull()?.subjectDN)
        return
    }

    override fun getAcceptedIssuers(): Array<X509Certificate> = emptyArray()
}

class DatesOnlyTrustManager : X509ExtendedTrustManager() {
    // ruleid: tls-trust-all-certificates
    override fun checkServerTrusted(chain: Array<out X509Certificate>, authType: String) {
        chain[0].checkValidity()
    }

    // ruleid: tls-trust-all-certificates
    override fun checkServerTrusted(chain: Array<out X509Certificate>, authType: String, socket: Socket?) {
        chain.forEach { println("expires ${it.notAfter}") }
    }

    // ruleid: tls-trust-all-certificates
    override fun checkServerTrusted(chain: Array<out X509Certificate>, authType: String, engine: SSLEngine?) {
    }

    override fun checkClientTrusted(chain: Array<out X509Certificate>, authType: String) {}
    override fun checkClientTrusted(chain: Array<out X509Certificate>, authType: String, socket: Socket?) {}
    override fun checkClientTrusted(chain: Array<out X509Certificate>, authType: String, engine: SSLEngine?) {}
    override fun getAcceptedIssuers(): Array<X509Certificate> = emptyArray()
}

class SwallowingTrustManager(private val platform: X509TrustManager) : X509TrustManager {
    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {
        try {
            platform.checkServerTrusted(chain, authType)
        // ruleid: tls-trust-all-certificates
        } catch (e: CertificateException) {
            Log.w(TAG, "untrusted server certificate, continuing", e)
        }
    }

    override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) =
        platform.checkClientTrusted(chain, authType)

    override fun getAcceptedIssuers(): Array<X509Certificate> = platform.acceptedIssuers
}

class QuietTrustManager(private val platform: X509TrustManager) : X509TrustManager by platform {
    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {
        // ruleid: tls-trust-all-certificates
        runCatching { platform.checkServerTrusted(chain, authType) }
            .onFailure { Log.e(TAG, "ignored", it) }
    }
}

object ApacheClients {
    fun trustEverything(): SSLContext = SSLContexts.custom()
        // ruleid: tls-trust-all-certificates
        .loadTrustMaterial(null, TrustStrategy { _, _ -> true })
        .build()

    fun trailingLambda(keyStore: KeyStore): SSLContext = SSLContexts.custom()
        // ruleid: tls-trust-all-certificates
        .loadTrustMaterial(keyStore) { _, _ -> true }
        .build()

    // ruleid: tls-trust-all-certificates
    fun trustAllStrategy(): SSLContext = SSLContexts.custom().loadTrustMaterial(TrustAllStrategy()).build()

    fun selfSigned(keyStore: KeyStore): SSLContext = SSLContexts.custom()
        // ruleid: tls-trust-all-certificates
        .loadTrustMaterial(keyStore, TrustSelfSignedStrategy.INSTANCE)
        .build()

    val strategy = object : TrustStrategy {
        // ruleid: tls-trust-all-certificates
        override fun isTrusted(chain: Array<X509Certificate>, authType: String): Boolean = true
    }

    val pinnedStrategy = object : TrustStrategy {
        // ok: tls-trust-all-certificates
        override fun isTrusted(chain: Array<X509Certificate>, authType: String): Boolean {
            return PinnedTrustManager.matchesPin(chain[0])
        }
    }
}

fun insecureHandshake(host: String): HandshakeCertificates = HandshakeCertificates.Builder()
    .addPlatformTrustedCertificates()
    // ruleid: tls-trust-all-certificates
    .addInsecureHost(host)
    .build()

// ---- look-alikes that validate properly -------------------------------------------

class DelegatingTrustManager : X509TrustManager {
    private val defaultTm: X509TrustManager = TrustManagerFactory
        .getInstance(TrustManagerFactory.getDefaultAlgorithm())
        .apply { init(null as KeyStore?) }
        .trustManagers
        .filterIsInstance<X509TrustManager>()
        .first()

    override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) =
        defaultTm.checkClientTrusted(chain, authType)

    // ok: tls-trust-all-certificates
    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {
        Log.d(TAG, "delegating to the platform")
        defaultTm.checkServerTrusted(chain, authType)
    }

    override fun getAcceptedIssuers(): Array<X509Certificate> = defaultTm.acceptedIssuers
}

class ExpressionDelegate(private val defaultTm: X509TrustManager) : X509TrustManager by defaultTm {
    // ok: tls-trust-all-certificates
    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) = defaultTm.checkServerTrusted(chain, authType)
}

class RejectingTrustManager : X509TrustManager {
    override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) {}

    // ok: tls-trust-all-certificates
    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {
        if (chain.isEmpty()) throw CertificateException("empty chain")
        throw CertificateException("this client only talks to pinned hosts")
    }

    override fun getAcceptedIssuers(): Array<X509Certificate> = emptyArray()
}

class HelperTrustManager : X509TrustManager {
    override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) {}

    // ok: tls-trust-all-certificates
    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {
        CertificateValidator.validateChain(chain, authType)
    }

    override fun getAcceptedIssuers(): Array<X509Certificate> = emptyArray()
}

class PinnedTrustManager(private val platform: X509TrustManager) : X509TrustManager by platform {
    // ok: tls-trust-all-certificates
    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {
        platform.checkServerTrusted(chain, authType)
        check(matchesPin(chain[0])) { "certificate pin mismatch" }
    }

    companion object {
        private const val PIN = "k2v657xBsOVe1PQRwOsHsw3bsGT2VzIqz5K+59sNQws="

        fun matchesPin(cert: X509Certificate): Boolean {
            val digest = MessageDigest.getInstance("SHA-256").digest(cert.publicKey.encoded)
            return android.util.Base64.encodeToString(digest, android.util.Base64.NO_WRAP) == PIN
        }
    }
}

class StrictTrustManager(private val platform: X509TrustManager) : X509TrustManager by platform {
    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {
        try {
            platform.checkServerTrusted(chain, authType)
        // ok: tls-trust-all-certificates
        } catch (e: CertificateException) {
            Log.e(TAG, "rejected", e)
            throw e
        }
    }
}

class FallbackPinningTrustManager(private val platform: X509TrustManager) : X509TrustManager by platform {
    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {
        try {
            platform.checkServerTrusted(chain, authType)
            return
        // ok: tls-trust-all-certificates
        } catch (e: CertificateException) {
            Log.i(TAG, "not trusted by the platform, checking the pin")
        }
        if (!PinnedTrustManager.matchesPin(chain[0])) throw CertificateException("pin mismatch")
    }
}

object CertificateValidator {
    fun validateChain(chain: Array<X509Certificate>, authType: String) {
        require(chain.isNotEmpty()) { "empty chain for $authType" }
    }
}

// EasyX509TrustManager: a lone self-signed certificate only has its dates checked
class EasyTrustManager(private val standard: X509TrustManager) : X509TrustManager by standard {
    // ruleid: tls-trust-all-certificates
    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {
        if (chain.size == 1) {
            chain[0].checkValidity()
        } else {
            standard.checkServerTrusted(chain, authType)
        }
    }
}

// only the validity dates can fail: any unexpired certificate passes
class DatesOnlyTrustManager(private val standard: X509TrustManager) : X509TrustManager by standard {
    // ruleid: tls-trust-all-certificates
    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {
        try {
            chain[0].checkValidity()
        } catch (e: Exception) {
            throw CertificateException("certificate not valid", e)
        }
    }
}

// forgiving only an expired certificate still lets the platform reject everything else
class ExpiryTolerantTrustManager(private val platform: X509TrustManager) : X509TrustManager by platform {
    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {
        try {
            platform.checkServerTrusted(chain, authType)
        // ok: tls-trust-all-certificates
        } catch (e: java.security.cert.CertificateExpiredException) {
            Log.w(TAG, "expired", e)
        }
    }
}

// both branches delegate: nothing is accepted unchecked
class SelectingTrustManager(private val platform: X509TrustManager, private val pinned: X509TrustManager?) : X509TrustManager by platform {
    // ok: tls-trust-all-certificates
    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {
        if (pinned == null) {
            platform.checkServerTrusted(chain, authType)
        } else {
            pinned.checkServerTrusted(chain, authType)
        }
    }
}

// ---- split shapes: declared in one place, installed in another ---------------------

object TrustEverything : X509TrustManager {
    override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) {}

    // ruleid: tls-trust-all-certificates
    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {}

    override fun getAcceptedIssuers(): Array<X509Certificate> = emptyArray()
}

fun stagingClient(): OkHttpClient {
    val context = SSLContext.getInstance("TLS")
    context.init(null, arrayOf(TrustEverything), null)
    return OkHttpClient.Builder().sslSocketFactory(context.socketFactory, TrustEverything).build()
}

// the check is handed to a helper of the same class that only records the chain
class RecordingTrustManager : X509TrustManager {
    override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) {}

    // ruleid: tls-trust-all-certificates
    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) = record(chain, authType)

    private fun record(chain: Array<X509Certificate>, authType: String) {
        Log.i(TAG, "server chain of ${chain.size} certificates ($authType)")
    }

    override fun getAcceptedIssuers(): Array<X509Certificate> = emptyArray()
}

class InsecureClientFactory {
    private val trustManager: X509TrustManager = RecordingTrustManager()

    fun client(): OkHttpClient {
        val context = SSLContext.getInstance("TLS")
        context.init(null, arrayOf(trustManager), null)
        return OkHttpClient.Builder().sslSocketFactory(context.socketFactory, trustManager).build()
    }
}

// a strategy written as a function and given by reference
private fun acceptAnyChain(chain: Array<X509Certificate>, authType: String): Boolean = true

fun referencedStrategy(keyStore: KeyStore): SSLContext = SSLContexts.custom()
    // ruleid: tls-trust-all-certificates
    .loadTrustMaterial(keyStore, ::acceptAnyChain)
    .build()

// ruleid: tls-trust-all-certificates
val acceptAnyStrategy = TrustStrategy(::acceptAnyChain)

// ---- split look-alikes -------------------------------------------------------------

// a delegating trust manager kept in a property and installed elsewhere
class PlatformBackedClientFactory(private val platform: X509TrustManager) {
    private val checked = object : X509TrustManager by platform {
        // ok: tls-trust-all-certificates
        override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) = verifyChain(chain, authType)
    }

    private fun verifyChain(chain: Array<X509Certificate>, authType: String) {
        if (chain.isEmpty()) throw CertificateException("empty chain")
        platform.checkServerTrusted(chain, authType)
    }

    fun client(): OkHttpClient {
        val context = SSLContext.getInstance("TLS")
        context.init(null, arrayOf(checked), null)
        return OkHttpClient.Builder().sslSocketFactory(context.socketFactory, checked).build()
    }
}

// a pin check given by reference
private fun pinnedChain(chain: Array<X509Certificate>, authType: String): Boolean = PinnedTrustManager.matchesPin(chain[0])

fun pinnedStrategy(keyStore: KeyStore): SSLContext = SSLContexts.custom()
    // ok: tls-trust-all-certificates
    .loadTrustMaterial(keyStore, ::pinnedChain)
    .build()

// answers true, but is never given to a TLS API
// ok: tls-trust-all-certificates
private fun auditEnabled(chain: Array<X509Certificate>, authType: String): Boolean = true
