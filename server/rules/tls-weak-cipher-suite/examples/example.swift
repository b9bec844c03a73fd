import Foundation
import Network
import NIOSSL
import Security

enum LegacyTLS {
    // ruleid: tls-weak-cipher-suite
    static let legacySuites: [tls_ciphersuite_t] = [.ECDHE_RSA_WITH_AES_128_GCM_SHA256, .RSA_WITH_3DES_EDE_CBC_SHA]
    // ok: tls-weak-cipher-suite
    private static let unusedWeakSuites: [SSLCipherSuite] = [SSLCipherSuite(TLS_RSA_WITH_NULL_SHA)]
    static let modernSuites: [tls_ciphersuite_t] = [.AES_128_GCM_SHA256, .ECDHE_ECDSA_WITH_AES_128_GCM_SHA256]

    static func parameters(allowLegacy: Bool) -> NWParameters {
        let tls = NWProtocolTLS.Options()
        // ruleid: tls-weak-cipher-suite
        sec_protocol_options_append_tls_ciphersuite(tls.securityProtocolOptions, .ECDHE_RSA_WITH_3DES_EDE_CBC_SHA)
        for suite in legacySuites {
            sec_protocol_options_append_tls_ciphersuite(tls.securityProtocolOptions, suite)
        }
        return NWParameters(tls: tls)
    }

    static func rawValue(options: sec_protocol_options_t) {
        // ruleid: tls-weak-cipher-suite
        sec_protocol_options_append_tls_ciphersuite(options, tls_ciphersuite_t(rawValue: UInt16(TLS_RSA_WITH_RC4_128_SHA))!)
    }

    static func deprecatedAdd(options: sec_protocol_options_t) {
        // ruleid: tls-weak-cipher-suite
        sec_protocol_options_add_tls_ciphersuite(options, SSLCipherSuite(TLS_DH_anon_WITH_AES_128_CBC_SHA))
    }

    static func secureTransport(context: SSLContext) {
        var ciphers: [SSLCipherSuite] = [SSLCipherSuite(TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256), SSLCipherSuite(SSL_RSA_WITH_RC4_128_MD5)]
        // ruleid: tls-weak-cipher-suite
        SSLSetEnabledCiphers(context, &ciphers, ciphers.count)
    }

    static func nio(legacy: Bool) -> TLSConfiguration {
        var configuration = TLSConfiguration.makeClientConfiguration()
        // ruleid: tls-weak-cipher-suite [variant: des]
        configuration.cipherSuites = legacy ? "ECDHE-RSA-AES128-GCM-SHA256:DES-CBC3-SHA" : "ECDHE-RSA-AES128-GCM-SHA256"
        return configuration
    }

    static func nioSecurityLevel() -> TLSConfiguration {
        var configuration = TLSConfiguration.makeClientConfiguration()
        // ruleid: tls-weak-cipher-suite [variant: seclevel-zero]
        configuration.cipherSuites = "DEFAULT@SECLEVEL=0"
        return configuration
    }

    // ---- look-alikes that stay silent ---------------------------------------------------

    static func modern(options: sec_protocol_options_t) {
        for suite in modernSuites {
            // ok: tls-weak-cipher-suite
            sec_protocol_options_append_tls_ciphersuite(options, suite)
        }
        // ok: tls-weak-cipher-suite
        sec_protocol_options_append_tls_ciphersuite_group(options, .default)
    }

    static func nioExcluded() -> TLSConfiguration {
        var configuration = TLSConfiguration.makeClientConfiguration()
        // ok: tls-weak-cipher-suite
        configuration.cipherSuites = "HIGH:DES-CBC3-SHA:!3DES:!aNULL:!RC4"
        return configuration
    }

    static func describe(_ metadata: sec_protocol_metadata_t) -> String {
        switch sec_protocol_metadata_get_negotiated_tls_ciphersuite(metadata) {
        // ok: tls-weak-cipher-suite
        case .RSA_WITH_3DES_EDE_CBC_SHA, .ECDHE_RSA_WITH_3DES_EDE_CBC_SHA:
            return "legacy 3DES"
        default:
            return "modern"
        }
    }

    static func logRefused() {
        // ok: tls-weak-cipher-suite
        print("refusing TLS_RSA_WITH_RC4_128_SHA", TLS_RSA_WITH_RC4_128_SHA)
    }
}
