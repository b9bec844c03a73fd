package com.shopfront.net;

import android.util.Log;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.security.cert.Certificate;
import java.nio.charset.StandardCharsets;

import javax.net.SocketFactory;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.SSLException;

import okhttp3.OkHttpClient;
import okhttp3.internal.tls.OkHostnameVerifier;
import org.apache.http.conn.ssl.AllowAllHostnameVerifier;
import org.apache.http.conn.ssl.DefaultHostnameVerifier;
import org.apache.http.conn.ssl.NoopHostnameVerifier;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;

public final class HostClients {
    private static final String TAG = "HostClients";
    private static final String API_HOST = "api.shopfront.io";

    /** Named verifier that approves every host. */
    static final class TrustAllHostnames implements HostnameVerifier {
        @Override
        // ruleid: tls-hostname-verification-disabled
        public boolean verify(String hostname, SSLSession session) {
            Log.d(TAG, "Approving certificate for " + hostname);
            return true;
        }
    }

    /** Apache X509HostnameVerifier whose checks never throw. */
    static final class LaxApacheVerifier implements org.apache.http.conn.ssl.X509HostnameVerifier {
        @Override
        // ruleid: tls-hostname-verification-disabled
        public boolean verify(String host, SSLSession session) { return true; }

        @Override
        // ruleid: tls-hostname-verification-disabled
        public void verify(String host, SSLSocket ssl) throws IOException { }

        @Override
        // ruleid: tls-hostname-verification-disabled
        public void verify(String host, java.security.cert.X509Certificate cert) throws javax.net.ssl.SSLException {
            Log.i(TAG, "skipping host check for " + host);
        }

        @Override
        // ruleid: tls-hostname-verification-disabled
        public void verify(String host, String[] cns, String[] subjectAlts) { }
    }

    static void installGlobalVerifier() {
        HttpsURLConnection.setDefaultHostnameVerifier(new HostnameVerifier() {
            @Override
            // ruleid: tls-hostname-verification-disabled
            public boolean verify(String hostname, SSLSession session) {
                return true;
            }
        });
    }

    static void installGlobalLambda() {
        // ruleid: tls-hostname-verification-disabled
        HttpsURLConnection.setDefaultHostnameVerifier((hostname, session) -> true);
    }

    static HttpsURLConnection open(URL url) throws IOException {
        HttpsURLConnection connection = (HttpsURLConnection) url.openConnection();
        // ruleid: tls-hostname-verification-disabled
        connection.setHostnameVerifier(org.apache.http.conn.ssl.SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER);
        return connection;
    }

    static OkHttpClient okHttp() {
        return new OkHttpClient.Builder()
            // ruleid: tls-hostname-verification-disabled
            .hostnameVerifier((hostname, session) -> true)
            .build();
    }

    static OkHttpClient okHttpField() {
        return new OkHttpClient.Builder().hostnameVerifier(ACCEPT_ANY).build();
    }

    // ruleid: tls-hostname-verification-disabled
    private static final HostnameVerifier ACCEPT_ANY = (String hostname, SSLSession session) -> { return true; };

    static CloseableHttpClient apacheNoop(SSLContext sslContext) {
        SSLConnectionSocketFactory factory =
            // ruleid: tls-hostname-verification-disabled
            new SSLConnectionSocketFactory(sslContext, NoopHostnameVerifier.INSTANCE);
        return HttpClients.custom().setSSLSocketFactory(factory).build();
    }

    static CloseableHttpClient apacheNoopNew(SSLContext sslContext) {
        return HttpClients.custom()
            .setSSLContext(sslContext)
            // ruleid: tls-hostname-verification-disabled
            .setSSLHostnameVerifier(new NoopHostnameVerifier())
            .build();
    }

    static CloseableHttpClient apacheAllowAll(SSLContext sslContext) {
        return HttpClients.custom()
            // ruleid: tls-hostname-verification-disabled
            .setSSLSocketFactory(new SSLConnectionSocketFactory(sslContext, new AllowAllHostnameVerifier()))
            .build();
    }

    static CloseableHttpClient apacheAllowAllConstant(SSLContext sslContext) {
        return HttpClients.custom()
            .setSSLSocketFactory(new SSLConnectionSocketFactory(sslContext,
                // ruleid: tls-hostname-verification-disabled
                SSLConnectionSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER))
            .build();
    }

    static CloseableHttpClient apacheLambda(SSLContext sslContext) {
        return HttpClients.custom()
            // ruleid: tls-hostname-verification-disabled
            .setSSLSocketFactory(new SSLConnectionSocketFactory(sslContext, (host, session) -> true))
            .build();
    }

    static void rawSocket(String host, byte[] request) throws IOException {
        SSLSocketFactory factory = (SSLSocketFactory) SSLSocketFactory.getDefault();
        // ruleid: tls-hostname-verification-disabled [variant: raw-socket]
        SSLSocket socket = (SSLSocket) factory.createSocket(host, 443);
        socket.startHandshake();
        OutputStream out = socket.getOutputStream();
        out.write(request);
        out.flush();
    }

    static void localAgent(byte[] request) throws IOException {
        SSLSocketFactory factory = (SSLSocketFactory) SSLSocketFactory.getDefault();
        // ok: tls-hostname-verification-disabled
        SSLSocket socket = (SSLSocket) factory.createSocket("127.0.0.1", 8443);
        socket.startHandshake();
        socket.getOutputStream().write(request);
    }

    /** Parenthesised answer: still every host. */
    static final class ParenthesisedVerifier implements HostnameVerifier {
        @Override
        // ruleid: tls-hostname-verification-disabled
        public boolean verify(String hostname, SSLSession session) {
            return (true);
        }
    }

    /** The pre-JSSE com.sun.net.ssl.HostnameVerifier compares two host strings. */
    static final class LegacySunVerifier {
        // ruleid: tls-hostname-verification-disabled
        public boolean verify(String urlHostname, String certHostname) {
            return true;
        }
    }

    static final class LegacySunComparingVerifier {
        // ok: tls-hostname-verification-disabled
        public boolean verify(String urlHostname, String certHostname) {
            return urlHostname.equalsIgnoreCase(certHostname);
        }
    }

    static void rawSocketChecked(String host, byte[] request) throws IOException {
        SSLSocketFactory factory = (SSLSocketFactory) SSLSocketFactory.getDefault();
        // ok: tls-hostname-verification-disabled
        SSLSocket socket = (SSLSocket) factory.createSocket(host, 443);
        SSLParameters params = socket.getSSLParameters();
        params.setEndpointIdentificationAlgorithm("HTTPS");
        socket.setSSLParameters(params);
        socket.startHandshake();
        socket.getOutputStream().write(request);
    }

    static void rawSocketVerified(String host, byte[] request) throws IOException {
        SSLSocketFactory factory = (SSLSocketFactory) SSLSocketFactory.getDefault();
        // ok: tls-hostname-verification-disabled
        SSLSocket socket = (SSLSocket) factory.createSocket(host, 443);
        socket.startHandshake();
        if (!HttpsURLConnection.getDefaultHostnameVerifier().verify(host, socket.getSession())) {
            socket.close();
            throw new IOException("certificate does not match " + host);
        }
        socket.getOutputStream().write(request);
    }

    /** Raw TLS sockets opened and used in the same method. */
    static final class RawSockets {
        private final SSLSocketFactory tlsFactory;
        private final SocketFactory socketFactory;
        private SSLSocket imapSocket;
        private SSLSocket controlSocket;

        RawSockets(SSLContext context, SocketFactory socketFactory) {
            this.tlsFactory = context.getSocketFactory();
            this.socketFactory = socketFactory;
        }

        /** DNS over TLS: a plain Socket type, but the default SSL factory made it. */
        byte[] dnsOverTls(String resolver, byte[] query) throws IOException {
            // ruleid: tls-hostname-verification-disabled [variant: raw-socket]
            try (Socket socket = SSLSocketFactory.getDefault().createSocket()) {
                socket.connect(new InetSocketAddress(resolver, 853), 5_000);
                OutputStream os = socket.getOutputStream();
                os.write(query);
                InputStream is = socket.getInputStream();
                return is.readAllBytes();
            }
        }

        String readBanner(SSLContext context, String host) throws IOException {
            // ruleid: tls-hostname-verification-disabled [variant: raw-socket]
            try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(host, 6697)) {
                BufferedReader reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                return reader.readLine();
            }
        }

        /** STARTTLS: the plain connection is layered with the TLS factory kept in a field. */
        void startTls(Socket plain, String host, int port, byte[] login) throws IOException {
            // ruleid: tls-hostname-verification-disabled [variant: raw-socket]
            SSLSocket tls = (SSLSocket) tlsFactory.createSocket(plain, host, port, true);
            tls.setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
            tls.startHandshake();
            tls.getOutputStream().write(login);
        }

        /** Kept in a field, but shaken hands on and read right here; no factory checks a host it is not given. */
        InputStream openImap(String host) throws IOException {
            // ruleid: tls-hostname-verification-disabled [variant: raw-socket]
            imapSocket = (SSLSocket) socketFactory.createSocket();
            imapSocket.connect(new InetSocketAddress(host, 993), 10_000);
            imapSocket.startHandshake();
            Log.d(TAG, "connected to " + host + " via " + imapSocket);
            return imapSocket.getInputStream();
        }

        /** Shaken hands on and kept for the session: the reads and writes happen elsewhere. */
        void openControl(String host) throws IOException {
            // ruleid: tls-hostname-verification-disabled [variant: raw-socket]
            SSLSocket socket = (SSLSocket) tlsFactory.createSocket(host, 990);
            socket.startHandshake();
            controlSocket = socket;
        }

        /** A probe: the handshake alone says whether the chain is trusted; nothing is sent. */
        boolean chainTrusted(String host) {
            // ok: tls-hostname-verification-disabled
            try (SSLSocket probe = (SSLSocket) tlsFactory.createSocket(host, 443)) {
                probe.startHandshake();
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        void closeImap() throws IOException {
            imapSocket.close();
        }

        /** The streams are taken here: handing the socket to a reader thread afterwards changes nothing. */
        void ircSession(String host, String nick) throws IOException {
            // ruleid: tls-hostname-verification-disabled [variant: raw-socket]
            SSLSocket socket = (SSLSocket) tlsFactory.createSocket(host, 6697);
            OutputStream out = socket.getOutputStream();
            out.write(("NICK " + nick + "\r\n").getBytes(StandardCharsets.UTF_8));
            new ReaderThread(socket).start();
        }

        /** A factory of unknown make given the host may check it itself, as SSLCertificateSocketFactory does. */
        InputStream givenFactory(SSLSocketFactory anyFactory, String host) throws IOException {
            // ok: tls-hostname-verification-disabled
            SSLSocket socket = (SSLSocket) anyFactory.createSocket(host, 993);
            socket.startHandshake();
            return socket.getInputStream();
        }

        /** The socket is handed on: the connection object that receives it checks the host. */
        MailConnection connect(String host) throws IOException {
            // ok: tls-hostname-verification-disabled
            SSLSocket socket = (SSLSocket) tlsFactory.createSocket(host, 993);
            socket.startHandshake();
            return new MailConnection(socket, host);
        }

        /** Returned to the caller after the handshake. */
        SSLSocket handshaken(String host) throws IOException {
            // ok: tls-hostname-verification-disabled
            SSLSocket socket = (SSLSocket) tlsFactory.createSocket(host, 443);
            socket.startHandshake();
            return socket;
        }

        /** Pinning: the peer's certificates are compared with the pinned ones. */
        void pinned(String host, byte[] request) throws IOException {
            // ok: tls-hostname-verification-disabled
            SSLSocket socket = (SSLSocket) tlsFactory.createSocket(host, 443);
            socket.startHandshake();
            Certificate[] chain = socket.getSession().getPeerCertificates();
            if (!Pins.matches(chain)) {
                socket.close();
                throw new SSLException("unexpected certificate for " + host);
            }
            socket.getOutputStream().write(request);
        }

        /** A helper of this file checks the session with the platform verifier. */
        void helperVerified(String host, byte[] request) throws IOException {
            // ok: tls-hostname-verification-disabled
            SSLSocket socket = (SSLSocket) tlsFactory.createSocket(host, 443);
            socket.startHandshake();
            requireHost(socket, host);
            socket.getOutputStream().write(request);
        }

        private static void requireHost(SSLSocket socket, String host) throws SSLException {
            if (!HttpsURLConnection.getDefaultHostnameVerifier().verify(host, socket.getSession())) {
                throw new SSLException("certificate does not match " + host);
            }
        }

        /** Server side: the peer is a client, there is no host name to check. */
        void serveOne(Socket accepted, byte[] greeting) throws IOException {
            // ok: tls-hostname-verification-disabled
            SSLSocket tls = (SSLSocket) tlsFactory.createSocket(accepted, null, accepted.getPort(), true);
            tls.setUseClientMode(false);
            tls.getOutputStream().write(greeting);
        }

        /** Cleartext: not a TLS socket at all (transport rules, not this one). */
        void plainText(String host, byte[] request) throws IOException {
            // ok: tls-hostname-verification-disabled
            Socket socket = SocketFactory.getDefault().createSocket(host, 7);
            socket.getOutputStream().write(request);
        }

        /** Only asked what it supports: no connection is made. */
        String[] supportedProtocols() throws IOException {
            // ok: tls-hostname-verification-disabled
            SSLSocket probe = (SSLSocket) tlsFactory.createSocket();
            return probe.getSupportedProtocols();
        }
    }

    static final class DefaultDelegatingVerifier implements HostnameVerifier {
        @Override
        // ok: tls-hostname-verification-disabled
        public boolean verify(String hostname, SSLSession session) {
            return HttpsURLConnection.getDefaultHostnameVerifier().verify(hostname, session);
        }
    }

    static void pinnedHost(HttpsURLConnection connection) {
        connection.setHostnameVerifier(new HostnameVerifier() {
            @Override
            // ok: tls-hostname-verification-disabled
            public boolean verify(String hostname, SSLSession session) {
                if (!API_HOST.equals(hostname)) {
                    return false;
                }
                return HttpsURLConnection.getDefaultHostnameVerifier().verify(hostname, session);
            }
        });
    }

    static OkHttpClient okHttpDefault() {
        return new OkHttpClient.Builder()
            // ok: tls-hostname-verification-disabled
            .hostnameVerifier(OkHostnameVerifier.INSTANCE)
            .build();
    }

    // ---- verifiers that compare only the requested host: never the certificate ----------

    static OkHttpClient okHttpHostCheck() {
        return new OkHttpClient.Builder()
            // ruleid: tls-hostname-verification-disabled [variant: host-only]
            .hostnameVerifier((hostname, session) -> API_HOST.equalsIgnoreCase(hostname))
            .build();
    }

    static void ourDomainOnly() {
        // ruleid: tls-hostname-verification-disabled [variant: host-only]
        HttpsURLConnection.setDefaultHostnameVerifier((hostname, session) -> hostname.endsWith(".shopfront.io"));
    }

    private static final java.util.Set<String> ALLOWED_HOSTS = java.util.Set.of("api.shopfront.io", "cdn.shopfront.io");

    // ruleid: tls-hostname-verification-disabled [variant: host-only]
    static final HostnameVerifier OUR_HOSTS = (hostname, session) -> ALLOWED_HOSTS.contains(hostname);

    static void fixedHost(HttpsURLConnection connection) {
        connection.setHostnameVerifier(new HostnameVerifier() {
            @Override
            // ruleid: tls-hostname-verification-disabled [variant: host-only]
            public boolean verify(String hostname, SSLSession session) {
                if (hostname.equals("api.shopfront.io")) {
                    return true;
                }
                Log.w(TAG, "unexpected host " + hostname);
                return false;
            }
        });
    }

    /** The session's peer host is the requested host again, not the certificate's name. */
    static final class PeerHostVerifier implements HostnameVerifier {
        @Override
        // ruleid: tls-hostname-verification-disabled [variant: host-only]
        public boolean verify(String hostname, SSLSession session) {
            return hostname.equalsIgnoreCase(session.getPeerHost());
        }
    }

    static CloseableHttpClient apacheHostList(SSLContext sslContext) {
        return HttpClients.custom()
            // ruleid: tls-hostname-verification-disabled [variant: host-only]
            .setSSLHostnameVerifier((HostnameVerifier) (host, session) -> "api.shopfront.io".equals(host))
            .build();
    }

    static OkHttpClient okHttpHostThenDefault() {
        return new OkHttpClient.Builder()
            // ok: tls-hostname-verification-disabled
            .hostnameVerifier((hostname, session) -> hostname.endsWith(".shopfront.io") && OkHostnameVerifier.INSTANCE.verify(hostname, session))
            .build();
    }

    static final class CertificateNameVerifier implements HostnameVerifier {
        @Override
        // ok: tls-hostname-verification-disabled
        public boolean verify(String hostname, SSLSession session) {
            try {
                java.security.cert.X509Certificate leaf = (java.security.cert.X509Certificate) session.getPeerCertificates()[0];
                return API_HOST.equals(hostname) && leaf.getSubjectX500Principal().getName().contains("CN=" + hostname);
            } catch (javax.net.ssl.SSLPeerUnverifiedException e) {
                return false;
            }
        }
    }

    static OkHttpClient rejectEverything() {
        return new OkHttpClient.Builder()
            // ok: tls-hostname-verification-disabled
            .hostnameVerifier((hostname, session) -> false)
            .build();
    }

    static CloseableHttpClient apacheDefault(SSLContext sslContext) {
        return HttpClients.custom()
            // ok: tls-hostname-verification-disabled
            .setSSLSocketFactory(new SSLConnectionSocketFactory(sslContext, new DefaultHostnameVerifier()))
            .build();
    }

    // ---- declared in one place, installed in another ---------------------------------------

    // ruleid: tls-hostname-verification-disabled
    private static final HostnameVerifier ALLOW_ALL = (hostname, session) -> true;

    static void installDeclared(HttpsURLConnection connection) {
        connection.setHostnameVerifier(ALLOW_ALL);
        HttpsURLConnection.setDefaultHostnameVerifier(ALLOW_ALL);
    }

    static HttpsURLConnection localThenInstalled(URL url) throws IOException {
        // ruleid: tls-hostname-verification-disabled
        HostnameVerifier allowAll = (h, s) -> true;
        HttpsURLConnection connection = (HttpsURLConnection) url.openConnection();
        connection.setHostnameVerifier(allowAll);
        return connection;
    }

    static HostnameVerifier trustAllHosts() {
        // ruleid: tls-hostname-verification-disabled
        return (hostname, session) -> true;
    }

    static void fromHelper(HttpsURLConnection connection) {
        connection.setHostnameVerifier(trustAllHosts());
    }

    private boolean acceptEveryHost(String hostname, SSLSession session) {
        Log.d(TAG, "accepting " + hostname);
        return true;
    }

    OkHttpClient methodReference() {
        return new OkHttpClient.Builder()
            // ruleid: tls-hostname-verification-disabled
            .hostnameVerifier(this::acceptEveryHost)
            .build();
    }

    private static boolean isOurHost(String hostname, SSLSession session) {
        return API_HOST.equals(hostname);
    }

    static OkHttpClient hostOnlyReference() {
        return new OkHttpClient.Builder()
            // ruleid: tls-hostname-verification-disabled [variant: host-only]
            .hostnameVerifier(HostClients::isOurHost)
            .build();
    }

    private HostnameVerifier configured;

    void configure(boolean insecure) {
        if (insecure) {
            configured = (hostname, session) -> true;
        }
    }

    void openConfigured(HttpsURLConnection connection) {
        // ruleid: tls-hostname-verification-disabled
        connection.setHostnameVerifier(configured);
    }

    static void chosenByFlag(HttpsURLConnection connection, boolean insecure) {
        // ruleid: tls-hostname-verification-disabled
        connection.setHostnameVerifier(insecure ? (h, s) -> true : HttpsURLConnection.getDefaultHostnameVerifier());
    }

    // ---- look-alikes: declared, but what is installed checks the host ---------------------

    // ok: tls-hostname-verification-disabled
    private static final HostnameVerifier DELEGATING = (hostname, session) -> HttpsURLConnection.getDefaultHostnameVerifier().verify(hostname, session);

    static void installDelegating(HttpsURLConnection connection) {
        // ok: tls-hostname-verification-disabled
        connection.setHostnameVerifier(DELEGATING);
    }

    static void overwrittenBeforeInstall(HttpsURLConnection connection) {
        // ok: tls-hostname-verification-disabled
        HostnameVerifier chosen = (hostname, session) -> true;
        chosen = HttpsURLConnection.getDefaultHostnameVerifier();
        // ok: tls-hostname-verification-disabled
        connection.setHostnameVerifier(chosen);
    }

    // ok: tls-hostname-verification-disabled
    private static final HostnameVerifier NEVER_INSTALLED = (hostname, session) -> true;

    // ok: tls-hostname-verification-disabled
    private static final HostnameVerifier DEBUG_ONLY = (hostname, session) -> true;

    static void debugInstall(HttpsURLConnection connection) {
        if (BuildConfig.DEBUG) {
            connection.setHostnameVerifier(DEBUG_ONLY);
        }
    }

    // ok: tls-hostname-verification-disabled
    private static boolean knownHost(String hostname, SSLSession session) {
        return true;
    }

    static final HostnameVerifier KNOWN_THEN_DEFAULT =
        (hostname, session) -> knownHost(hostname, session) && HttpsURLConnection.getDefaultHostnameVerifier().verify(hostname, session);

    /** Wraps the platform factory to enable TLS 1.2; HttpsURLConnection still verifies the host. */
    static final class Tls12SocketFactory extends SSLSocketFactory {
        private final SSLSocketFactory delegate;

        Tls12SocketFactory(SSLSocketFactory delegate) {
            this.delegate = delegate;
        }

        @Override
        public java.net.Socket createSocket(java.net.Socket s, String host, int port, boolean autoClose) throws IOException {
            // ok: tls-hostname-verification-disabled
            SSLSocket socket = (SSLSocket) delegate.createSocket(s, host, port, autoClose);
            socket.setEnabledProtocols(new String[] {"TLSv1.2", "TLSv1.3"});
            socket.startHandshake();
            return socket;
        }

        @Override
        public java.net.Socket createSocket(String host, int port) throws IOException {
            // ok: tls-hostname-verification-disabled
            return enableModernTls(delegate.createSocket(host, port));
        }

        private static java.net.Socket enableModernTls(java.net.Socket socket) throws IOException {
            if (socket instanceof SSLSocket) {
                ((SSLSocket) socket).setEnabledProtocols(new String[] {"TLSv1.2", "TLSv1.3"});
                ((SSLSocket) socket).startHandshake();
            }
            return socket;
        }

        @Override public java.net.Socket createSocket(String host, int port, java.net.InetAddress localHost, int localPort) throws IOException { return delegate.createSocket(host, port, localHost, localPort); }
        @Override public java.net.Socket createSocket(java.net.InetAddress host, int port) throws IOException { return delegate.createSocket(host, port); }
        @Override public java.net.Socket createSocket(java.net.InetAddress address, int port, java.net.InetAddress localAddress, int localPort) throws IOException { return delegate.createSocket(address, port, localAddress, localPort); }
        @Override public String[] getDefaultCipherSuites() { return delegate.getDefaultCipherSuites(); }
        @Override public String[] getSupportedCipherSuites() { return delegate.getSupportedCipherSuites(); }
    }

    private HostClients() {
    }
}
