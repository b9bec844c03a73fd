package com.securecomm.samples.legacy

import android.content.Context
import android.net.SSLCertificateSocketFactory
import android.net.SSLCertificateSocketFactory.getInsecure
import android.net.SSLSessionCache
import java.net.URL
import java.security.KeyStore
import java.security.cert.X509Certificate
import javax.net.ssl.HttpsURLConnection
import javax.net.ssl.SSLContext
import javax.net.ssl.TrustManager
import org.apache.http.client.HttpClient
import org.apache.http.config.Registry
import org.apache.http.config.RegistryBuilder
import org.apache.http.conn.scheme.PlainSocketFactory
import org.apache.http.conn.scheme.Scheme
import org.apache.http.conn.scheme.SchemeRegistry
import org.apache.http.conn.socket.ConnectionSocketFactory
import org.apache.http.conn.ssl.AllowAllHostnameVerifier
import org.apache.http.conn.ssl.SSLConnectionSocketFactory
import org.apache.http.conn.ssl.SSLSocketFactory
import org.apache.http.conn.ssl.TrustAllStrategy
import org.apache.http.conn.ssl.TrustStrategy
import org.apache.http.impl.client.DefaultHttpClient
import org.apache.http.impl.conn.tsccm.ThreadSafeClientConnManager
import org.apache.http.params.BasicHttpParams
import android.net.SSLCertificateSocketFactory as CertSockets

private const val HANDSHAKE_TIMEOUT_MS = 15_000

object PlatformFactories {
    fun openUnchecked(url: URL): HttpsURLConnection =
        (url.openConnection() as HttpsURLConnection).apply {
            // ruleid: tls-insecure-socket-factory
            sslSocketFactory = SSLCertificateSocketFactory.getDefault(0, null)
        }

    fun qualified(context: Context): javax.net.ssl.SSLSocketFactory =
        // ruleid: tls-insecure-socket-factory
        android.net.SSLCertificateSocketFactory.getDefault(HANDSHAKE_TIMEOUT_MS, SSLSessionCache(context))

    fun aliased(cache: SSLSessionCache): javax.net.ssl.SSLSocketFactory =
        // ruleid: tls-insecure-socket-factory
        CertSockets.getDefault(HANDSHAKE_TIMEOUT_MS, cache)

    /** A user setting chooses between the checked and the unchecked factory. */
    fun forAccount(acceptAnyCertificate: Boolean, cache: SSLSessionCache) =
        if (acceptAnyCertificate) {
            // ruleid: tls-insecure-socket-factory
            SSLCertificateSocketFactory.getDefault(HANDSHAKE_TIMEOUT_MS, cache)
        } else {
            SSLCertificateSocketFactory.getDefault(HANDSHAKE_TIMEOUT_MS, cache)
        }

    /** "Accept all certificates" that still pins the certificate seen first: the host check is what is off. */
    fun pinnedFirstSeen(pinning: TrustManager): javax.net.ssl.SSLSocketFactory =
        // ruleid: tls-insecure-socket-factory [variant: custom-trust]
        (SSLCertificateSocketFactory.getDefault(HANDSHAKE_TIMEOUT_MS, null) as SSLCertificateSocketFactory).apply {
            setTrustManagers(arrayOf(pinning))
        }

    fun debugShortcut(): javax.net.ssl.SSLSocketFactory {
        // ok: tls-insecure-socket-factory
        if (BuildConfig.DEBUG) return SSLCertificateSocketFactory.getInsecure(0, null)
        return SSLCertificateSocketFactory.getDefault(0, null)
    }

    // ruleid: tls-insecure-socket-factory
    fun imported(): javax.net.ssl.SSLSocketFactory = getInsecure(HANDSHAKE_TIMEOUT_MS, null)

    // ok: tls-insecure-socket-factory
    fun checked(cache: SSLSessionCache) = SSLCertificateSocketFactory.getDefault(HANDSHAKE_TIMEOUT_MS, cache)

    // ok: tls-insecure-socket-factory
    fun insecureSetting(settings: AccountSettings): Boolean = settings.getInsecure()

    fun debugOnly(cache: SSLSessionCache): javax.net.ssl.SSLSocketFactory {
        if (BuildConfig.DEBUG) {
            // ok: tls-insecure-socket-factory
            return SSLCertificateSocketFactory.getInsecure(HANDSHAKE_TIMEOUT_MS, cache)
        }
        return SSLCertificateSocketFactory.getDefault(HANDSHAKE_TIMEOUT_MS, cache)
    }

    fun platformDefault(connection: HttpsURLConnection) {
        // ok: tls-insecure-socket-factory
        connection.sslSocketFactory = SSLContext.getDefault().socketFactory
    }
}

object LegacyApacheClients {
    /** The classic "accept self-signed certificates" client: any host name is accepted. */
    fun allowAllHosts(): HttpClient {
        val trustStore = KeyStore.getInstance(KeyStore.getDefaultType()).apply { load(null, null) }
        val sf = MySSLSocketFactory(trustStore)
        sf.hostnameVerifier = SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER
        val registry = SchemeRegistry()
        registry.register(Scheme("http", PlainSocketFactory.getSocketFactory(), 80))
        // ruleid: tls-insecure-socket-factory [variant: any-host]
        registry.register(Scheme("https", sf, 443))
        val params = BasicHttpParams()
        return DefaultHttpClient(ThreadSafeClientConnManager(params, registry), params)
    }

    fun allowAllApplied(registry: SchemeRegistry) {
        val factory = SSLSocketFactory.getSocketFactory().apply { setHostnameVerifier(AllowAllHostnameVerifier()) }
        // ruleid: tls-insecure-socket-factory [variant: any-host]
        registry.register(Scheme("https", factory, 443))
    }

    /** The client's own https factory is told to accept any host. */
    fun relaxExisting(client: DefaultHttpClient) {
        // ruleid: tls-insecure-socket-factory [variant: any-host]
        val ssl = client.connectionManager.schemeRegistry.getScheme("https").socketFactory as SSLSocketFactory
        ssl.hostnameVerifier = SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER
    }

    fun strictExisting(client: DefaultHttpClient) {
        // ok: tls-insecure-socket-factory
        val ssl = client.connectionManager.schemeRegistry.getScheme("https").socketFactory as SSLSocketFactory
        ssl.hostnameVerifier = SSLSocketFactory.STRICT_HOSTNAME_VERIFIER
    }

    /** HttpClient 4.1+: a trust strategy that answers true, and the port before the factory. */
    fun trustAnyChain(): HttpClient {
        val strategy = TrustStrategy { _, _ -> true }
        val registry = SchemeRegistry()
        // ruleid: tls-insecure-socket-factory [variant: any-certificate]
        registry.register(Scheme("https", 443, SSLSocketFactory(strategy, SSLSocketFactory.STRICT_HOSTNAME_VERIFIER)))
        return DefaultHttpClient(ThreadSafeClientConnManager(registry))
    }

    fun anonymousStrategy(registry: SchemeRegistry) {
        val lenient = object : TrustStrategy {
            override fun isTrusted(chain: Array<X509Certificate>, authType: String) = true
        }
        val factory = SSLSocketFactory(lenient)
        // ruleid: tls-insecure-socket-factory [variant: any-certificate]
        registry.register(Scheme("https", factory, 8443))
    }

    fun easyFactory(registry: SchemeRegistry) {
        // ruleid: tls-insecure-socket-factory [variant: named-factory]
        registry.register(Scheme("https", EasySSLSocketFactory(), 443))
    }

    /** HttpClient 4.3+ registry over an SSL context that trusts every chain. */
    fun pooledRegistry(): Registry<ConnectionSocketFactory> {
        val context = org.apache.http.ssl.SSLContexts.custom().loadTrustMaterial(null, TrustAllStrategy.INSTANCE).build()
        return RegistryBuilder.create<ConnectionSocketFactory>()
            // ruleid: tls-insecure-socket-factory [variant: any-certificate]
            .register("https", SSLConnectionSocketFactory(context))
            .build()
    }

    fun strictDefault(registry: SchemeRegistry) {
        registry.register(Scheme("http", PlainSocketFactory.getSocketFactory(), 80))
        // ok: tls-insecure-socket-factory
        registry.register(Scheme("https", SSLSocketFactory.getSocketFactory(), 443))
    }

    fun strictVerifier(registry: SchemeRegistry) {
        val sf = SSLSocketFactory.getSocketFactory()
        sf.hostnameVerifier = SSLSocketFactory.STRICT_HOSTNAME_VERIFIER
        // ok: tls-insecure-socket-factory
        registry.register(Scheme("https", sf, 443))
    }

    /** A private CA loaded into the trust store: the chain and the host are still checked. */
    fun privateCa(context: Context, password: CharArray, registry: SchemeRegistry) {
        val trustStore = KeyStore.getInstance("BKS")
        context.resources.openRawResource(R.raw.corp_ca).use { trustStore.load(it, password) }
        // ok: tls-insecure-socket-factory
        registry.register(Scheme("https", SSLSocketFactory(trustStore), 443))
    }

    fun pooledChecked(sslContext: SSLContext): Registry<ConnectionSocketFactory> =
        RegistryBuilder.create<ConnectionSocketFactory>()
            // ok: tls-insecure-socket-factory
            .register("https", SSLConnectionSocketFactory(sslContext))
            .build()
}
