package com.securecomm.samples.network

import android.util.Log
import java.security.MessageDigest
import java.security.cert.CertPathValidatorException
import java.security.cert.CertificateException
import java.security.cert.CertificateExpiredException
import java.security.cert.CertificateNotYetValidException
import java.security.cert.PKIXParameters
import java.security.cert.X509Certificate
import java.util.Date
import javax.net.ssl.X509TrustManager

private const val TAG = "Trust"

private fun sha256(data: ByteArray): String =
    MessageDigest.getInstance("SHA-256").digest(data).joinToString("") { "%02x".format(it) }

// the platform decides, but an expired certificate is forgiven
class ExpiryTolerantTrustManager(private val platform: X509TrustManager) : X509TrustManager by platform {
    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {
        try {
            platform.checkServerTrusted(chain, authType)
        // ruleid: tls-expired-certificate-accepted
        } catch (e: CertificateExpiredException) {
            Log.w(TAG, "expired server certificate, continuing", e)
        }
    }
}

// pins the key but accepts it outside its validity period
class PinningTrustManager(private val pins: Set<String>) : X509TrustManager {
    override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) = Unit
    override fun getAcceptedIssuers(): Array<X509Certificate> = emptyArray()

    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {
        try {
            chain[0].checkValidity()
        // ruleid: tls-expired-certificate-accepted
        } catch (e: java.security.cert.CertificateNotYetValidException) {
            Log.w(TAG, "device clock behind? ${e.message}")
        }
        if (sha256(chain[0].publicKey.encoded) !in pins) throw CertificateException("public key not pinned")
    }
}

// only the expiry cause of the platform's rejection is forgiven
class CauseCheckingTrustManager(private val platform: X509TrustManager) : X509TrustManager by platform {
    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {
        try {
            platform.checkServerTrusted(chain, authType)
        } catch (e: CertificateException) {
            // ruleid: tls-expired-certificate-accepted
            if (e.cause is CertificateExpiredException) return
            val reason = (e.cause as? CertPathValidatorException)?.reason
            // ruleid: tls-expired-certificate-accepted
            if (reason == CertPathValidatorException.BasicReason.NOT_YET_VALID) {
                Log.w(TAG, "certificate not valid yet")
                return
            }
            throw e
        }
    }
}

val tolerant = object : X509TrustManager {
    private val platform = defaultTrustManager()
    override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) = Unit
    override fun getAcceptedIssuers(): Array<X509Certificate> = platform.acceptedIssuers

    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {
        try {
            platform.checkServerTrusted(chain, authType)
        } catch (e: CertificateException) {
            when (e.cause) {
                // ruleid: tls-expired-certificate-accepted
                is CertificateExpiredException -> Log.w(TAG, "expired, accepted")
                else -> throw e
            }
        }
    }
}

class RethrowAllButExpiry(private val platform: X509TrustManager) : X509TrustManager by platform {
    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {
        try {
            platform.checkServerTrusted(chain, authType)
        } catch (e: CertificateException) {
            // ruleid: tls-expired-certificate-accepted
            if (e.cause !is CertificateExpiredException) throw e
        }
    }
}

fun frozenClock(params: PKIXParameters): PKIXParameters {
    // ruleid: tls-expired-certificate-accepted
    params.date = Date(1_577_836_800_000L)
    return params
}

// ---- look-alikes ---------------------------------------------------------------------

class RethrowingTrustManager(private val platform: X509TrustManager) : X509TrustManager by platform {
    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {
        try {
            platform.checkServerTrusted(chain, authType)
        // ok: tls-expired-certificate-accepted
        } catch (e: CertificateExpiredException) {
            throw CertificateException("server certificate expired on ${chain[0].notAfter}", e)
        }
    }
}

class LoggingTrustManager(private val platform: X509TrustManager) : X509TrustManager by platform {
    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {
        try {
            platform.checkServerTrusted(chain, authType)
        } catch (e: CertificateException) {
            // ok: tls-expired-certificate-accepted
            if (e.cause is CertificateExpiredException) {
                Log.e(TAG, "expired certificate: check the device clock", e)
            }
            throw e
        }
    }
}

// the early validity check is redundant: the platform check below rejects expired chains
class DoubleCheckingTrustManager(private val platform: X509TrustManager) : X509TrustManager by platform {
    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {
        try {
            chain[0].checkValidity()
        // ok: tls-expired-certificate-accepted
        } catch (e: CertificateExpiredException) {
            Log.w(TAG, "leaf expired")
        }
        platform.checkServerTrusted(chain, authType)
    }
}

// a settings screen that labels a stored certificate
fun validityLabel(certificate: X509Certificate): String = try {
    certificate.checkValidity()
    "valid"
// ok: tls-expired-certificate-accepted
} catch (e: CertificateExpiredException) {
    "expired"
} catch (e: CertificateNotYetValidException) {
    "not yet valid"
}

// ok: tls-expired-certificate-accepted
fun validNow(certificate: X509Certificate): Boolean = runCatching { certificate.checkValidity(Date()) }.isSuccess

private fun defaultTrustManager(): X509TrustManager = TODO()
