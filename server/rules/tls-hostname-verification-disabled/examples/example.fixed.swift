import AFNetworking
import Alamofire
import AsyncHTTPClient
import Foundation
import NIOSSL
import Security

// MARK: - Alamofire 5 evaluators

enum APIClient {
    static let pinnedCertificates = Bundle.main.af.certificates
    static let pinnedKeys = Bundle.main.af.publicKeys

    static func makeSession() -> Session {
        let evaluators: [String: ServerTrustEvaluating] = [
            // ruleid: tls-hostname-verification-disabled
            "api.shopfront.io": DefaultTrustEvaluator(validateHost: true),
            "pay.shopfront.io": PinnedCertificatesTrustEvaluator(certificates: pinnedCertificates,
                                                                 acceptSelfSignedCertificates: false,
                                                                 performDefaultValidation: true,
                                                                 // ruleid: tls-hostname-verification-disabled
                                                                 validateHost: true),
            "cdn.shopfront.io": PublicKeysTrustEvaluator(keys: pinnedKeys,
                                                         performDefaultValidation: true,
                                                         // ruleid: tls-hostname-verification-disabled
                                                         validateHost: true),
            "auth.shopfront.io": RevocationTrustEvaluator(performDefaultValidation: true,
                                                          // ruleid: tls-hostname-verification-disabled
                                                          validateHost: true,
                                                          options: .requirePositiveResponse),
            // ok: tls-hostname-verification-disabled
            "www.shopfront.io": DefaultTrustEvaluator(validateHost: true),
            // ok: tls-hostname-verification-disabled
            "img.shopfront.io": PinnedCertificatesTrustEvaluator(certificates: pinnedCertificates),
        ]
        return Session(serverTrustManager: ServerTrustManager(evaluators: evaluators))
    }

    // Alamofire 4
    static let legacyPolicies: [String: ServerTrustPolicy] = [
        // ruleid: tls-hostname-verification-disabled
        "old.shopfront.io": .performDefaultEvaluation(validateHost: true),
        // ok: tls-hostname-verification-disabled
        "api.shopfront.io": .pinPublicKeys(publicKeys: ServerTrustPolicy.publicKeys(), validateCertificateChain: true, validateHost: true),
    ]
}

// MARK: - Split across statements

enum TrustSettings {
    static let validateHost = true
    static let strictHost = true
}

enum SplitClient {
    static func makeManager() -> ServerTrustManager {
        let hostCheck = true
        // ruleid: tls-hostname-verification-disabled
        let evaluator = DefaultTrustEvaluator(validateHost: hostCheck)
        // ruleid: tls-hostname-verification-disabled
        let legacy = DefaultTrustEvaluator(validateHost: true)
        let evaluators: [String: ServerTrustEvaluating] = [
            "api.shopfront.io": evaluator,
            "old.shopfront.io": legacy,
            "pay.shopfront.io": PinnedCertificatesTrustEvaluator(certificates: APIClient.pinnedCertificates,
                                                                 // ruleid: tls-hostname-verification-disabled
                                                                 validateHost: TrustSettings.validateHost),
        ]
        return ServerTrustManager(evaluators: evaluators)
    }

    static func evaluator(validate: Bool) -> ServerTrustEvaluating {
        // ruleid: tls-hostname-verification-disabled
        DefaultTrustEvaluator(validateHost: validate)
    }

    static let staging = evaluator(validate: true)

    static func nioClient() -> HTTPClient {
        var tls = TLSConfiguration.makeClientConfiguration()
        let verification: CertificateVerification = .noHostnameVerification
        // ruleid: tls-hostname-verification-disabled
        tls.certificateVerification = verification
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: HTTPClient.Configuration(tlsConfiguration: tls))
    }

    static func strictManager() -> ServerTrustManager {
        let hostCheck = true
        var relaxed = false
        relaxed = TrustSettings.strictHost
        return ServerTrustManager(evaluators: [
            // ok: tls-hostname-verification-disabled
            "api.shopfront.io": DefaultTrustEvaluator(validateHost: hostCheck),
            // ok: tls-hostname-verification-disabled
            "cdn.shopfront.io": DefaultTrustEvaluator(validateHost: relaxed),
            // ok: tls-hostname-verification-disabled
            "img.shopfront.io": DefaultTrustEvaluator(validateHost: TrustSettings.strictHost),
        ])
    }
}

// MARK: - Hand-written trust evaluation

final class CustomTrustDelegate: NSObject, URLSessionDelegate {
    func urlSession(_ session: URLSession,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        guard let serverTrust = challenge.protectionSpace.serverTrust else {
            completionHandler(.performDefaultHandling, nil)
            return
        }
        // ruleid: tls-hostname-verification-disabled
        SecTrustSetPolicies(serverTrust, SecPolicyCreateBasicX509())
        if SecTrustEvaluateWithError(serverTrust, nil) {
            completionHandler(.useCredential, URLCredential(trust: serverTrust))
        } else {
            completionHandler(.cancelAuthenticationChallenge, nil)
        }
    }
}

struct CertificateChainValidator {
    let anchors: [SecCertificate]

    func isValid(_ trust: SecTrust) -> Bool {
        // ruleid: tls-hostname-verification-disabled
        let policy = SecPolicyCreateBasicX509()
        SecTrustSetPolicies(trust, policy)
        SecTrustSetAnchorCertificates(trust, anchors as CFArray)
        return SecTrustEvaluateWithError(trust, nil)
    }

    func isValidForAnyHost(_ trust: SecTrust) -> Bool {
        // ruleid: tls-hostname-verification-disabled
        SecTrustSetPolicies(trust, SecPolicyCreateSSL(true, nil))
        return SecTrustEvaluateWithError(trust, nil)
    }

    func isValid(_ trust: SecTrust, host: String) -> Bool {
        // ok: tls-hostname-verification-disabled
        SecTrustSetPolicies(trust, SecPolicyCreateSSL(true, host as CFString))
        return SecTrustEvaluateWithError(trust, nil)
    }

    /// Reads the public key of a bundled certificate (no server trust involved).
    func publicKey(of certificate: SecCertificate) -> SecKey? {
        // ok: tls-hostname-verification-disabled
        let policy = SecPolicyCreateBasicX509()
        var trust: SecTrust?
        guard SecTrustCreateWithCertificates(certificate, policy, &trust) == errSecSuccess, let trust else {
            return nil
        }
        return SecTrustCopyKey(trust)
    }
}

extension SecPolicy {
    /// A policy constant that no code in this type puts on a server trust.
    // ok: tls-hostname-verification-disabled
    static let anyServer = SecPolicyCreateSSL(true, nil)
}

func configureLegacyClient(_ manager: AFHTTPSessionManager) {
    let policy = AFSecurityPolicy(pinningMode: .publicKey)
    // ruleid: tls-hostname-verification-disabled
    policy.validatesDomainName = true
    manager.securityPolicy = policy
}

func makeHTTPClient() -> HTTPClient {
    var tls = TLSConfiguration.makeClientConfiguration()
    // ruleid: tls-hostname-verification-disabled
    tls.certificateVerification = .noHostnameVerification
    // ok: tls-hostname-verification-disabled
    tls.certificateVerification = .fullVerification
    // ruleid: tls-hostname-verification-disabled
    let lenient = HTTPClient.Configuration(certificateVerification: .noHostnameVerification)
    _ = lenient
    return HTTPClient(eventLoopGroupProvider: .singleton, configuration: HTTPClient.Configuration(tlsConfiguration: tls))
}
