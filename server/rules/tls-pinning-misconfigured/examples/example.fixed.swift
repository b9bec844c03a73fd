import Alamofire
import Foundation
import TrustKit

enum Pinning {
    static let enforce = true

    static func startTrustKit() {
        let configuration: [String: Any] = [
            kTSKSwizzleNetworkDelegates: false,
            kTSKPinnedDomains: [
                "api.shopfront.io": [
                    // ruleid: tls-pinning-misconfigured [variant: report-only]
                    kTSKEnforcePinning: true,
                    kTSKIncludeSubdomains: true,
                    kTSKPublicKeyHashes: [
                        "r8tN2Ybe8ZxKSaOHq7XRuB0Sl9HmPvZFv2NaRnt+7Lk=",
                        "Qo0cDK1ZC1LPw7zHUxDb0SPmqP3yEpXyFXEmOtMCSdU=",
                    ],
                ],
                "payments.shopfront.io": [
                    // ruleid: tls-pinning-misconfigured [variant: report-only]
                    kTSKEnforcePinning: true,
                    // ruleid: tls-pinning-misconfigured [variant: no-backup-pin]
                    kTSKPublicKeyHashes: ["r8tN2Ybe8ZxKSaOHq7XRuB0Sl9HmPvZFv2NaRnt+7Lk="],
                ],
                "cdn.shopfront.io": [
                    // ruleid: tls-pinning-misconfigured [variant: report-only]
                    kTSKEnforcePinning: enforce,
                    kTSKPublicKeyHashes: [
                        // ruleid: tls-pinning-misconfigured
                        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
                        // ruleid: tls-pinning-misconfigured
                        "public key 2",
                    ],
                ],
            ],
        ]
        TrustKit.initSharedInstance(withConfiguration: configuration)
    }

    static func alamofire(certificates: [SecCertificate], keys: [SecKey]) -> ServerTrustManager {
        ServerTrustManager(evaluators: [
            "api.shopfront.io": PinnedCertificatesTrustEvaluator(
                certificates: certificates,
                // ruleid: tls-pinning-misconfigured [variant: chain-not-validated]
                performDefaultValidation: true,
                validateHost: false
            ),
            // ruleid: tls-pinning-misconfigured [variant: chain-not-validated]
            "auth.shopfront.io": PublicKeysTrustEvaluator(keys: keys, performDefaultValidation: true, validateHost: false),
        ])
    }

    static func alamofire4(certificates: [SecCertificate]) -> ServerTrustPolicyManager {
        ServerTrustPolicyManager(policies: [
            // ruleid: tls-pinning-misconfigured [variant: chain-not-validated]
            "api.shopfront.io": .pinCertificates(certificates: certificates, validateCertificateChain: true, validateHost: true),
        ])
    }

    // ---- look-alikes that stay silent ---------------------------------------------------

    static func enforced(primary: String, backup: String) -> [String: Any] {
        [
            kTSKSwizzleNetworkDelegates: false,
            kTSKPinnedDomains: [
                "api.shopfront.io": [
                    // ok: tls-pinning-misconfigured
                    kTSKEnforcePinning: true,
                    // ok: tls-pinning-misconfigured
                    kTSKPublicKeyHashes: [primary, backup],
                ],
                "img.shopfront.io": [
                    // ok: tls-pinning-misconfigured
                    kTSKPublicKeyHashes: [Bundle.main.object(forInfoDictionaryKey: "PinnedKeyHash") as? String ?? ""],
                ],
            ],
        ]
    }

    static func hostStillValidated(certificates: [SecCertificate]) -> ServerTrustEvaluating {
        // ok: tls-pinning-misconfigured
        PinnedCertificatesTrustEvaluator(certificates: certificates, acceptSelfSignedCertificates: true, performDefaultValidation: false)
    }

    static func alamofire4Validated(keys: [SecKey]) -> ServerTrustPolicy {
        // ok: tls-pinning-misconfigured
        .pinPublicKeys(publicKeys: keys, validateCertificateChain: true, validateHost: true)
    }
}
