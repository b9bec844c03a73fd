import AFNetworking
import Alamofire
import AsyncHTTPClient
import Foundation
import Network
import NIOSSL
import Security
import SocketIO
import SocketRocket
import Starscream
import WebKit

// MARK: - URLSession delegates

final class InsecureSessionDelegate: NSObject, URLSessionDelegate {
    func urlSession(_ session: URLSession,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        guard let serverTrust = challenge.protectionSpace.serverTrust else {
            completionHandler(.performDefaultHandling, nil)
            return
        }
        // ruleid: tls-trust-all-certificates
        completionHandler(.useCredential, URLCredential(trust: serverTrust))
    }
}

final class DownloadTaskDelegate: NSObject, URLSessionTaskDelegate {
    func urlSession(_ session: URLSession,
                    task: URLSessionTask,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        if challenge.protectionSpace.authenticationMethod == NSURLAuthenticationMethodServerTrust,
           let trust = challenge.protectionSpace.serverTrust {
            print("accepting certificate for \(challenge.protectionSpace.host)")
            let credential = URLCredential(trust: trust)
            DispatchQueue.main.async {
                // ruleid: tls-trust-all-certificates
                completionHandler(URLSession.AuthChallengeDisposition.useCredential, credential)
            }
            return
        }
        completionHandler(.performDefaultHandling, nil)
    }
}

/// Comparing the host is no trust evaluation: any certificate is accepted for this host
/// (Swift's counterpart of a Java/Kotlin verifier that compares only the host name).
final class HostComparingDelegate: NSObject, URLSessionDelegate {
    func urlSession(_ session: URLSession,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        guard let trust = challenge.protectionSpace.serverTrust else {
            completionHandler(.performDefaultHandling, nil)
            return
        }
        if challenge.protectionSpace.host == "api.shopfront.io" {
            // ruleid: tls-trust-all-certificates
            completionHandler(.useCredential, URLCredential(trust: trust))
        } else {
            completionHandler(.performDefaultHandling, nil)
        }
    }
}

final class AsyncSessionDelegate: NSObject, URLSessionDelegate {
    func urlSession(_ session: URLSession,
                    didReceive challenge: URLAuthenticationChallenge) async -> (URLSession.AuthChallengeDisposition, URLCredential?) {
        guard let trust = challenge.protectionSpace.serverTrust else {
            return (.cancelAuthenticationChallenge, nil)
        }
        // ruleid: tls-trust-all-certificates
        return (.useCredential, URLCredential(trust: trust))
    }
}

// MARK: - WKWebView

final class BrowserViewController: NSObject, WKNavigationDelegate {
    func webView(_ webView: WKWebView,
                 didReceive challenge: URLAuthenticationChallenge,
                 completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        let trust = challenge.protectionSpace.serverTrust!
        // ruleid: tls-trust-all-certificates
        completionHandler(.useCredential, .init(trust: trust))
    }
}

// MARK: - Alamofire

enum Networking {
    static func makeSession() -> Session {
        let manager = ServerTrustManager(evaluators: [
            // ruleid: tls-trust-all-certificates
            "staging.shopfront.io": DisabledTrustEvaluator(),
            // ruleid: tls-trust-all-certificates
            "legacy.shopfront.io": DisabledEvaluator(),
            // ok: tls-trust-all-certificates
            "api.shopfront.io": DefaultTrustEvaluator(),
            // ok: tls-trust-all-certificates
            "pay.shopfront.io": PinnedCertificatesTrustEvaluator(),
            // ok: tls-trust-all-certificates
            "cdn.shopfront.io": PublicKeysTrustEvaluator(),
        ])
        return Session(serverTrustManager: manager)
    }

    static let legacyPolicies = ServerTrustPolicyManager(policies: [
        // ruleid: tls-trust-all-certificates
        "old.shopfront.io": .disableEvaluation,
        // ruleid: tls-trust-all-certificates
        "beta.shopfront.io": .customEvaluation { _, _ in true },
        // ok: tls-trust-all-certificates
        "api.shopfront.io": .performDefaultEvaluation(validateHost: true),
    ])
}

final class TrustEverythingEvaluator: ServerTrustEvaluating {
    // ruleid: tls-trust-all-certificates
    func evaluate(_ trust: SecTrust, forHost host: String) throws {
        print("trusting \(host)")
    }
}

final class StrictEvaluator: ServerTrustEvaluating {
    // ok: tls-trust-all-certificates
    func evaluate(_ trust: SecTrust, forHost host: String) throws {
        try trust.af.performDefaultValidation(forHost: host)
    }
}

// MARK: - Streams and sockets

final class ChatConnection {
    private var socket: WebSocket?

    func open(input: InputStream, output: OutputStream) {
        let sslSettings: [String: Any] = [
            // ruleid: tls-trust-all-certificates
            kCFStreamSSLValidatesCertificateChain as String: kCFBooleanFalse as Any,
            kCFStreamSSLPeerName as String: "chat.shopfront.io",
        ]
        input.setProperty(sslSettings, forKey: Stream.PropertyKey(kCFStreamPropertySSLSettings as String))

        let selfSignedSettings: [NSString: Any] = [
            kCFStreamSSLLevel: kCFStreamSocketSecurityLevelNegotiatedSSL as String,
            // ruleid: tls-trust-all-certificates
            kCFStreamSSLValidatesCertificateChain: kCFBooleanFalse!,
            // ruleid: tls-trust-all-certificates
            kCFStreamSSLAllowsAnyRoot: kCFBooleanTrue!,
            // ok: tls-trust-all-certificates
            kCFStreamSSLAllowsExpiredCertificates: kCFBooleanFalse!,
            kCFStreamSSLPeerName: kCFNull!,
        ]
        output.setProperty(selfSignedSettings, forKey: Stream.PropertyKey(kCFStreamPropertySSLSettings as String))

        var legacy = [String: NSObject]()
        // ruleid: tls-trust-all-certificates
        legacy[kCFStreamSSLValidatesCertificateChain as String] = false as NSNumber
        // ok: tls-trust-all-certificates
        legacy[kCFStreamSSLValidatesCertificateChain as String] = true as NSNumber
        output.setProperty(legacy, forKey: Stream.PropertyKey(kCFStreamPropertySSLSettings as String))
    }

    func openSocket(url: URL) {
        // ruleid: tls-trust-all-certificates
        let pinner = FoundationSecurity(allowSelfSigned: true)
        // ok: tls-trust-all-certificates
        let strict = FoundationSecurity(allowSelfSigned: false)
        socket = WebSocket(request: URLRequest(url: url), certPinner: pinner)
        _ = strict
    }
}

/// `LegacyWebSocket` is the app's vendored copy of the Starscream 3 client.
func configureLegacyClients(socket: LegacyWebSocket, http: AFHTTPSessionManager, host: String) {
    // ruleid: tls-trust-all-certificates
    socket.disableSSLCertValidation = true
    // ruleid: tls-trust-all-certificates
    http.securityPolicy.allowInvalidCertificates = true
    // ok: tls-trust-all-certificates
    http.securityPolicy.validatesDomainName = true
    // ruleid: tls-trust-all-certificates
    NSURLRequest.setAllowsAnyHTTPSCertificate(true, forHost: host)
}

func makeRealtimeManager(url: URL) -> SocketManager {
    // ruleid: tls-trust-all-certificates
    return SocketManager(socketURL: url, config: [.log(false), .compress, .selfSigned(true)])
}

func openLegacySocket(url: URL) -> SRWebSocket? {
    // ruleid: tls-trust-all-certificates
    return SRWebSocket(url: url, protocols: nil, allowsUntrustedSSLCertificates: true)
}

// MARK: - Network.framework and SwiftNIO

func makeDeviceConnection(host: String, queue: DispatchQueue) -> NWConnection {
    let tls = NWProtocolTLS.Options()
    // ruleid: tls-trust-all-certificates
    sec_protocol_options_set_verify_block(tls.securityProtocolOptions, { _, _, complete in
        complete(true)
    }, queue)
    return NWConnection(host: NWEndpoint.Host(host), port: 8443, using: NWParameters(tls: tls))
}

func makeCheckedConnection(host: String, queue: DispatchQueue) -> NWConnection {
    let tls = NWProtocolTLS.Options()
    // ok: tls-trust-all-certificates
    sec_protocol_options_set_verify_block(tls.securityProtocolOptions, { _, secTrust, complete in
        let trust = sec_trust_copy_ref(secTrust).takeRetainedValue()
        complete(SecTrustEvaluateWithError(trust, nil))
    }, queue)
    return NWConnection(host: NWEndpoint.Host(host), port: 8443, using: NWParameters(tls: tls))
}

func makeHTTPClient() -> HTTPClient {
    var tls = TLSConfiguration.makeClientConfiguration()
    // ruleid: tls-trust-all-certificates
    tls.certificateVerification = .none
    // ok: tls-trust-all-certificates
    tls.certificateVerification = .fullVerification
    // ruleid: tls-trust-all-certificates
    let insecure = HTTPClient.Configuration(certificateVerification: .none)
    _ = insecure
    return HTTPClient(eventLoopGroupProvider: .singleton, configuration: HTTPClient.Configuration(tlsConfiguration: tls))
}

// MARK: - Look-alikes that validate

final class ValidatingSessionDelegate: NSObject, URLSessionDelegate {
    func urlSession(_ session: URLSession,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        guard let serverTrust = challenge.protectionSpace.serverTrust else {
            completionHandler(.performDefaultHandling, nil)
            return
        }
        var error: CFError?
        guard SecTrustEvaluateWithError(serverTrust, &error) else {
            completionHandler(.cancelAuthenticationChallenge, nil)
            return
        }
        // ok: tls-trust-all-certificates
        completionHandler(.useCredential, URLCredential(trust: serverTrust))
    }
}

final class AsyncValidatingDelegate: NSObject, URLSessionDelegate {
    private let queue = DispatchQueue(label: "trust")

    func urlSession(_ session: URLSession,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        guard let trust = challenge.protectionSpace.serverTrust else {
            completionHandler(.performDefaultHandling, nil)
            return
        }
        SecTrustEvaluateAsyncWithError(trust, queue) { trust, trusted, _ in
            if trusted {
                // ok: tls-trust-all-certificates
                completionHandler(.useCredential, URLCredential(trust: trust))
            } else {
                completionHandler(.cancelAuthenticationChallenge, nil)
            }
        }
    }
}

final class PinningDelegate: NSObject, URLSessionDelegate {
    private let pinnedKeyHashes: Set<String> = ["r/mIkG3eEpVdm+u/ko/cwxzOMo1bk4TyHIlByibiA5E="]

    func urlSession(_ session: URLSession,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        guard let trust = challenge.protectionSpace.serverTrust,
              isPinnedKeyPresent(in: trust) else {
            completionHandler(.cancelAuthenticationChallenge, nil)
            return
        }
        // ok: tls-trust-all-certificates
        completionHandler(.useCredential, URLCredential(trust: trust))
    }

    private func isPinnedKeyPresent(in trust: SecTrust) -> Bool {
        guard SecTrustEvaluateWithError(trust, nil),
              let key = SecTrustCopyKey(trust),
              let data = SecKeyCopyExternalRepresentation(key, nil) as Data? else {
            return false
        }
        return pinnedKeyHashes.contains(data.base64EncodedString())
    }
}

final class DefaultHandlingDelegate: NSObject, URLSessionDelegate {
    func urlSession(_ session: URLSession,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        if challenge.protectionSpace.authenticationMethod == NSURLAuthenticationMethodHTTPBasic {
            // ok: tls-trust-all-certificates
            completionHandler(.useCredential, URLCredential(user: "reader", password: Secrets.readerPassword, persistence: .forSession))
            return
        }
        completionHandler(.performDefaultHandling, nil)
    }
}

// MARK: - Split shapes: the credential or the check written apart

final class LegacyChallengeDelegate: NSObject, URLSessionDelegate {
    func urlSession(_ session: URLSession,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        var disposition: URLSession.AuthChallengeDisposition = .performDefaultHandling
        var credential: URLCredential?
        if challenge.protectionSpace.authenticationMethod == NSURLAuthenticationMethodServerTrust,
           let trust = challenge.protectionSpace.serverTrust {
            disposition = .useCredential
            credential = URLCredential(trust: trust)
        }
        // ruleid: tls-trust-all-certificates
        completionHandler(disposition, credential)
    }
}

final class HelperCredentialDelegate: NSObject, URLSessionDelegate {
    func urlSession(_ session: URLSession,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        guard let credential = serverCredential(for: challenge) else {
            completionHandler(.performDefaultHandling, nil)
            return
        }
        // ruleid: tls-trust-all-certificates
        completionHandler(.useCredential, credential)
    }

    private func serverCredential(for challenge: URLAuthenticationChallenge) -> URLCredential? {
        guard let trust = challenge.protectionSpace.serverTrust else { return nil }
        return URLCredential(trust: trust)
    }
}

final class NamedCheckDelegate: NSObject, URLSessionDelegate {
    func urlSession(_ session: URLSession,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        guard let trust = challenge.protectionSpace.serverTrust, isTrusted(trust) else {
            completionHandler(.cancelAuthenticationChallenge, nil)
            return
        }
        // ruleid: tls-trust-all-certificates
        completionHandler(.useCredential, URLCredential(trust: trust))
    }

    /// Named like a check, but checks nothing yet.
    private func isTrusted(_ trust: SecTrust) -> Bool {
        return true
    }
}

final class RecordingEvaluator: ServerTrustEvaluating {
    // ruleid: tls-trust-all-certificates
    func evaluate(_ trust: SecTrust, forHost host: String) throws {
        try record(host)
    }

    private func record(_ host: String) throws {
        print("evaluating \(host)")
    }
}

enum StagingNetworking {
    static let evaluators: [String: ServerTrustEvaluating] = [
        // ruleid: tls-trust-all-certificates
        "staging.shopfront.io": DisabledTrustEvaluator(),
        // ok: tls-trust-all-certificates
        "api.shopfront.io": DefaultTrustEvaluator(),
    ]
    static let session = Session(serverTrustManager: ServerTrustManager(evaluators: evaluators))
}

// MARK: - Split look-alikes

final class PolicyCheckingDelegate: NSObject, URLSessionDelegate {
    func urlSession(_ session: URLSession,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        guard let trust = challenge.protectionSpace.serverTrust,
              passesPolicy(trust, host: challenge.protectionSpace.host) else {
            completionHandler(.cancelAuthenticationChallenge, nil)
            return
        }
        // ok: tls-trust-all-certificates
        completionHandler(.useCredential, URLCredential(trust: trust))
    }

    private func passesPolicy(_ trust: SecTrust, host: String) -> Bool {
        SecTrustSetPolicies(trust, SecPolicyCreateSSL(true, host as CFString))
        return SecTrustEvaluateWithError(trust, nil)
    }
}

final class CachedCredentialDelegate: NSObject, URLSessionDelegate {
    private var approved: URLCredential?

    func approve(_ trust: SecTrust) {
        if SecTrustEvaluateWithError(trust, nil) {
            approved = URLCredential(trust: trust)
        }
    }

    func urlSession(_ session: URLSession,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        if let credential = approved {
            // ok: tls-trust-all-certificates
            completionHandler(.useCredential, credential)
        } else {
            completionHandler(.performDefaultHandling, nil)
        }
    }
}

final class ClientCertificateDelegate: NSObject, URLSessionDelegate {
    let identity: SecIdentity

    init(identity: SecIdentity) {
        self.identity = identity
    }

    func urlSession(_ session: URLSession,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        let credential = URLCredential(identity: identity, certificates: nil, persistence: .forSession)
        // ok: tls-trust-all-certificates
        completionHandler(.useCredential, credential)
    }
}
