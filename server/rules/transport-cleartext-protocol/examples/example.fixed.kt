package com.shopfront.sync

import android.content.Intent
import android.net.Uri
import io.grpc.ManagedChannel
import io.grpc.ManagedChannelBuilder
import io.grpc.inprocess.InProcessChannelBuilder
import io.grpc.okhttp.OkHttpChannelBuilder
import okhttp3.ConnectionSpec
import okhttp3.OkHttpClient
import org.apache.commons.net.ftp.FTPClient
import org.apache.commons.net.ftp.FTPSClient
import org.apache.commons.net.pop3.POP3Client
import org.eclipse.paho.android.service.MqttAndroidClient
import java.net.InetAddress
import java.net.InetSocketAddress
import java.net.Socket
import java.net.URL
import java.util.Properties
import javax.net.ssl.SSLSocket
import javax.net.ssl.SSLSocketFactory
import javax.net.SocketFactory

private const val MIRROR_URL = "ftp://mirror.shopfront.io/pub/catalog.csv"
private const val BROKER_URL = "tcp://broker.shopfront.io:1883"
private const val LOCAL_BROKER_URL = "tcp://127.0.0.1:1883"
private const val PRINTER_HOST = "printer.shopfront.io"

class SyncClients(private val context: android.content.Context) {

    fun printReceipt(receipt: ByteArray, port: Int) {
        // ruleid: transport-cleartext-protocol [variant: socket]
        Socket(PRINTER_HOST, port).use { it.getOutputStream().write(receipt) }
    }

    fun openLocalAgent(port: Int): Socket {
        // ok: transport-cleartext-protocol
        return Socket(InetAddress.getLoopbackAddress(), port)
    }

    fun openAgent(host: String, port: Int) = Socket().apply {
        soTimeout = 5_000
        // ruleid: transport-cleartext-protocol [variant: socket]
        connect(InetSocketAddress(host, port), 5_000)
    }

    fun openThroughProxy(proxyAddress: InetSocketAddress) = Socket().apply {
        // ok: transport-cleartext-protocol
        connect(proxyAddress, 5_000)
    }

    fun downloadReports(host: String, user: String, password: String) {
        val ftp = FTPClient()
        // ruleid: transport-cleartext-protocol [variant: commons-net]
        ftp.connect(host, 21)
        ftp.login(user, password)
    }

    fun downloadSecurely(host: String) {
        val ftps = FTPSClient(true)
        // ok: transport-cleartext-protocol
        ftps.connect(host, 990)
    }

    fun checkMailbox(server: String) = POP3Client().apply {
        // ruleid: transport-cleartext-protocol [variant: commons-net]
        connect(server, 110)
    }

    fun inventoryChannel(host: String): ManagedChannel =
        // ruleid: transport-cleartext-protocol [variant: grpc-plaintext]
        ManagedChannelBuilder.forAddress(host, 443).useTransportSecurity()
            .build()

    fun pricingChannel(target: String): ManagedChannel {
        val builder = OkHttpChannelBuilder.forTarget(target)
        // ruleid: transport-cleartext-protocol [variant: grpc-plaintext]
        builder.useTransportSecurity()
        return builder.build()
    }

    fun sidecarChannel(): ManagedChannel =
        // ok: transport-cleartext-protocol
        ManagedChannelBuilder.forAddress("127.0.0.1", 50051).usePlaintext().build()

    fun inProcessChannel(): ManagedChannel =
        // ok: transport-cleartext-protocol
        InProcessChannelBuilder.forName("catalog").usePlaintext().build()

    fun secureChannel(host: String): ManagedChannel =
        // ok: transport-cleartext-protocol
        ManagedChannelBuilder.forAddress(host, 443).useTransportSecurity().build()

    fun mailSettings() = Properties().apply {
        put("mail.smtp.host", "smtp.shopfront.io")
        // ruleid: transport-cleartext-protocol [variant: mail-tls-off]
        put("mail.smtp.starttls.enable", "false")
        // ok: transport-cleartext-protocol
        put("mail.smtp.starttls.required", "false")
    }

    fun imapSettings(): Properties {
        val props = Properties()
        // ruleid: transport-cleartext-protocol [variant: mail-tls-off]
        props["mail.imap.starttls.enable"] = "false"
        return props
    }

    fun legacyClient(): OkHttpClient = OkHttpClient.Builder()
        // ruleid: transport-cleartext-protocol [variant: okhttp-cleartext-spec]
        .connectionSpecs(listOf(ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT))
        .build()

    fun strictClient(): OkHttpClient = OkHttpClient.Builder()
        // ok: transport-cleartext-protocol
        .connectionSpecs(listOf(ConnectionSpec.RESTRICTED_TLS))
        .build()

    // ruleid: transport-cleartext-protocol
    fun catalog() = URL(MIRROR_URL).openStream()

    // ok: transport-cleartext-protocol
    fun isFtpLink(url: String) = url.startsWith("ftp://")

    // ok: transport-cleartext-protocol
    fun secureCatalog() = URL("sftp://mirror.shopfront.io/pub/catalog.csv")

    // ruleid: transport-cleartext-protocol
    fun telemetry(clientId: String) = MqttAndroidClient(context, BROKER_URL, clientId)

    // ok: transport-cleartext-protocol
    fun localTelemetry(clientId: String) = MqttAndroidClient(context, LOCAL_BROKER_URL, clientId)

    // ok: transport-cleartext-protocol
    fun secureTelemetry(clientId: String) = MqttAndroidClient(context, "ssl://broker.shopfront.io:8883", clientId)

    // ruleid: transport-cleartext-protocol [variant: external-app]
    fun openInFtpApp() = Intent(Intent.ACTION_VIEW, Uri.parse("ftp://files.shopfront.io/invoices/"))
}

class TlsConnector {
    fun openUpgraded(host: String, port: Int): SSLSocket {
        // ok: transport-cleartext-protocol
        val plain = Socket(host, port)
        return (SSLSocketFactory.getDefault() as SSLSocketFactory).createSocket(plain, host, port, true) as SSLSocket
    }
}

class ReachabilityProbe {
    fun isReachable(host: String, port: Int): Boolean = runCatching {
        val socket = Socket()
        // ok: transport-cleartext-protocol
        socket.connect(InetSocketAddress(host, port), 1_000)
        socket.close()
    }.isSuccess
}
