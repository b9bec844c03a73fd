import Foundation
import Security

// MARK: - Trust evaluated at a moment in the past

final class FrozenClockDelegate: NSObject, URLSessionDelegate {
    /// The date the app was built: certificates valid then stay "valid" forever.
    private let buildDate = Date(timeIntervalSince1970: 1_700_000_000)

    func urlSession(_ session: URLSession,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        guard let trust = challenge.protectionSpace.serverTrust else {
            completionHandler(.performDefaultHandling, nil)
            return
        }
        // ruleid: tls-expired-certificate-accepted
        SecTrustSetVerifyDate(trust, buildDate as CFDate)
        if SecTrustEvaluateWithError(trust, nil) {
            completionHandler(.useCredential, URLCredential(trust: trust))
        } else {
            completionHandler(.cancelAuthenticationChallenge, nil)
        }
    }
}

func evaluateAsOf2020(_ trust: SecTrust) -> Bool {
    // ruleid: tls-expired-certificate-accepted
    SecTrustSetVerifyDate(trust, Date(timeIntervalSince1970: 1_577_836_800) as CFDate)
    return SecTrustEvaluateWithError(trust, nil)
}

// MARK: - Expiry error ignored after the evaluation

final class ExpiryTolerantDelegate: NSObject, URLSessionDelegate {
    func urlSession(_ session: URLSession,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        guard let trust = challenge.protectionSpace.serverTrust else {
            completionHandler(.performDefaultHandling, nil)
            return
        }
        var error: CFError?
        if SecTrustEvaluateWithError(trust, &error) {
            completionHandler(.useCredential, URLCredential(trust: trust))
        // ruleid: tls-expired-certificate-accepted
        } else if let error, CFErrorGetCode(error) == Int(errSecCertificateExpired) {
            completionHandler(.useCredential, URLCredential(trust: trust))
        } else {
            completionHandler(.cancelAuthenticationChallenge, nil)
        }
    }
}

final class LegacyResultDelegate: NSObject, URLSessionTaskDelegate {
    func urlSession(_ session: URLSession,
                    task: URLSessionTask,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        guard let trust = challenge.protectionSpace.serverTrust else {
            completionHandler(.performDefaultHandling, nil)
            return
        }
        var result = SecTrustResultType.invalid
        SecTrustEvaluate(trust, &result)
        switch result {
        // ruleid: tls-expired-certificate-accepted
        case .proceed, .unspecified, .recoverableTrustFailure:
            completionHandler(.useCredential, URLCredential(trust: trust))
        default:
            completionHandler(.cancelAuthenticationChallenge, nil)
        }
    }
}

final class GuardingDelegate: NSObject, URLSessionDelegate {
    func urlSession(_ session: URLSession,
                    didReceive challenge: URLAuthenticationChallenge) async -> (URLSession.AuthChallengeDisposition, URLCredential?) {
        guard let trust = challenge.protectionSpace.serverTrust else {
            return (.performDefaultHandling, nil)
        }
        var result = SecTrustResultType.invalid
        SecTrustGetTrustResult(trust, &result)
        // ruleid: tls-expired-certificate-accepted
        guard result == .unspecified || result == .proceed || result == SecTrustResultType.recoverableTrustFailure else {
            return (.cancelAuthenticationChallenge, nil)
        }
        return (.useCredential, URLCredential(trust: trust))
    }
}

// MARK: - Deprecated stream settings

func openLegacyStream(_ output: OutputStream) {
    let settings: [String: Any] = [
        // ruleid: tls-expired-certificate-accepted
        kCFStreamSSLAllowsExpiredCertificates as String: kCFBooleanFalse as Any,
        // ruleid: tls-expired-certificate-accepted
        kCFStreamSSLAllowsExpiredRoots as String: false,
        // ok: tls-expired-certificate-accepted
        kCFStreamSSLValidatesCertificateChain as String: kCFBooleanTrue as Any,
    ]
    output.setProperty(settings, forKey: Stream.PropertyKey(kCFStreamPropertySSLSettings as String))
}

// MARK: - Look-alikes

final class StrictDelegate: NSObject, URLSessionDelegate {
    func urlSession(_ session: URLSession,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        guard let trust = challenge.protectionSpace.serverTrust else {
            completionHandler(.performDefaultHandling, nil)
            return
        }
        // ok: tls-expired-certificate-accepted
        SecTrustSetVerifyDate(trust, Date() as CFDate)
        var error: CFError?
        if SecTrustEvaluateWithError(trust, &error) {
            completionHandler(.useCredential, URLCredential(trust: trust))
        // ok: tls-expired-certificate-accepted
        } else if let error, CFErrorGetCode(error) == Int(errSecCertificateExpired) {
            NSLog("server certificate expired: check the device clock")
            completionHandler(.cancelAuthenticationChallenge, nil)
        } else {
            completionHandler(.cancelAuthenticationChallenge, nil)
        }
    }
}

final class ReportingDelegate: NSObject, URLSessionDelegate {
    func urlSession(_ session: URLSession,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        guard let trust = challenge.protectionSpace.serverTrust else {
            completionHandler(.performDefaultHandling, nil)
            return
        }
        var result = SecTrustResultType.invalid
        SecTrustEvaluate(trust, &result)
        switch result {
        case .proceed, .unspecified:
            completionHandler(.useCredential, URLCredential(trust: trust))
        // ok: tls-expired-certificate-accepted
        case .recoverableTrustFailure:
            NSLog("recoverable trust failure (expired or wrong host): rejecting")
            completionHandler(.cancelAuthenticationChallenge, nil)
        default:
            completionHandler(.cancelAuthenticationChallenge, nil)
        }
    }
}

func certificateStatus(_ trust: SecTrust) -> String {
    var error: CFError?
    if SecTrustEvaluateWithError(trust, &error) { return "trusted" }
    // ok: tls-expired-certificate-accepted
    if let error, CFErrorGetCode(error) == Int(errSecCertificateExpired) { return "expired" }
    return "untrusted"
}
