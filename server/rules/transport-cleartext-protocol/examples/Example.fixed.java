package com.shopfront.sync;

import android.content.Intent;
import android.net.Uri;

import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.TlsChannelCredentials;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.netty.NegotiationType;
import io.grpc.netty.NettyChannelBuilder;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

import javax.net.ssl.SSLSocketFactory;

import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;

import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPSClient;
import org.apache.commons.net.smtp.SMTPClient;
import org.apache.commons.net.telnet.TelnetClient;
import org.eclipse.paho.client.mqttv3.MqttClient;

public final class SyncClients {
    private static final String MIRROR_URL = "ftp://mirror.shopfront.io/pub/catalog.csv";
    private static final String LOCAL_MIRROR = "ftp://localhost/pub/catalog.csv";
    private static final String SECURE_MIRROR = "sftp://mirror.shopfront.io/pub/catalog.csv";
    private static final String BROKER = "tcp://broker.shopfront.io:1883";
    private static final String SYNC_HOST = "sync.shopfront.io";
    private static final String LOCAL_HOST = "127.0.0.1";

    private final FTPClient ftp = new FTPClient();
    private final FTPClient ftps = new FTPSClient(true);

    void pushLegacySync(byte[] batch, int port) throws Exception {
        // ruleid: transport-cleartext-protocol [variant: socket]
        try (Socket socket = new Socket(SYNC_HOST, port)) {
            socket.getOutputStream().write(batch);
        }
    }

    Socket openLocalAgent(int port) throws Exception {
        // ok: transport-cleartext-protocol
        return new Socket(LOCAL_HOST, port);
    }

    Socket openLoopback(int port) throws Exception {
        // ok: transport-cleartext-protocol
        return new Socket(InetAddress.getLoopbackAddress(), port);
    }

    Socket connectLater(String host, int port) throws Exception {
        Socket socket = new Socket();
        // ruleid: transport-cleartext-protocol [variant: socket]
        socket.connect(new InetSocketAddress(host, port), 5_000);
        return socket;
    }

    void connectThroughProxy(String proxyHost, int proxyPort) throws Exception {
        Socket socket = new Socket();
        // ok: transport-cleartext-protocol
        socket.connect(new InetSocketAddress(proxyHost, proxyPort), 5_000);
    }

    void connectGiven(Socket socket, String host, int port) throws Exception {
        // ok: transport-cleartext-protocol
        socket.connect(new InetSocketAddress(host, port), 5_000);
    }

    void downloadReports(String host, String user, String password) throws Exception {
        // ruleid: transport-cleartext-protocol [variant: commons-net]
        ftp.connect(host, 21);
        ftp.login(user, password);
        // ok: transport-cleartext-protocol
        ftps.connect(host, 990);
    }

    void downloadFromLocalServer() throws Exception {
        FTPClient local = new FTPClient();
        // ok: transport-cleartext-protocol
        local.connect("localhost");
    }

    void runRemoteCommand(String host) throws Exception {
        TelnetClient telnet = new TelnetClient();
        // ruleid: transport-cleartext-protocol [variant: commons-net]
        telnet.connect(host, 23);
    }

    void sendReceipt(String relay) throws Exception {
        SMTPClient smtp = new SMTPClient();
        // ruleid: transport-cleartext-protocol [variant: commons-net]
        smtp.connect(relay);
    }

    ManagedChannel inventoryChannel(String host) {
        // ruleid: transport-cleartext-protocol [variant: grpc-plaintext]
        return ManagedChannelBuilder.forAddress(host, 443).useTransportSecurity().build();
    }

    ManagedChannel pricingChannel() {
        ManagedChannelBuilder<?> builder = NettyChannelBuilder.forTarget("pricing.shopfront.io:443");
        // ruleid: transport-cleartext-protocol [variant: grpc-plaintext]
        builder.useTransportSecurity();
        return builder.build();
    }

    ManagedChannel legacyChannel(String target) {
        return NettyChannelBuilder.forTarget(target)
            // ruleid: transport-cleartext-protocol [variant: grpc-plaintext]
            .negotiationType(NegotiationType.TLS)
            .build();
    }

    ManagedChannel insecureCredentials(String target) {
        // ruleid: transport-cleartext-protocol [variant: grpc-plaintext]
        return Grpc.newChannelBuilder(target, TlsChannelCredentials.create()).build();
    }

    ManagedChannel sidecarChannel() {
        // ok: transport-cleartext-protocol
        return ManagedChannelBuilder.forAddress("localhost", 50051).usePlaintext().build();
    }

    ManagedChannel inProcess() {
        // ok: transport-cleartext-protocol
        return InProcessChannelBuilder.forName("test").usePlaintext().build();
    }

    ManagedChannel secureChannel(String host) {
        // ok: transport-cleartext-protocol
        return ManagedChannelBuilder.forAddress(host, 443).useTransportSecurity().build();
    }

    ManagedChannel tlsCredentials(String target) {
        // ok: transport-cleartext-protocol
        return Grpc.newChannelBuilder(target, TlsChannelCredentials.create()).build();
    }

    Properties mailSettings() {
        Properties props = new Properties();
        props.put("mail.smtp.host", "smtp.shopfront.io");
        props.put("mail.smtp.auth", "true");
        // ruleid: transport-cleartext-protocol [variant: mail-tls-off]
        props.put("mail.smtp.starttls.enable", "false");
        // ok: transport-cleartext-protocol
        props.put("mail.smtps.starttls.enable", "false");
        return props;
    }

    OkHttpClient legacyClient() {
        return new OkHttpClient.Builder()
            // ruleid: transport-cleartext-protocol [variant: okhttp-cleartext-spec]
            .connectionSpecs(Arrays.asList(ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT))
            .build();
    }

    OkHttpClient strictClient() {
        return new OkHttpClient.Builder()
            // ok: transport-cleartext-protocol
            .connectionSpecs(Collections.singletonList(ConnectionSpec.MODERN_TLS))
            .build();
    }

    InputStream catalog() throws Exception {
        // ruleid: transport-cleartext-protocol
        return new URL(MIRROR_URL).openStream();
    }

    InputStream localCatalog() throws Exception {
        // ok: transport-cleartext-protocol
        return new URL(LOCAL_MIRROR).openStream();
    }

    boolean isSecureMirror(String url) {
        // ok: transport-cleartext-protocol
        return url.startsWith("ftp://") && url.equals(SECURE_MIRROR);
    }

    MqttClient telemetry(String clientId) throws Exception {
        // ruleid: transport-cleartext-protocol
        return new MqttClient(BROKER, clientId);
    }

    MqttClient secureTelemetry(String clientId) throws Exception {
        // ok: transport-cleartext-protocol
        return new MqttClient("ssl://broker.shopfront.io:8883", clientId);
    }

    Intent openInFtpApp() {
        // ruleid: transport-cleartext-protocol [variant: external-app]
        return new Intent(Intent.ACTION_VIEW, Uri.parse("ftp://files.shopfront.io/invoices/"));
    }
}

final class TlsConnector {
    Socket open(String host, int port) throws Exception {
        Socket socket = SSLSocketFactory.getDefault().createSocket();
        // ok: transport-cleartext-protocol
        socket.connect(new InetSocketAddress(host, port), 5_000);
        return socket;
    }

    Socket upgrade(String host, int port) throws Exception {
        // ok: transport-cleartext-protocol
        Socket plain = new Socket(host, port);
        return ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(plain, host, port, true);
    }
}

final class ReachabilityProbe {
    boolean reachable(String host, int port) {
        Socket socket = new Socket();
        try {
            // ok: transport-cleartext-protocol
            socket.connect(new InetSocketAddress(host, port), 1_000);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
