package com.shopfront.net;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

import android.util.Log;
import io.netty.handler.ssl.SslContextBuilder;
import okhttp3.CipherSuite;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;

public final class LegacyCiphers {
    private static final String[] LEGACY_SUITES = {
        "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
        "SSL_RSA_WITH_RC4_128_SHA",
    };
    private static final String[] MODERN_SUITES = {
        "TLS_AES_128_GCM_SHA256",
        "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
        "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
    };
    // ok: tls-weak-cipher-suite
    private static final String[] WEAK_CIPHER_SUITES = {"SSL_RSA_WITH_RC4_128_MD5", "TLS_RSA_WITH_3DES_EDE_CBC_SHA"};
    // ok: tls-weak-cipher-suite
    private static final String UNUSED_CIPHER_SUITE = "TLS_RSA_WITH_NULL_SHA256";
    // ruleid: tls-weak-cipher-suite
    public static final String[] COMPAT_CIPHER_SUITES = {"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_RSA_WITH_3DES_EDE_CBC_SHA"};

    static void enableRc4(SSLSocket socket) {
        // ruleid: tls-weak-cipher-suite
        socket.setEnabledCipherSuites(new String[] {"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "SSL_RSA_WITH_RC4_128_SHA"});
    }

    static void fromConstant(SSLEngine engine) {
        // ruleid: tls-weak-cipher-suite
        engine.setEnabledCipherSuites(LEGACY_SUITES);
    }

    static void anonymous(SSLSocket socket) {
        SSLParameters params = socket.getSSLParameters();
        // ruleid: tls-weak-cipher-suite
        params.setCipherSuites(new String[] {"TLS_DH_anon_WITH_AES_128_CBC_SHA"});
        socket.setSSLParameters(params);
    }

    static SSLParameters nullCipher() {
        String suite = "TLS_RSA_WITH_NULL_SHA256";
        // ruleid: tls-weak-cipher-suite
        return new SSLParameters(new String[] {suite}, new String[] {"TLSv1.2"});
    }

    static OkHttpClient okHttp() {
        ConnectionSpec spec = new ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS)
            // ruleid: tls-weak-cipher-suite
            .cipherSuites(CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA)
            .build();
        return new OkHttpClient.Builder().connectionSpecs(Arrays.asList(spec, ConnectionSpec.CLEARTEXT)).build();
    }

    static ConnectionSpec okHttpStrings() {
        return new ConnectionSpec.Builder(true)
            // ruleid: tls-weak-cipher-suite
            .cipherSuites("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "SSL_RSA_EXPORT_WITH_RC4_40_MD5")
            .build();
    }

    static void netty() throws Exception {
        List<String> suites = Arrays.asList("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "SSL_RSA_WITH_DES_CBC_SHA");
        // ruleid: tls-weak-cipher-suite
        SslContextBuilder.forClient().ciphers(suites).build();
    }

    static SSLConnectionSocketFactory apache(javax.net.ssl.SSLContext context) {
        return new SSLConnectionSocketFactory(context, new String[] {"TLSv1.2"},
            // ruleid: tls-weak-cipher-suite
            new String[] {"TLS_ECDH_anon_WITH_AES_256_CBC_SHA"}, SSLConnectionSocketFactory.getDefaultHostnameVerifier());
    }

    static void systemProperty() {
        // ruleid: tls-weak-cipher-suite
        System.setProperty("https.cipherSuites", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,SSL_RSA_WITH_RC4_128_MD5");
    }

    static void everythingSupported(SSLSocket socket) {
        // ruleid: tls-weak-cipher-suite [variant: all-supported]
        socket.setEnabledCipherSuites(socket.getSupportedCipherSuites());
    }

    // ---- look-alikes that stay silent ---------------------------------------------------

    static void modern(SSLSocket socket) {
        // ok: tls-weak-cipher-suite
        socket.setEnabledCipherSuites(MODERN_SUITES);
    }

    static ConnectionSpec okHttpModern() {
        // ok: tls-weak-cipher-suite
        return new ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS)
            .cipherSuites(CipherSuite.TLS_AES_128_GCM_SHA256, CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)
            .build();
    }

    static void dropWeak(SSLSocket socket) {
        List<String> kept = new ArrayList<>();
        for (String suite : socket.getSupportedCipherSuites()) {
            // ok: tls-weak-cipher-suite
            if (!Arrays.asList(WEAK_CIPHER_SUITES).contains(suite) && !suite.equals("TLS_RSA_WITH_NULL_SHA")) {
                kept.add(suite);
            }
        }
        socket.setEnabledCipherSuites(kept.toArray(new String[0]));
    }

    static void logSupported(SSLSocket socket) {
        // ok: tls-weak-cipher-suite
        Log.d("tls", "supported: " + Arrays.toString(socket.getSupportedCipherSuites()));
        // ok: tls-weak-cipher-suite
        Log.d("tls", "never enabled: " + "SSL_RSA_WITH_RC4_128_SHA");
    }

    static boolean negotiatedRc4(SSLSocket socket) {
        // ok: tls-weak-cipher-suite
        return "SSL_RSA_WITH_RC4_128_SHA".equals(socket.getSession().getCipherSuite());
    }
}
