package com.shopfront.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.util.Arrays;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import okhttp3.TlsVersion;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.ssl.SSLContexts;

public final class LegacyTls {
    // ok: tls-weak-protocol-version
    private static final String[] DISABLED_PROTOCOLS = {"SSLv3", "TLSv1", "TLSv1.1"};
    // ruleid: tls-weak-protocol-version
    public static final String LEGACY_PROTOCOL = "TLSv1.2";
    // ok: tls-weak-protocol-version
    private static final String PROTOCOL = "TLSv1.2";
    // ok: tls-weak-protocol-version
    private static final String UNUSED_LEGACY_PROTOCOL = "TLSv1";
    // ok: tls-weak-protocol-version
    private static final String LOGGED_PROTOCOL = "TLSv1.1";
    private static final String[] PROTOCOLS = {"TLSv1.2"};
    private static final String[] MODERN_PROTOCOLS = {"TLSv1.2", "TLSv1.3"};

    // ruleid: tls-weak-protocol-version [variant: ssl-alias]
    public static final String SSL_PROTOCOL = "TLS";
    // ok: tls-weak-protocol-version
    private static final String TRANSPORT_LABEL = "SSL";

    static SSLContext sslAlias() throws GeneralSecurityException {
        // ruleid: tls-weak-protocol-version [variant: ssl-alias]
        return SSLContext.getInstance("TLS");
    }

    static SSLContext sslAliasWithProvider() throws GeneralSecurityException {
        // ruleid: tls-weak-protocol-version [variant: ssl-alias]
        return javax.net.ssl.SSLContext.getInstance("TLS", "AndroidOpenSSL");
    }

    static SSLContext apacheSslAlias() throws GeneralSecurityException {
        // ruleid: tls-weak-protocol-version [variant: ssl-alias]
        return SSLContexts.custom().setProtocol("TLS").build();
    }

    static javax.net.ssl.SSLSocket fixedLabel(javax.net.ssl.SSLSocket socket) {
        // ok: tls-weak-protocol-version
        socket.setEnabledCipherSuites(new String[] {"TLS_AES_128_GCM_SHA256"});
        // ok: tls-weak-protocol-version
        android.util.Log.d("net", "SSL".toLowerCase() + " handshake");
        return socket;
    }

    static SSLContext tls10() throws GeneralSecurityException {
        // ruleid: tls-weak-protocol-version
        SSLContext context = javax.net.ssl.SSLContext.getInstance("TLSv1.2");
        context.init(null, null, null);
        return context;
    }

    static SSLContext tls11WithProvider() throws GeneralSecurityException {
        // ruleid: tls-weak-protocol-version
        return SSLContext.getInstance("TLSv1.2", "AndroidOpenSSL");
    }

    static void enableLegacy(SSLSocket socket) {
        // ruleid: tls-weak-protocol-version
        socket.setEnabledProtocols(new String[] {
            "TLSv1.2",
        });
    }

    static void fallbackChain(SSLSocket socket) {
        // ruleid: tls-weak-protocol-version
        socket.setEnabledProtocols(new String[] { "TLSv1.2" });
    }

    // ---- split across statements --------------------------------------------------------

    static void fromConstant(SSLSocket socket) {
        // ruleid: tls-weak-protocol-version
        socket.setEnabledProtocols(PROTOCOLS);
    }

    static void fromOtherClass(SSLSocket socket) {
        // ruleid: tls-weak-protocol-version
        socket.setEnabledProtocols(Settings.FALLBACK_PROTOCOLS);
    }

    static SSLContext throughTernary(boolean legacy) throws GeneralSecurityException {
        String protocol = legacy ? "TLSv1.2" : "TLS";
        // ruleid: tls-weak-protocol-version
        return SSLContext.getInstance(protocol);
    }

    static SSLContext aliasThroughLocal(boolean insecure) throws GeneralSecurityException {
        String protocol = (insecure ? "TLS" : "TLS");
        // ruleid: tls-weak-protocol-version [variant: ssl-alias]
        return SSLContext.getInstance(protocol, "AndroidOpenSSL");
    }

    static SSLContext throughHelper() throws GeneralSecurityException {
        // ruleid: tls-weak-protocol-version
        return SSLContext.getInstance(legacyName());
    }

    private static String legacyName() {
        return "TLSv1.2";
    }

    static void fromList(SSLEngine engine) {
        java.util.List<String> protocols = Arrays.asList("TLSv1.2");
        // ruleid: tls-weak-protocol-version
        engine.setEnabledProtocols(protocols.toArray(new String[0]));
    }

    static void jvmWideFromVariable() {
        String protocols = Settings.OLDEST + ",TLSv1.2";
        // ruleid: tls-weak-protocol-version
        System.setProperty(Settings.CLIENT_PROTOCOLS_PROPERTY, protocols);
    }

    static ConnectionSpec okHttpFromArray() {
        TlsVersion[] versions = {TlsVersion.TLS_1_2};
        return new ConnectionSpec.Builder(ConnectionSpec.COMPATIBLE_TLS)
            // ruleid: tls-weak-protocol-version
            .tlsVersions(versions)
            .build();
    }

    static void overwritten(SSLSocket socket) {
        // ok: tls-weak-protocol-version
        String[] protocols = {"TLSv1", "TLSv1.1"};
        protocols = MODERN_PROTOCOLS;
        // ok: tls-weak-protocol-version
        socket.setEnabledProtocols(protocols);
    }

    static void onlyLogged() {
        // ok: tls-weak-protocol-version
        android.util.Log.i("net", "refusing " + LOGGED_PROTOCOL);
    }

    static void supportedWithoutWeak(SSLSocket socket) {
        java.util.List<String> enabled = new java.util.ArrayList<>();
        for (String p : socket.getSupportedProtocols()) {
            if (!Arrays.asList(DISABLED_PROTOCOLS).contains(p)) {
                enabled.add(p);
            }
        }
        // ok: tls-weak-protocol-version
        socket.setEnabledProtocols(enabled.toArray(new String[0]));
    }

    static void modernFromConstant(SSLSocket socket) {
        // ok: tls-weak-protocol-version
        socket.setEnabledProtocols(MODERN_PROTOCOLS);
    }

    static void passedElsewhere(org.apache.activemq.ActiveMQSslConnectionFactory config) {
        config.setTransportProtocols(LEGACY_PROTOCOL);
    }

    static void enableOnEngine(SSLEngine engine) {
        // ruleid: tls-weak-protocol-version
        engine.setEnabledProtocols(new String[] {"TLSv1.2"});
    }

    static void parameters(SSLSocket socket) {
        SSLParameters params = socket.getSSLParameters();
        // ruleid: tls-weak-protocol-version
        params.setProtocols(new String[] {"TLSv1.2"});
        socket.setSSLParameters(params);
    }

    static void fromArray(SSLSocket socket) {
        String[] protocols = {"TLSv1.2"};
        // ruleid: tls-weak-protocol-version
        socket.setEnabledProtocols(protocols);
    }

    static void systemProperty() {
        // ruleid: tls-weak-protocol-version
        System.setProperty("https.protocols", "TLSv1.2");
    }

    static OkHttpClient okHttp() {
        ConnectionSpec spec = new ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS)
            // ruleid: tls-weak-protocol-version
            .tlsVersions(TlsVersion.TLS_1_2)
            .build();
        return new OkHttpClient.Builder().connectionSpecs(Arrays.asList(spec, ConnectionSpec.CLEARTEXT)).build();
    }

    static ConnectionSpec okHttpLegacy() {
        return new ConnectionSpec.Builder(ConnectionSpec.COMPATIBLE_TLS)
            // ruleid: tls-weak-protocol-version
            .tlsVersions(
                TlsVersion.TLS_1_2)
            .build();
    }

    static ConnectionSpec okHttpStrings() {
        return new ConnectionSpec.Builder(true)
            // ruleid: tls-weak-protocol-version
            .tlsVersions("TLSv1.2")
            .build();
    }

    static SSLConnectionSocketFactory apache(SSLContext context) {
        return new SSLConnectionSocketFactory(context,
            // ruleid: tls-weak-protocol-version
            new String[] {"TLSv1.2"},
            null,
            SSLConnectionSocketFactory.getDefaultHostnameVerifier());
    }

    static SSLContext apacheBuilder() throws GeneralSecurityException {
        // ruleid: tls-weak-protocol-version
        return SSLContexts.custom().setProtocol("TLSv1.2").build();
    }

    static SSLContext modern() throws GeneralSecurityException {
        // ok: tls-weak-protocol-version
        return SSLContext.getInstance("TLS");
    }

    static SSLContext modern13() throws GeneralSecurityException {
        // ok: tls-weak-protocol-version
        return SSLContext.getInstance("TLSv1.3");
    }

    static void enableModern(SSLSocket socket) {
        // ok: tls-weak-protocol-version
        socket.setEnabledProtocols(new String[] {"TLSv1.2", "TLSv1.3"});
    }

    static ConnectionSpec okHttpModern() {
        return new ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS)
            // ok: tls-weak-protocol-version
            .tlsVersions(TlsVersion.TLS_1_2, TlsVersion.TLS_1_3)
            .build();
    }

    static boolean negotiatedLegacy(okhttp3.Handshake handshake) {
        // ok: tls-weak-protocol-version
        return handshake.tlsVersion() == TlsVersion.TLS_1_0;
    }

    static String label(String protocol) {
        // ok: tls-weak-protocol-version
        return "TLSv1".equals(protocol) ? "legacy" : "modern";
    }

    /** Enables TLS 1.2 on old Android versions; the wrapper itself is fine. */
    static final class Tls12SocketFactory extends SSLSocketFactory {
        // ok: tls-weak-protocol-version
        private static final String[] TLS_V12_ONLY = {"TLSv1.2"};
        private final SSLSocketFactory delegate;

        Tls12SocketFactory(SSLSocketFactory delegate) {
            this.delegate = delegate;
        }

        private Socket patch(Socket s) {
            if (s instanceof SSLSocket) {
                ((SSLSocket) s).setEnabledProtocols(TLS_V12_ONLY);
            }
            return s;
        }

        @Override public String[] getDefaultCipherSuites() { return delegate.getDefaultCipherSuites(); }
        @Override public String[] getSupportedCipherSuites() { return delegate.getSupportedCipherSuites(); }
        @Override public Socket createSocket(Socket s, String host, int port, boolean autoClose) throws IOException { return patch(delegate.createSocket(s, host, port, autoClose)); }
        @Override public Socket createSocket(String host, int port) throws IOException { return patch(delegate.createSocket(host, port)); }
        @Override public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException { return patch(delegate.createSocket(host, port, localHost, localPort)); }
        @Override public Socket createSocket(InetAddress host, int port) throws IOException { return patch(delegate.createSocket(host, port)); }
        @Override public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException { return patch(delegate.createSocket(address, port, localAddress, localPort)); }
    }

    /** owncloud-style fallback chain down to TLS 1.0 on old devices. */
    static SSLContext fallbackContext() throws java.security.NoSuchAlgorithmException {
        try {
            // ok: tls-weak-protocol-version
            return SSLContext.getInstance(TlsVersion.TLS_1_2.javaName());
        } catch (java.security.NoSuchAlgorithmException e) {
            // ruleid: tls-weak-protocol-version
            return SSLContext.getInstance(TlsVersion.TLS_1_2.javaName());
        }
    }

    static void legacyBroker(org.apache.activemq.ActiveMQSslConnectionFactory config, org.apache.http.conn.ssl.SSLContextBuilder unused) {
        // ruleid: tls-weak-protocol-version
        config.setEnabledSSLProtocols(new String[] {"TLSv1.2"});
    }

    static javax.net.SocketFactory pinnedProtocols(SSLContext ctx) {
        // ruleid: tls-weak-protocol-version
        return new CustomSSLSocketFactory(ctx, new String[] {"TLSv1.2"});
    }

    static final class CustomSSLSocketFactory extends javax.net.SocketFactory {
        CustomSSLSocketFactory(SSLContext ctx, String[] protocols) { }
        @Override public java.net.Socket createSocket(String h, int p) { return null; }
        @Override public java.net.Socket createSocket(String h, int p, java.net.InetAddress l, int lp) { return null; }
        @Override public java.net.Socket createSocket(java.net.InetAddress h, int p) { return null; }
        @Override public java.net.Socket createSocket(java.net.InetAddress h, int p, java.net.InetAddress l, int lp) { return null; }
    }

    private LegacyTls() {
    }
}

final class Settings {
    static final String[] FALLBACK_PROTOCOLS = {"TLSv1.2"};
    static final String CLIENT_PROTOCOLS_PROPERTY = "jdk.tls.client.protocols";
    static final String OLDEST = "TLSv1.2";

    private Settings() {
    }
}
