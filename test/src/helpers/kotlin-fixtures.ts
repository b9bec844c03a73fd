import * as path from 'node:path';

/**
 * A Kotlin file with two findings: a trust-all X509TrustManager (tls-trust-all-certificates, line
 * 6) and a cleartext URL (transport-cleartext-url, line 9). Shared by the LSP and scan tests.
 */
export const TRUST_ALL_KT = `import javax.net.ssl.X509TrustManager
import java.security.cert.X509Certificate

val trustAll = object : X509TrustManager {
    override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) {}
    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {}
    override fun getAcceptedIssuers(): Array<X509Certificate> = arrayOf()
}
const val BASE_URL = "http://api.shop.io/"
`;

/** A scan worker that crashes on files named crash-* and hangs on hang-* (faulty-scan-worker.ts). */
export const FAULTY_WORKER = path.join(__dirname, 'faulty-scan-worker.js');
