package com.securecomm.samples.network

import android.util.Log
import com.securecomm.samples.BuildConfig
import okhttp3.CertificatePinner
import okhttp3.OkHttpClient

private const val API_HOST = "api.shopfront.io"
private const val PRIMARY_PIN = "sha256/r8tN2Ybe8ZxKSaOHq7XRuB0Sl9HmPvZFv2NaRnt+7Lk="
private const val BACKUP_PIN = "sha256/Qo0cDK1ZC1LPw7zHUxDb0SPmqP3yEpXyFXEmOtMCSdU="
private const val TODO_PIN = "sha256/XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX="

// ruleid: tls-pinning-misconfigured
const val STAGING_PIN = "sha256/<staging key hash>"

// ok: tls-pinning-misconfigured
private const val UNUSED_PIN = "sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="

object PinnedClients {
    fun placeholder(): OkHttpClient {
        val pinner = CertificatePinner.Builder()
            // ruleid: tls-pinning-misconfigured
            .add(API_HOST, "sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", BACKUP_PIN)
            .build()
        return OkHttpClient.Builder().certificatePinner(pinner).build()
    }

    fun placeholderInConstant(): OkHttpClient =
        OkHttpClient.Builder()
            .certificatePinner(
                CertificatePinner.Builder()
                    .add("cdn.shopfront.io", PRIMARY_PIN)
                    // ruleid: tls-pinning-misconfigured
                    .add("cdn.shopfront.io", TODO_PIN)
                    .build(),
            )
            .build()

    fun copiedFromDocs(): OkHttpClient {
        val pinner = CertificatePinner.Builder().apply {
            // ruleid: tls-pinning-misconfigured [variant: docs-example]
            add(API_HOST, "sha256/afwiKY3RxoMmLkuRW1l7QsPZTJPwDS2pdDROQjXw8ig=")
            add(API_HOST, BACKUP_PIN)
        }.build()
        return OkHttpClient.Builder().certificatePinner(pinner).build()
    }

    fun singlePin(): OkHttpClient {
        val pinner = CertificatePinner.Builder()
            // ruleid: tls-pinning-misconfigured [variant: no-backup-pin]
            .add("payments.shopfront.io", PRIMARY_PIN)
            .add(API_HOST, PRIMARY_PIN, BACKUP_PIN)
            .build()
        return OkHttpClient.Builder().certificatePinner(pinner).build()
    }

    fun singlePinStatements(): OkHttpClient {
        val builder = CertificatePinner.Builder()
        // ruleid: tls-pinning-misconfigured [variant: no-backup-pin]
        builder.add("auth.shopfront.io", "sha256/Qo0cDK1ZC1LPw7zHUxDb0SPmqP3yEpXyFXEmOtMCSdU=")
        return OkHttpClient.Builder().certificatePinner(builder.build()).build()
    }

    fun builtButNotInstalled(): OkHttpClient {
        // ruleid: tls-pinning-misconfigured [variant: not-attached]
        val pinner = CertificatePinner.Builder()
            .add(API_HOST, PRIMARY_PIN, BACKUP_PIN)
            .build()
        return OkHttpClient.Builder().build()
    }

    fun builderNeverInstalled(): OkHttpClient {
        val builder = CertificatePinner.Builder().add(API_HOST, PRIMARY_PIN, BACKUP_PIN)
        // ruleid: tls-pinning-misconfigured [variant: not-attached]
        val pinner = builder.build()
        Log.d("pinning", "pins ready: $pinner")
        return OkHttpClient.Builder().build()
    }

    // ---- look-alikes that stay silent ---------------------------------------------------

    fun unpinnedClient() {
        // ok: tls-pinning-misconfigured
        val client = OkHttpClient.Builder().certificatePinner(CertificatePinner.DEFAULT).build()
    }

    fun computedPin(certificate: java.security.cert.X509Certificate): CertificatePinner =
        CertificatePinner.Builder()
            // ok: tls-pinning-misconfigured
            .add(API_HOST, "sha256/" + certificate.publicKey.encoded.toByteString().sha256().base64(), BACKUP_PIN)
            .build()

    fun twoPins(): OkHttpClient {
        // ok: tls-pinning-misconfigured
        val pinner = CertificatePinner.Builder()
            .add(API_HOST, PRIMARY_PIN)
            .add(API_HOST, BACKUP_PIN)
            .build()
        return OkHttpClient.Builder().certificatePinner(pinner).build()
    }

    fun wildcardBackup(): OkHttpClient {
        val pinner = CertificatePinner.Builder()
            // ok: tls-pinning-misconfigured
            .add("img.shopfront.io", PRIMARY_PIN)
            .add("*.shopfront.io", BACKUP_PIN, PRIMARY_PIN)
            .build()
        return OkHttpClient.Builder().certificatePinner(pinner).build()
    }

    fun fromBuildConfig(): OkHttpClient {
        val pinner = CertificatePinner.Builder()
            // ok: tls-pinning-misconfigured
            .add(BuildConfig.API_HOST, BuildConfig.API_PIN)
            .build()
        return OkHttpClient.Builder().certificatePinner(pinner).build()
    }

    fun fromConfig(hosts: Map<String, List<String>>): CertificatePinner {
        val builder = CertificatePinner.Builder()
        for ((host, pins) in hosts) {
            // ok: tls-pinning-misconfigured
            builder.add(host, *pins.toTypedArray())
        }
        // ok: tls-pinning-misconfigured
        return builder.build()
    }

    fun extraPins(builder: CertificatePinner.Builder) {
        // ok: tls-pinning-misconfigured
        builder.add("ws.shopfront.io", PRIMARY_PIN)
    }

    // ok: tls-pinning-misconfigured
    val sharedPinner: CertificatePinner = CertificatePinner.Builder().add(API_HOST, PRIMARY_PIN, BACKUP_PIN).build()

    fun logPin(certificate: java.security.cert.X509Certificate) {
        // ok: tls-pinning-misconfigured
        Log.d("pinning", "server pin ${CertificatePinner.pin(certificate)}, expected sha256/<unset>")
    }
}
