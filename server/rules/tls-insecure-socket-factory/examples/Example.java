package com.shopfront.legacy;

import static android.net.SSLCertificateSocketFactory.getInsecure;

import android.content.Context;
import android.net.SSLCertificateSocketFactory;
import android.net.SSLSessionCache;

import java.io.InputStream;
import java.net.URL;
import java.security.KeyStore;
import java.security.cert.X509Certificate;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

import org.apache.http.client.HttpClient;
import org.apache.http.config.Registry;
import org.apache.http.config.RegistryBuilder;
import org.apache.http.conn.ClientConnectionManager;
import org.apache.http.conn.scheme.PlainSocketFactory;
import org.apache.http.conn.scheme.Scheme;
import org.apache.http.conn.scheme.SchemeRegistry;
import org.apache.http.conn.socket.ConnectionSocketFactory;
import org.apache.http.conn.ssl.NoopHostnameVerifier;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.conn.ssl.SSLSocketFactory;
import org.apache.http.conn.ssl.TrustSelfSignedStrategy;
import org.apache.http.conn.ssl.TrustStrategy;
import org.apache.http.conn.ssl.X509HostnameVerifier;
import org.apache.http.impl.client.DefaultHttpClient;
import org.apache.http.impl.conn.tsccm.ThreadSafeClientConnManager;
import org.apache.http.params.BasicHttpParams;
import org.apache.http.params.HttpParams;

public final class LegacyClients {
    private static final int HANDSHAKE_TIMEOUT_MS = 15_000;
    private static final String HTTPS = "https";

    // ---- android.net.SSLCertificateSocketFactory ------------------------------------------

    static HttpsURLConnection openUnchecked(URL url) throws Exception {
        HttpsURLConnection connection = (HttpsURLConnection) url.openConnection();
        // ruleid: tls-insecure-socket-factory
        connection.setSSLSocketFactory(SSLCertificateSocketFactory.getInsecure(0, null));
        return connection;
    }

    static javax.net.ssl.SSLSocketFactory qualified(Context context) {
        // ruleid: tls-insecure-socket-factory
        return android.net.SSLCertificateSocketFactory.getInsecure(HANDSHAKE_TIMEOUT_MS, new SSLSessionCache(context));
    }

    /** A user setting chooses between the checked and the unchecked factory. */
    static javax.net.ssl.SSLSocketFactory forAccount(boolean acceptAnyCertificate, SSLSessionCache cache) {
        return acceptAnyCertificate
            // ruleid: tls-insecure-socket-factory
            ? SSLCertificateSocketFactory.getInsecure(HANDSHAKE_TIMEOUT_MS, cache)
            : SSLCertificateSocketFactory.getDefault(HANDSHAKE_TIMEOUT_MS, cache);
    }

    /** "Accept all certificates" that still pins the certificate seen first: the host check is what is off. */
    static javax.net.ssl.SSLSocketFactory pinnedFirstSeen(TrustManager pinning) {
        SSLCertificateSocketFactory factory = (SSLCertificateSocketFactory)
            // ruleid: tls-insecure-socket-factory [variant: custom-trust]
            SSLCertificateSocketFactory.getInsecure(HANDSHAKE_TIMEOUT_MS, null);
        factory.setTrustManagers(new TrustManager[] {pinning});
        return factory;
    }

    static javax.net.ssl.SSLSocketFactory debugShortcut() {
        // ok: tls-insecure-socket-factory
        if (BuildConfig.DEBUG) return SSLCertificateSocketFactory.getInsecure(0, null);
        return SSLCertificateSocketFactory.getDefault(0, null);
    }

    static javax.net.ssl.SSLSocketFactory staticallyImported() {
        // ruleid: tls-insecure-socket-factory
        return getInsecure(HANDSHAKE_TIMEOUT_MS, null);
    }

    static javax.net.ssl.SSLSocketFactory checked(SSLSessionCache cache) {
        // ok: tls-insecure-socket-factory
        return SSLCertificateSocketFactory.getDefault(HANDSHAKE_TIMEOUT_MS, cache);
    }

    static boolean insecureSetting(AccountSettings settings) {
        // ok: tls-insecure-socket-factory
        return settings.getInsecure();
    }

    static javax.net.ssl.SSLSocketFactory debugOnly(SSLSessionCache cache) {
        if (BuildConfig.DEBUG) {
            // ok: tls-insecure-socket-factory
            return SSLCertificateSocketFactory.getInsecure(HANDSHAKE_TIMEOUT_MS, cache);
        }
        return SSLCertificateSocketFactory.getDefault(HANDSHAKE_TIMEOUT_MS, cache);
    }

    static void platformDefault(HttpsURLConnection connection) throws Exception {
        // ok: tls-insecure-socket-factory
        connection.setSSLSocketFactory(SSLContext.getDefault().getSocketFactory());
    }

    // ---- legacy Apache HttpClient: factories registered for https ---------------------------

    /** The classic "accept self-signed certificates" client: any host name is accepted. */
    static HttpClient allowAllHosts(HttpParams params) throws Exception {
        KeyStore trustStore = KeyStore.getInstance(KeyStore.getDefaultType());
        trustStore.load(null, null);
        SSLSocketFactory sf = new MySSLSocketFactory(trustStore);
        sf.setHostnameVerifier(SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER);

        SchemeRegistry registry = new SchemeRegistry();
        registry.register(new Scheme("http", PlainSocketFactory.getSocketFactory(), 80));
        // ruleid: tls-insecure-socket-factory [variant: any-host]
        registry.register(new Scheme("https", sf, 443));
        ClientConnectionManager ccm = new ThreadSafeClientConnManager(params, registry);
        return new DefaultHttpClient(ccm, params);
    }

    /** The verifier kept in a local first, then cast for the Apache setter. */
    static HttpClient defaultFactoryAllowAll() {
        HostnameVerifier hostnameVerifier = SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER;
        DefaultHttpClient client = new DefaultHttpClient();
        SSLSocketFactory socketFactory = SSLSocketFactory.getSocketFactory();
        socketFactory.setHostnameVerifier((X509HostnameVerifier) hostnameVerifier);
        SchemeRegistry registry = client.getConnectionManager().getSchemeRegistry();
        // ruleid: tls-insecure-socket-factory [variant: any-host]
        registry.register(new Scheme(HTTPS, socketFactory, 443));
        return client;
    }

    /** The client's own https factory is told to accept any host. */
    static void relaxExisting(DefaultHttpClient client) {
        // ruleid: tls-insecure-socket-factory [variant: any-host]
        SSLSocketFactory ssl = (SSLSocketFactory) client.getConnectionManager().getSchemeRegistry().getScheme("https").getSocketFactory();
        ssl.setHostnameVerifier(SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER);
    }

    /** A factory class of any name, with the allow-all verifier set afterwards. */
    static HttpClient customClass(KeyStore trustStore, HttpParams params) throws Exception {
        SSLSocketFactory relaxed = new RelaxedTls(trustStore);
        relaxed.setHostnameVerifier(SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER);
        SchemeRegistry registry = new SchemeRegistry();
        // ruleid: tls-insecure-socket-factory [variant: any-host]
        registry.register(new Scheme("https", relaxed, 8443));
        return new DefaultHttpClient(new ThreadSafeClientConnManager(params, registry), params);
    }

    static void strictExisting(DefaultHttpClient client) {
        // ok: tls-insecure-socket-factory
        SSLSocketFactory ssl = (SSLSocketFactory) client.getConnectionManager().getSchemeRegistry().getScheme("https").getSocketFactory();
        ssl.setHostnameVerifier(SSLSocketFactory.STRICT_HOSTNAME_VERIFIER);
    }

    /** HttpClient 4.1+: a trust strategy that answers true, and the port before the factory. */
    static HttpClient trustAnyChain() throws Exception {
        TrustStrategy easyStrategy = new TrustStrategy() {
            @Override
            public boolean isTrusted(X509Certificate[] chain, String authType) {
                return true;
            }
        };
        SSLSocketFactory factory = new SSLSocketFactory(easyStrategy, SSLSocketFactory.STRICT_HOSTNAME_VERIFIER);
        SchemeRegistry registry = new SchemeRegistry();
        // ruleid: tls-insecure-socket-factory [variant: any-certificate]
        registry.register(new Scheme("https", 443, factory));
        return new DefaultHttpClient(new ThreadSafeClientConnManager(registry));
    }

    /** The factory comes from a helper of this file. */
    static HttpClient selfSigned(HttpParams params) throws Exception {
        SchemeRegistry registry = new SchemeRegistry();
        // ruleid: tls-insecure-socket-factory [variant: any-certificate]
        registry.register(new Scheme("https", selfSignedFactory(), 8443));
        return new DefaultHttpClient(new ThreadSafeClientConnManager(params, registry), params);
    }

    private static SSLSocketFactory selfSignedFactory() throws Exception {
        return new SSLSocketFactory(new TrustSelfSignedStrategy(), SSLSocketFactory.BROWSER_COMPATIBLE_HOSTNAME_VERIFIER);
    }

    static HttpClient easyFactory() {
        SchemeRegistry registry = new SchemeRegistry();
        // ruleid: tls-insecure-socket-factory [variant: named-factory]
        registry.register(new Scheme("https", new EasySSLSocketFactory(), 443));
        BasicHttpParams params = new BasicHttpParams();
        return new DefaultHttpClient(new ThreadSafeClientConnManager(params, registry), params);
    }

    /** HttpClient 4.3+ registry: the factory skips the host name check. */
    static Registry<ConnectionSocketFactory> pooledRegistry(SSLContext sslContext) {
        SSLConnectionSocketFactory noHostCheck = new SSLConnectionSocketFactory(sslContext, NoopHostnameVerifier.INSTANCE);
        return RegistryBuilder.<ConnectionSocketFactory>create()
            // ruleid: tls-insecure-socket-factory [variant: any-host]
            .register("https", noHostCheck)
            .build();
    }

    static HttpClient strictDefault(HttpParams params) {
        SchemeRegistry registry = new SchemeRegistry();
        registry.register(new Scheme("http", PlainSocketFactory.getSocketFactory(), 80));
        // ok: tls-insecure-socket-factory
        registry.register(new Scheme("https", SSLSocketFactory.getSocketFactory(), 443));
        return new DefaultHttpClient(new ThreadSafeClientConnManager(params, registry), params);
    }

    /** The allow-all verifier only in debug builds: release builds keep the strict default. */
    static HttpClient debugOnlyVerifier(HttpParams params) {
        SSLSocketFactory sf = SSLSocketFactory.getSocketFactory();
        if (BuildConfig.DEBUG) {
            sf.setHostnameVerifier(SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER);
        }
        SchemeRegistry registry = new SchemeRegistry();
        // ok: tls-insecure-socket-factory
        registry.register(new Scheme("https", sf, 443));
        return new DefaultHttpClient(new ThreadSafeClientConnManager(params, registry), params);
    }

    static HttpClient strictVerifier(HttpParams params) {
        SSLSocketFactory sf = SSLSocketFactory.getSocketFactory();
        sf.setHostnameVerifier(SSLSocketFactory.STRICT_HOSTNAME_VERIFIER);
        SchemeRegistry registry = new SchemeRegistry();
        // ok: tls-insecure-socket-factory
        registry.register(new Scheme("https", sf, 443));
        return new DefaultHttpClient(new ThreadSafeClientConnManager(params, registry), params);
    }

    /** A private CA loaded into the trust store: the chain and the host are still checked. */
    static HttpClient privateCa(InputStream caStore, char[] password, HttpParams params) throws Exception {
        KeyStore trustStore = KeyStore.getInstance("BKS");
        trustStore.load(caStore, password);
        SSLSocketFactory sf = new SSLSocketFactory(trustStore);
        SchemeRegistry registry = new SchemeRegistry();
        // ok: tls-insecure-socket-factory
        registry.register(new Scheme("https", sf, 443));
        return new DefaultHttpClient(new ThreadSafeClientConnManager(params, registry), params);
    }

    static Registry<ConnectionSocketFactory> pooledChecked(SSLContext sslContext) {
        return RegistryBuilder.<ConnectionSocketFactory>create()
            // ok: tls-insecure-socket-factory
            .register("https", new SSLConnectionSocketFactory(sslContext))
            .build();
    }

    /** An allow-all verifier on a factory that only serves plain http is never used for TLS. */
    static void plainOnly(SchemeRegistry registry) {
        // ok: tls-insecure-socket-factory
        registry.register(new Scheme("http", PlainSocketFactory.getSocketFactory(), 80));
    }

    private LegacyClients() {
    }
}
