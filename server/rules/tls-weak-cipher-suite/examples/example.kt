package com.securecomm.samples.network

import android.util.Log
import io.netty.handler.ssl.SslContextBuilder
import javax.net.ssl.SSLParameters
import javax.net.ssl.SSLSocket
import okhttp3.CipherSuite
import okhttp3.ConnectionSpec
import okhttp3.OkHttpClient

object LegacyCiphers {
    // ok: tls-weak-cipher-suite
    private val WEAK_CIPHER_SUITES = setOf("SSL_RSA_WITH_RC4_128_MD5", "TLS_RSA_WITH_3DES_EDE_CBC_SHA")

    // ok: tls-weak-cipher-suite
    private val UNUSED_CIPHER_SUITES = arrayOf("TLS_RSA_WITH_NULL_SHA256")

    // ruleid: tls-weak-cipher-suite
    val COMPAT_CIPHER_SUITES = arrayOf("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_RSA_WITH_3DES_EDE_CBC_SHA")

    private val FALLBACK_SUITES = listOf(
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_RSA_WITH_RC4_128_SHA,
    )

    private val MODERN_SUITES = listOf(
        CipherSuite.TLS_AES_128_GCM_SHA256,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
    )

    fun enableRc4(socket: SSLSocket) {
        // ruleid: tls-weak-cipher-suite
        socket.enabledCipherSuites = arrayOf("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "SSL_RSA_WITH_RC4_128_SHA")
    }

    fun javaStyle(socket: SSLSocket) {
        // ruleid: tls-weak-cipher-suite
        socket.setEnabledCipherSuites(arrayOf("SSL_RSA_WITH_DES_CBC_SHA"))
    }

    fun parameters(socket: SSLSocket) {
        socket.sslParameters = SSLParameters().apply {
            // ruleid: tls-weak-cipher-suite
            cipherSuites = listOf("TLS_ECDH_anon_WITH_AES_128_CBC_SHA").toTypedArray()
        }
    }

    fun okHttp(): OkHttpClient {
        val spec = ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS)
            // ruleid: tls-weak-cipher-suite
            .cipherSuites(*FALLBACK_SUITES.toTypedArray())
            .build()
        return OkHttpClient.Builder().connectionSpecs(listOf(spec)).build()
    }

    fun okHttpInline(): ConnectionSpec =
        ConnectionSpec.Builder(true)
            // ruleid: tls-weak-cipher-suite
            .cipherSuites(CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, CipherSuite.TLS_RSA_WITH_NULL_SHA256)
            .build()

    fun okHttpJavaNames(): ConnectionSpec =
        ConnectionSpec.Builder(true)
            // ruleid: tls-weak-cipher-suite
            .cipherSuites("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "SSL_RSA_EXPORT_WITH_RC4_40_MD5")
            .build()

    fun netty(legacy: Boolean) {
        val suite = if (legacy) "TLS_RSA_WITH_3DES_EDE_CBC_SHA" else "TLS_AES_128_GCM_SHA256"
        // ruleid: tls-weak-cipher-suite
        SslContextBuilder.forClient().ciphers(listOf(suite)).build()
    }

    fun javaName(socket: SSLSocket) {
        // ruleid: tls-weak-cipher-suite
        socket.enabledCipherSuites = arrayOf(CipherSuite.TLS_RSA_WITH_RC4_128_MD5.javaName)
    }

    fun systemProperty() {
        // ruleid: tls-weak-cipher-suite
        System.setProperty("https.cipherSuites", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,SSL_RSA_WITH_RC4_128_MD5")
    }

    fun everythingSupported(socket: SSLSocket) {
        val all = socket.supportedCipherSuites
        // ruleid: tls-weak-cipher-suite [variant: all-supported]
        socket.enabledCipherSuites = all
    }

    // ---- look-alikes that stay silent ---------------------------------------------------

    fun modern(): ConnectionSpec =
        // ok: tls-weak-cipher-suite
        ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS).cipherSuites(*MODERN_SUITES.toTypedArray()).build()

    // ok: tls-weak-cipher-suite
    fun restricted(): List<ConnectionSpec> = listOf(ConnectionSpec.RESTRICTED_TLS, ConnectionSpec.MODERN_TLS)

    fun dropWeak(socket: SSLSocket) {
        // ok: tls-weak-cipher-suite
        socket.enabledCipherSuites = socket.supportedCipherSuites
            .filterNot { it in WEAK_CIPHER_SUITES || it == "TLS_RSA_WITH_NULL_SHA" }
            .toTypedArray()
    }

    fun logSupported(socket: SSLSocket) {
        // ok: tls-weak-cipher-suite
        Log.d("tls", "supported: ${socket.supportedCipherSuites.joinToString()}")
        // ok: tls-weak-cipher-suite
        Log.d("tls", "refusing SSL_RSA_WITH_RC4_128_SHA")
    }

    // ok: tls-weak-cipher-suite
    fun negotiatedRc4(socket: SSLSocket): Boolean = socket.session.cipherSuite == "SSL_RSA_WITH_RC4_128_SHA"
}
