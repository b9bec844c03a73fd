package com.securecomm.samples.network

import android.util.Log
import io.ktor.client.HttpClient
import io.ktor.client.engine.okhttp.OkHttp
import java.io.BufferedWriter
import java.io.OutputStreamWriter
import java.net.InetSocketAddress
import java.net.Socket
import java.security.cert.X509Certificate
import javax.net.SocketFactory
import javax.net.ssl.HostnameVerifier
import javax.net.ssl.HttpsURLConnection
import javax.net.ssl.SSLContext
import javax.net.ssl.SSLSession
import javax.net.ssl.SSLSocket
import javax.net.ssl.SSLSocketFactory
import okhttp3.OkHttpClient
import okhttp3.internal.tls.OkHostnameVerifier
import org.apache.http.conn.ssl.AbstractVerifier
import org.apache.http.conn.ssl.AllowAllHostnameVerifier
import org.apache.http.conn.ssl.NoopHostnameVerifier
import org.apache.http.conn.ssl.SSLConnectionSocketFactory
import org.apache.http.impl.client.HttpClients

private const val TAG = "Network"
private const val API_HOST = "api.shopfront.io"

object InsecureClients {

    fun okHttpLambda(): OkHttpClient = OkHttpClient.Builder()
        // ruleid: tls-hostname-verification-disabled
        .hostnameVerifier { _, _ -> true }
        .build()

    fun okHttpSam(builder: OkHttpClient.Builder): OkHttpClient {
        // ruleid: tls-hostname-verification-disabled
        builder.hostnameVerifier(HostnameVerifier { hostname, session -> true })
        return builder.build()
    }

    fun okHttpLogging(builder: OkHttpClient.Builder): OkHttpClient {
        // ruleid: tls-hostname-verification-disabled
        builder.hostnameVerifier { hostname, _ ->
            Log.d(TAG, "accepting $hostname")
            true
        }
        return builder.build()
    }

    fun labelled(builder: OkHttpClient.Builder): OkHttpClient = builder
        // ruleid: tls-hostname-verification-disabled
        .hostnameVerifier { hostname, _ ->
            if (hostname.endsWith(".internal")) return@hostnameVerifier true
            true
        }
        .build()

    fun global() {
        // ruleid: tls-hostname-verification-disabled
        HttpsURLConnection.setDefaultHostnameVerifier { _, _ -> true }
    }

    val acceptAll = object : HostnameVerifier {
        // ruleid: tls-hostname-verification-disabled
        override fun verify(hostname: String?, session: SSLSession?) = true
    }

    fun ktorClient(): HttpClient = HttpClient(OkHttp) {
        engine {
            config {
                // ruleid: tls-hostname-verification-disabled
                hostnameVerifier { _, _ -> true }
            }
        }
    }
}

class AllowAllVerifier : HostnameVerifier {
    // ruleid: tls-hostname-verification-disabled
    override fun verify(hostname: String, session: SSLSession): Boolean {
        Log.w(TAG, "skipping host check for $hostname")
        return true
    }
}

private fun acceptAnyHost(hostname: String, session: SSLSession): Boolean = true

// ruleid: tls-hostname-verification-disabled
fun referenced(builder: OkHttpClient.Builder) = builder.hostnameVerifier(::acceptAnyHost).build()

class LenientVerifier : AbstractVerifier() {
    // ruleid: tls-hostname-verification-disabled
    override fun verify(host: String, cns: Array<String>?, subjectAlts: Array<String>?) {
    }
}

object ApacheClients {
    fun noop(sslContext: SSLContext) =
        // ruleid: tls-hostname-verification-disabled
        SSLConnectionSocketFactory(sslContext, NoopHostnameVerifier.INSTANCE)

    // ruleid: tls-hostname-verification-disabled
    fun allowAll(sslContext: SSLContext) = SSLConnectionSocketFactory(sslContext, AllowAllHostnameVerifier())

    fun legacy(factory: org.apache.http.conn.ssl.SSLSocketFactory) {
        // ruleid: tls-hostname-verification-disabled
        factory.hostnameVerifier = org.apache.http.conn.ssl.SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER
    }

    fun builder(sslContext: SSLContext) = HttpClients.custom()
        .setSSLContext(sslContext)
        // ruleid: tls-hostname-verification-disabled
        .setSSLHostnameVerifier { _, _ -> true }
        .build()
}

object RawSockets {
    fun sendPing(host: String) {
        // ruleid: tls-hostname-verification-disabled [variant: raw-socket]
        val socket = SSLSocketFactory.getDefault().createSocket(host, 443) as SSLSocket
        socket.startHandshake()
        BufferedWriter(OutputStreamWriter(socket.outputStream)).use { it.write("PING\n") }
    }

    fun pingLocalAgent() {
        // ok: tls-hostname-verification-disabled
        val socket = SSLSocketFactory.getDefault().createSocket("127.0.0.1", 8443) as SSLSocket
        socket.startHandshake()
        BufferedWriter(OutputStreamWriter(socket.outputStream)).use { it.write("PING\n") }
    }

    fun sendVerified(host: String) {
        // ok: tls-hostname-verification-disabled
        val socket = SSLSocketFactory.getDefault().createSocket(host, 443) as SSLSocket
        socket.sslParameters = socket.sslParameters.apply { endpointIdentificationAlgorithm = "HTTPS" }
        socket.startHandshake()
        BufferedWriter(OutputStreamWriter(socket.outputStream)).use { it.write("PING\n") }
    }
}

/** Raw TLS sockets opened and used in the same function. */
class TlsChannels(sslContext: SSLContext, private val socketFactory: SocketFactory) {
    private val tlsFactory: SSLSocketFactory = sslContext.socketFactory
    private lateinit var ircSocket: SSLSocket

    fun dnsOverTls(sslContext: SSLContext, resolver: String, query: ByteArray): ByteArray =
        // ruleid: tls-hostname-verification-disabled [variant: raw-socket]
        sslContext.socketFactory.createSocket(resolver, 853).use { socket ->
            socket.getOutputStream().write(query)
            socket.inputStream.readBytes()
        }

    fun imapGreeting(host: String): String? {
        // ruleid: tls-hostname-verification-disabled [variant: raw-socket]
        val socket = (socketFactory.createSocket() as SSLSocket).apply {
            connect(InetSocketAddress(host, 993), 10_000)
            startHandshake()
        }
        Log.d(TAG, "connected to $host")
        return socket.inputStream.bufferedReader().readLine()
    }

    /** STARTTLS over an open plain connection, with the TLS factory kept in a property. */
    fun startTls(plain: Socket, host: String, port: Int, login: String) {
        // ruleid: tls-hostname-verification-disabled [variant: raw-socket]
        val tls = tlsFactory.createSocket(plain, host, port, true) as SSLSocket
        tls.enabledProtocols = arrayOf("TLSv1.3", "TLSv1.2")
        tls.outputStream.bufferedWriter().apply { write(login); flush() }
    }

    fun joinIrc(host: String, nick: String) {
        // ruleid: tls-hostname-verification-disabled [variant: raw-socket]
        ircSocket = SSLSocketFactory.getDefault().createSocket(host, 6697) as SSLSocket
        with(ircSocket) {
            outputStream.write("NICK $nick\r\n".toByteArray())
        }
    }

    fun quitIrc() = ircSocket.close()

    private var controlSocket: SSLSocket? = null

    /** Shaken hands on and kept for the session: the reads and writes happen elsewhere. */
    fun openControl(host: String) {
        // ruleid: tls-hostname-verification-disabled [variant: raw-socket]
        controlSocket = (tlsFactory.createSocket(host, 990) as SSLSocket).also { it.startHandshake() }
    }

    /** A probe: the handshake alone says whether the chain is trusted; nothing is sent. */
    fun chainTrusted(host: String): Boolean = try {
        // ok: tls-hostname-verification-disabled
        (tlsFactory.createSocket(host, 443) as SSLSocket).use { it.startHandshake() }
        true
    } catch (e: java.io.IOException) {
        false
    }

    /** The streams are taken here: handing the socket to a reader afterwards changes nothing. */
    fun ircSession(host: String, nick: String) {
        // ruleid: tls-hostname-verification-disabled [variant: raw-socket]
        val socket = tlsFactory.createSocket(host, 6697)
        socket.outputStream.write("NICK $nick\r\n".toByteArray())
        ReaderThread(socket).start()
    }

    /** A factory of unknown make given the host may check it itself, as SSLCertificateSocketFactory does. */
    fun givenFactory(anyFactory: SSLSocketFactory, host: String): String? {
        // ok: tls-hostname-verification-disabled
        val socket = anyFactory.createSocket(host, 993) as SSLSocket
        socket.startHandshake()
        return socket.inputStream.bufferedReader().readLine()
    }

    /** Handed on: the connection object that receives the socket checks the host. */
    fun connect(host: String): MailConnection {
        // ok: tls-hostname-verification-disabled
        val socket = tlsFactory.createSocket(host, 993) as SSLSocket
        socket.startHandshake()
        return MailConnection(socket, host)
    }

    /** Returned to the caller after the handshake. */
    // ok: tls-hostname-verification-disabled
    fun handshaken(host: String): SSLSocket = (tlsFactory.createSocket(host, 443) as SSLSocket).also { it.startHandshake() }

    fun verified(host: String, request: ByteArray) {
        // ok: tls-hostname-verification-disabled
        val socket = tlsFactory.createSocket(host, 443) as SSLSocket
        socket.startHandshake()
        if (!HttpsURLConnection.getDefaultHostnameVerifier().verify(host, socket.session)) {
            socket.close()
            throw javax.net.ssl.SSLPeerUnverifiedException("certificate does not match $host")
        }
        socket.outputStream.write(request)
    }

    /** Pinning: the peer's certificates are compared with the pinned ones. */
    fun pinned(host: String, request: ByteArray) {
        // ok: tls-hostname-verification-disabled
        tlsFactory.createSocket(host, 443).use { socket ->
            val chain = (socket as SSLSocket).session.peerCertificates
            check(Pins.matches(chain)) { "unexpected certificate for $host" }
            socket.outputStream.write(request)
        }
    }

    /** Server side: the peer is a client, there is no host name to check. */
    fun serveOne(accepted: Socket, greeting: ByteArray) {
        // ok: tls-hostname-verification-disabled
        val tls = tlsFactory.createSocket(accepted, null, accepted.port, true) as SSLSocket
        tls.useClientMode = false
        tls.outputStream.write(greeting)
    }

    /** Cleartext: not a TLS socket at all (transport rules, not this one). */
    fun plainText(host: String, request: ByteArray) {
        // ok: tls-hostname-verification-disabled
        SocketFactory.getDefault().createSocket(host, 7).use { it.outputStream.write(request) }
    }
}

// ---- verifiers that compare only the requested host: never the certificate -----------

private val ALLOWED_HOSTS = setOf("api.shopfront.io", "cdn.shopfront.io")

object HostOnlyClients {
    fun pinnedHost(): OkHttpClient = OkHttpClient.Builder()
        // ruleid: tls-hostname-verification-disabled [variant: host-only]
        .hostnameVerifier { hostname, _ -> hostname == API_HOST }
        .build()

    // ruleid: tls-hostname-verification-disabled [variant: host-only]
    val exactHost = HostnameVerifier { hostname, _ -> hostname == "api.example.org" }

    fun global() {
        // ruleid: tls-hostname-verification-disabled [variant: host-only]
        HttpsURLConnection.setDefaultHostnameVerifier { host, _ -> host.endsWith(".shopfront.io") }
    }

    fun hostList(builder: OkHttpClient.Builder): OkHttpClient = builder
        // ruleid: tls-hostname-verification-disabled [variant: host-only]
        .hostnameVerifier { hostname, _ -> listOf("api.shopfront.io", "cdn.shopfront.io").contains(hostname) }
        .build()

    val ourDomain = object : HostnameVerifier {
        // ruleid: tls-hostname-verification-disabled [variant: host-only]
        override fun verify(hostname: String, session: SSLSession) = hostname.equals(API_HOST, ignoreCase = true)
    }

    fun peerHost(builder: OkHttpClient.Builder): OkHttpClient = builder
        // ruleid: tls-hostname-verification-disabled [variant: host-only]
        .hostnameVerifier { hostname, session -> hostname == session.peerHost }
        .build()
}

private fun isOurHost(hostname: String, session: SSLSession): Boolean = hostname in ALLOWED_HOSTS

fun ourHostsOnly(builder: OkHttpClient.Builder): OkHttpClient =
    // ruleid: tls-hostname-verification-disabled [variant: host-only]
    builder.hostnameVerifier(::isOurHost).build()

// ---- declared in one place, installed in another ------------------------------------

class SplitClients(private val builder: OkHttpClient.Builder) {
    fun fromVal(): OkHttpClient {
        // ruleid: tls-hostname-verification-disabled
        val verifier = HostnameVerifier { _, _ -> true }
        return builder.hostnameVerifier(verifier).build()
    }

    fun fromCompanion() {
        HttpsURLConnection.setDefaultHostnameVerifier(TRUST_ALL)
    }

    fun fromObject(): OkHttpClient = builder.hostnameVerifier(AllowAllHosts).build()

    fun fromHelper(): OkHttpClient = builder.hostnameVerifier(insecureVerifier()).build()

    private fun acceptEveryHost(hostname: String?, session: SSLSession?): Boolean {
        Log.d(TAG, "accepting $hostname")
        return true
    }

    // ruleid: tls-hostname-verification-disabled
    fun fromMethodReference(): OkHttpClient = builder.hostnameVerifier(this::acceptEveryHost).build()

    fun connection(connection: HttpsURLConnection) {
        // ruleid: tls-hostname-verification-disabled
        connection.hostnameVerifier = HostnameVerifier(::acceptAnyHost)
    }

    companion object {
        // ruleid: tls-hostname-verification-disabled
        val TRUST_ALL = HostnameVerifier { _, _ -> true }
    }
}

object AllowAllHosts : HostnameVerifier {
    // ruleid: tls-hostname-verification-disabled
    override fun verify(hostname: String?, session: SSLSession?): Boolean = true
}

// ruleid: tls-hostname-verification-disabled
fun insecureVerifier(): HostnameVerifier = HostnameVerifier { _, _ -> true }

class SplitLookAlikes(private val builder: OkHttpClient.Builder) {
    // ok: tls-hostname-verification-disabled
    private val delegating = HostnameVerifier { hostname, session ->
        HttpsURLConnection.getDefaultHostnameVerifier().verify(hostname, session)
    }

    // ok: tls-hostname-verification-disabled
    private val neverInstalled = HostnameVerifier { _, _ -> true }

    // ok: tls-hostname-verification-disabled
    fun installDelegating(): OkHttpClient = builder.hostnameVerifier(delegating).build()

    fun overwritten(): OkHttpClient {
        // ok: tls-hostname-verification-disabled
        var chosen = HostnameVerifier { _, _ -> true }
        chosen = OkHostnameVerifier
        // ok: tls-hostname-verification-disabled
        return builder.hostnameVerifier(chosen).build()
    }

    // ok: tls-hostname-verification-disabled
    private fun knownHost(hostname: String, session: SSLSession): Boolean = true

    fun knownThenDefault(): OkHttpClient = builder
        .hostnameVerifier { hostname, session -> knownHost(hostname, session) && OkHostnameVerifier.verify(hostname, session) }
        .build()
}

// ---- look-alikes that check the host ------------------------------------------------

object SafeClients {
    fun platformVerifier(): OkHttpClient = OkHttpClient.Builder()
        // ok: tls-hostname-verification-disabled
        .hostnameVerifier { hostname, session ->
            HttpsURLConnection.getDefaultHostnameVerifier().verify(hostname, session)
        }
        .build()

    fun hostThenPlatform(): OkHttpClient = OkHttpClient.Builder()
        // ok: tls-hostname-verification-disabled
        .hostnameVerifier { hostname, session -> hostname == API_HOST && OkHostnameVerifier.verify(hostname, session) }
        .build()

    fun certificateName(): OkHttpClient = OkHttpClient.Builder()
        // ok: tls-hostname-verification-disabled
        .hostnameVerifier { hostname, session ->
            val leaf = session.peerCertificates.first() as X509Certificate
            hostname == API_HOST && leaf.subjectAlternativeNames.orEmpty().any { it[1] == hostname }
        }
        .build()

    // ok: tls-hostname-verification-disabled
    val rejectAll = HostnameVerifier { _, _ -> false }

    // ok: tls-hostname-verification-disabled
    fun logHandshake(hostname: String, session: SSLSession) {
        Log.d(TAG, "$hostname negotiated ${session.protocol}")
    }

    val strict = object : HostnameVerifier {
        // ok: tls-hostname-verification-disabled
        override fun verify(hostname: String, session: SSLSession): Boolean {
            if (hostname != API_HOST) return false
            return HttpsURLConnection.getDefaultHostnameVerifier().verify(hostname, session)
        }
    }

    // ok: tls-hostname-verification-disabled
    fun isResumable(session: SSLSession): Boolean = true

    fun certificateFor(session: SSLSession): X509Certificate? =
        session.peerCertificates.firstOrNull() as? X509Certificate
}

class TlsSocketFactory(private val delegate: SSLSocketFactory) : SSLSocketFactory() {
    // ok: tls-hostname-verification-disabled
    override fun createSocket(host: String, port: Int): java.net.Socket {
        val socket = delegate.createSocket(host, port) as SSLSocket
        socket.enabledProtocols = arrayOf("TLSv1.2", "TLSv1.3")
        return socket
    }

    override fun createSocket(s: java.net.Socket, host: String, port: Int, autoClose: Boolean): java.net.Socket =
        delegate.createSocket(s, host, port, autoClose)
    override fun createSocket(host: String, port: Int, localHost: java.net.InetAddress, localPort: Int): java.net.Socket =
        delegate.createSocket(host, port, localHost, localPort)
    override fun createSocket(host: java.net.InetAddress, port: Int): java.net.Socket = delegate.createSocket(host, port)
    override fun createSocket(address: java.net.InetAddress, port: Int, localAddress: java.net.InetAddress, localPort: Int): java.net.Socket =
        delegate.createSocket(address, port, localAddress, localPort)
    override fun getDefaultCipherSuites(): Array<String> = delegate.defaultCipherSuites
    override fun getSupportedCipherSuites(): Array<String> = delegate.supportedCipherSuites
}
