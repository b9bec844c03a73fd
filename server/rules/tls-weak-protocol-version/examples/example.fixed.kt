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
import android.util.Log

object LegacyTls {
    // ok: tls-weak-protocol-version
    private val DISALLOWED_PROTOCOLS = arrayOf("SSLv3", "TLSv1")

    // ruleid: tls-weak-protocol-version
    val LEGACY_PROTOCOLS = arrayOf("TLSv1.2")

    // ok: tls-weak-protocol-version
    private val UNUSED_PROTOCOLS = arrayOf("TLSv1", "TLSv1.1")

    // ok: tls-weak-protocol-version
    private const val LOGGED_PROTOCOL = "TLSv1.1"

    private val FALLBACK = listOf("TLSv1.2")

    fun context(): SSLContext {
        // ruleid: tls-weak-protocol-version
        val context = SSLContext.getInstance("TLSv1.2")
        context.init(null, null, null)
        return context
    }

    // ruleid: tls-weak-protocol-version [variant: ssl-alias]
    fun sslContext(): SSLContext = SSLContext.getInstance("TLS")

    // ruleid: tls-weak-protocol-version [variant: ssl-alias]
    const val SSL_PROTOCOL = "TLS"

    // ok: tls-weak-protocol-version
    private const val CONNECTION_LABEL = "SSL"

    fun withProvider(): SSLContext =
        // ruleid: tls-weak-protocol-version [variant: ssl-alias]
        javax.net.ssl.SSLContext.getInstance("TLS", "AndroidOpenSSL")

    fun apache(): SSLContext =
        // ruleid: tls-weak-protocol-version [variant: ssl-alias]
        org.apache.http.ssl.SSLContexts.custom().setProtocol("TLS").build()

    // ok: tls-weak-protocol-version
    fun describe(secure: Boolean): String = if (secure) "SSL" else "plain"

    fun qualified(): SSLContext =
        // ruleid: tls-weak-protocol-version
        javax.net.ssl.SSLContext.getInstance("TLSv1.2", "AndroidOpenSSL")

    fun restrict(socket: SSLSocket) {
        // ruleid: tls-weak-protocol-version
        socket.enabledProtocols = arrayOf("TLSv1.2")
    }

    fun restrictJavaStyle(socket: SSLSocket) {
        // ruleid: tls-weak-protocol-version
        socket.setEnabledProtocols(arrayOf("TLSv1.2"))
    }

    fun parameters(socket: SSLSocket) {
        socket.sslParameters = SSLParameters().apply {
            // ruleid: tls-weak-protocol-version
            protocols = listOf("TLSv1.2").toTypedArray()
        }
    }

    fun okHttp(): OkHttpClient {
        val spec = ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS)
            // ruleid: tls-weak-protocol-version
            .tlsVersions(TlsVersion.TLS_1_2)
            .build()
        return OkHttpClient.Builder().connectionSpecs(listOf(spec)).build()
    }

    fun javaNames(socket: SSLSocket) {
        // ruleid: tls-weak-protocol-version
        socket.enabledProtocols = arrayOf(TlsVersion.TLS_1_2.javaName)
    }

    fun okHttpStrings(): ConnectionSpec = ConnectionSpec.Builder(ConnectionSpec.COMPATIBLE_TLS)
        // ruleid: tls-weak-protocol-version
        .tlsVersions("TLSv1.2")
        .build()

    fun jvmWide() {
        // ruleid: tls-weak-protocol-version
        System.setProperty("https.protocols", "TLSv1,TLSv1.1,TLSv1.2")
    }

    // ---- split across statements --------------------------------------------------------

    fun fromVal(socket: SSLSocket) {
        val protocols = arrayOf("TLSv1.2")
        // ruleid: tls-weak-protocol-version
        socket.enabledProtocols = protocols
    }

    fun fromList(socket: SSLSocket) {
        // ruleid: tls-weak-protocol-version
        socket.enabledProtocols = FALLBACK.toTypedArray()
    }

    fun fromCompanion(socket: SSLSocket) {
        // ruleid: tls-weak-protocol-version
        socket.setEnabledProtocols(LegacyDefaults.PROTOCOLS)
    }

    fun throughIf(legacy: Boolean): SSLContext {
        val proto = if (legacy) "TLSv1.2" else "TLS"
        // ruleid: tls-weak-protocol-version
        return SSLContext.getInstance(proto)
    }

    fun aliasThroughLocal(insecure: Boolean): SSLContext {
        val protocol = if (insecure) "TLS" else "TLS"
        // ruleid: tls-weak-protocol-version [variant: ssl-alias]
        return SSLContext.getInstance(protocol)
    }

    fun okHttpSpread(): ConnectionSpec {
        val versions = arrayOf(TlsVersion.TLS_1_2)
        return ConnectionSpec.Builder(ConnectionSpec.COMPATIBLE_TLS)
            // ruleid: tls-weak-protocol-version
            .tlsVersions(*versions)
            .build()
    }

    fun okHttpStringList(legacy: List<String>): ConnectionSpec = ConnectionSpec.Builder(ConnectionSpec.COMPATIBLE_TLS)
        // ruleid: tls-weak-protocol-version
        .tlsVersions(*listOf("TLSv1.2").toTypedArray())
        .build()

    fun jvmWideFromConstant() {
        // ruleid: tls-weak-protocol-version
        System.setProperty(LegacyDefaults.PROPERTY, LegacyDefaults.CLIENT_PROTOCOLS)
    }

    fun overwritten(socket: SSLSocket) {
        // ok: tls-weak-protocol-version
        var protocols = arrayOf("TLSv1", "TLSv1.1")
        protocols = arrayOf("TLSv1.2", "TLSv1.3")
        // ok: tls-weak-protocol-version
        socket.enabledProtocols = protocols
    }

    fun onlyLogged() {
        // ok: tls-weak-protocol-version
        Log.w("tls", "refusing $LOGGED_PROTOCOL")
    }

    fun supportedWithoutWeak(socket: SSLSocket) {
        // ok: tls-weak-protocol-version
        socket.enabledProtocols = socket.supportedProtocols.filter { it !in DISALLOWED_PROTOCOLS }.toTypedArray()
    }

    fun modernList(socket: SSLSocket) {
        val modern = listOf("TLSv1.3", "TLSv1.2")
        // ok: tls-weak-protocol-version
        socket.enabledProtocols = modern.toTypedArray()
    }
}

class LegacyDefaults {
    companion object {
        val PROTOCOLS = arrayOf("TLSv1.2")
        const val PROPERTY = "jdk.tls.client.protocols"
        const val CLIENT_PROTOCOLS = "TLSv1.1,TLSv1.2"
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
