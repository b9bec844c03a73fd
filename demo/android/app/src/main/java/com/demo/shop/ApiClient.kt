package com.demo.shop

import android.util.Log
import okhttp3.ConnectionSpec
import okhttp3.OkHttpClient
import okhttp3.TlsVersion
import java.security.SecureRandom
import java.security.cert.X509Certificate
import javax.net.ssl.SSLContext
import javax.net.ssl.X509TrustManager

object ApiClient {
    // Cleartext: every request and its session cookie travel unencrypted.
    const val BASE_URL = "http://api.demo-shop.io/v1/"

    // "Temporary" workaround for the staging certificate that shipped to production.
    private val trustEverything = object : X509TrustManager {
        override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) {}
        override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {
            Log.d("ApiClient", "trusting ${chain.size} certificates")
        }
        override fun getAcceptedIssuers(): Array<X509Certificate> = arrayOf()
    }

    private val legacySpec = ConnectionSpec.Builder(ConnectionSpec.COMPATIBLE_TLS)
        .tlsVersions(TlsVersion.TLS_1_0, TlsVersion.TLS_1_2)
        .build()

    val client: OkHttpClient by lazy {
        val context = SSLContext.getInstance("TLS")
        context.init(null, arrayOf(trustEverything), SecureRandom())
        OkHttpClient.Builder()
            .sslSocketFactory(context.socketFactory, trustEverything)
            .hostnameVerifier { _, _ -> true }
            .connectionSpecs(listOf(legacySpec))
            .build()
    }
}
