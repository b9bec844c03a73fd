package com.securecomm.samples.network

import java.net.InetAddress
import java.net.Socket
import javax.net.ssl.SSLContext
import javax.net.ssl.SSLParameters
import javax.net.ssl.SSLSocket
import javax.net.ssl.SSLSocketFactory
import okhttp3.ConnectionSpec
import okhttp3.OkHttpClient
import okhttp3.TlsVersion
import org.junit.Assert.assertNotEquals

object LegacyTls {
    // ok: tls-weak-protocol-version
    private val DISALLOWED_PROTOCOLS = arrayOf("SSLv3", "TLSv1")

    // ruleid: tls-weak-protocol-version
    private val LEGACY_PROTOCOLS = arrayOf("TLSv1", "TLSv1.2")

    fun context(): SSLContext {
        // ruleid: tls-weak-protocol-version
        val context = SSLContext.getInstance("TLSv1")
        context.init(null, null, null)
        return context
    }

    // ruleid: tls-weak-protocol-version [variant: ssl-alias]
    fun sslContext(): SSLContext = SSLContext.getInstance("SSL")

    // ruleid: tls-weak-protocol-version [variant: ssl-alias]
    private const val SSL_PROTOCOL = "SSL"

    // ok: tls-weak-protocol-version
    private const val CONNECTION_LABEL = "SSL"

    fun withProvider(): SSLContext =
        // ruleid: tls-weak-protocol-version [variant: ssl-alias]
        javax.net.ssl.SSLContext.getInstance("SSL", "AndroidOpenSSL")

    fun apache(): SSLContext =
        // ruleid: tls-weak-protocol-version [variant: ssl-alias]
        org.apache.http.ssl.SSLContexts.custom().setProtocol("SSL").build()

    // ok: tls-weak-protocol-version
    fun describe(secure: Boolean): String = if (secure) "SSL" else "plain"

    fun qualified(): SSLContext =
        // ruleid: tls-weak-protocol-version
        javax.net.ssl.SSLContext.getInstance("TLSv1.1", "AndroidOpenSSL")

    fun restrict(socket: SSLSocket) {
        // ruleid: tls-weak-protocol-version
        socket.enabledProtocols = arrayOf("TLSv1", "TLSv1.1")
    }

    fun restrictJavaStyle(socket: SSLSocket) {
        // ruleid: tls-weak-protocol-version
        socket.setEnabledProtocols(arrayOf("SSLv3"))
    }

    fun parameters(socket: SSLSocket) {
        socket.sslParameters = SSLParameters().apply {
            // ruleid: tls-weak-protocol-version
            protocols = listOf("TLSv1.1", "TLSv1.2").toTypedArray()
        }
    }

    fun okHttp(): OkHttpClient {
        val spec = ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS)
            // ruleid: tls-weak-protocol-version
            .tlsVersions(TlsVersion.TLS_1_0, TlsVersion.TLS_1_2)
            .build()
        return OkHttpClient.Builder().connectionSpecs(listOf(spec)).build()
    }

    fun javaNames(socket: SSLSocket) {
        // ruleid: tls-weak-protocol-version
        socket.enabledProtocols = arrayOf(TlsVersion.TLS_1_1.javaName, TlsVersion.TLS_1_2.javaName)
    }

    fun okHttpStrings(): ConnectionSpec = ConnectionSpec.Builder(ConnectionSpec.COMPATIBLE_TLS)
        // ruleid: tls-weak-protocol-version
        .tlsVersions("TLSv1", "TLSv1.2")
        .build()

    fun jvmWide() {
        // ruleid: tls-weak-protocol-version
        System.setProperty("https.protocols", "TLSv1,TLSv1.1,TLSv1.2")
    }
}

class Tls12SocketFactory(private val delegate: SSLSocketFactory) : SSLSocketFactory() {
    private fun patch(socket: Socket): Socket {
        // ok: tls-weak-protocol-version
        (socket as? SSLSocket)?.enabledProtocols = arrayOf("TLSv1.2", "TLSv1.3")
        return socket
    }

    override fun createSocket(s: Socket, host: String, port: Int, autoClose: Boolean): Socket =
        patch(delegate.createSocket(s, host, port, autoClose))
    override fun createSocket(host: String, port: Int): Socket = patch(delegate.createSocket(host, port))
    override fun createSocket(host: String, port: Int, localHost: InetAddress, localPort: Int): Socket =
        patch(delegate.createSocket(host, port, localHost, localPort))
    override fun createSocket(host: InetAddress, port: Int): Socket = patch(delegate.createSocket(host, port))
    override fun createSocket(address: InetAddress, port: Int, localAddress: InetAddress, localPort: Int): Socket =
        patch(delegate.createSocket(address, port, localAddress, localPort))
    override fun getDefaultCipherSuites(): Array<String> = delegate.defaultCipherSuites
    override fun getSupportedCipherSuites(): Array<String> = delegate.supportedCipherSuites
}

object ModernTls {
    // ok: tls-weak-protocol-version
    fun context(): SSLContext = SSLContext.getInstance("TLS")

    // ok: tls-weak-protocol-version
    fun tls13(): SSLContext = SSLContext.getInstance("TLSv1.3")

    fun spec(): ConnectionSpec = ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS)
        // ok: tls-weak-protocol-version
        .tlsVersions(TlsVersion.TLS_1_3, TlsVersion.TLS_1_2)
        .build()

    fun warnOnOldVersion(version: TlsVersion): Boolean {
        // ok: tls-weak-protocol-version
        return version == TlsVersion.TLS_1_0 || version == TlsVersion.TLS_1_1
    }

    fun testHandshake(negotiated: TlsVersion) {
        // ok: tls-weak-protocol-version
        assertNotEquals(TlsVersion.TLS_1_0, negotiated)
    }
}
