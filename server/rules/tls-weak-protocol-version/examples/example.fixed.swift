import Foundation
import Network
import Security

// MARK: - URLSession

enum SessionFactory {
    static func legacySession() -> URLSession {
        let configuration = URLSessionConfiguration.default
        // ruleid: tls-weak-protocol-version
        configuration.tlsMinimumSupportedProtocol = .tlsProtocol12
        return URLSession(configuration: configuration)
    }

    static func partnerSession() -> URLSession {
        let configuration = URLSessionConfiguration.ephemeral
        // ruleid: tls-weak-protocol-version
        configuration.tlsMinimumSupportedProtocolVersion = tls_protocol_version_t.TLSv12
        // ruleid: tls-weak-protocol-version
        configuration.tlsMaximumSupportedProtocolVersion = .TLSv12
        return URLSession(configuration: configuration)
    }

    static func modernSession() -> URLSession {
        let configuration = URLSessionConfiguration.default
        // ok: tls-weak-protocol-version
        configuration.tlsMinimumSupportedProtocolVersion = .TLSv12
        // ok: tls-weak-protocol-version
        configuration.tlsMaximumSupportedProtocolVersion = .TLSv13
        // ok: tls-weak-protocol-version
        configuration.tlsMinimumSupportedProtocol = .tlsProtocol12
        return URLSession(configuration: configuration)
    }
}

// MARK: - Network.framework

struct TLSOptions {
    let minimum: tls_protocol_version_t

    // ruleid: tls-weak-protocol-version
    init(minimum: tls_protocol_version_t = .TLSv12) {
        self.minimum = minimum
    }
}

func makeParameters() -> NWParameters {
    let tls = NWProtocolTLS.Options()
    // ruleid: tls-weak-protocol-version
    sec_protocol_options_set_min_tls_protocol_version(tls.securityProtocolOptions, .TLSv12)
    return NWParameters(tls: tls)
}

func describe(_ metadata: sec_protocol_metadata_t) -> String {
    let negotiated = sec_protocol_metadata_get_negotiated_tls_protocol_version(metadata)
    // ok: tls-weak-protocol-version
    if negotiated == .TLSv10 {
        return "TLS 1.0 (deprecated)"
    }
    switch negotiated {
    // ok: tls-weak-protocol-version
    case .TLSv11:
        return "TLS 1.1 (deprecated)"
    default:
        return "TLS 1.2+"
    }
}

enum MinimumTLS {
    case legacy, modern

    var protocolVersion: tls_protocol_version_t {
        switch self {
        // ruleid: tls-weak-protocol-version
        case .legacy: return .TLSv12
        // ok: tls-weak-protocol-version
        case .modern: return .TLSv12
        }
    }
}

enum WireTLSVersion {
    case tlsv1, tlsv11, tlsv12

    // Converts a library's own version type into Network.framework's: configures nothing.
    var networkVersion: tls_protocol_version_t {
        switch self {
        case .tlsv1:
            // ok: tls-weak-protocol-version
            return .TLSv10
        case .tlsv11:
            // ok: tls-weak-protocol-version
            return .TLSv11
        case .tlsv12:
            return .TLSv12
        }
    }
}

// MARK: - Split across statements

enum TLSPolicy {
    static let floor = tls_protocol_version_t.TLSv12
    static let modernFloor = tls_protocol_version_t.TLSv12
}

func splitParameters(legacy: Bool) -> NWParameters {
    let tls = NWProtocolTLS.Options()
    let minimum: tls_protocol_version_t = .TLSv12
    // ruleid: tls-weak-protocol-version
    sec_protocol_options_set_min_tls_protocol_version(tls.securityProtocolOptions, minimum)
    // ruleid: tls-weak-protocol-version
    sec_protocol_options_set_max_tls_protocol_version(tls.securityProtocolOptions, legacy ? .TLSv12 : .TLSv13)
    return NWParameters(tls: tls)
}

func splitSession(legacy: Bool) -> URLSession {
    let configuration = URLSessionConfiguration.default
    // ruleid: tls-weak-protocol-version
    configuration.tlsMinimumSupportedProtocolVersion = legacy ? .TLSv12 : .TLSv12
    return URLSession(configuration: configuration)
}

func policySession() -> URLSession {
    let configuration = URLSessionConfiguration.default
    // ruleid: tls-weak-protocol-version
    configuration.tlsMinimumSupportedProtocolVersion = TLSPolicy.floor
    return URLSession(configuration: configuration)
}

func legacyStream(_ stream: OutputStream) {
    let level = kCFStreamSocketSecurityLevelNegotiatedSSL
    let settings: [String: Any] = [kCFStreamSSLLevel as String: level]
    // ruleid: tls-weak-protocol-version
    stream.setProperty(settings, forKey: Stream.PropertyKey(kCFStreamPropertySSLSettings as String))
}

func splitLookAlikes(legacy: Bool) -> NWParameters {
    let tls = NWProtocolTLS.Options()
    // ok: tls-weak-protocol-version
    let unusedFloor: tls_protocol_version_t = .TLSv10
    // ok: tls-weak-protocol-version
    let loggedFloor: tls_protocol_version_t = .TLSv11
    print("refusing", loggedFloor)
    // ok: tls-weak-protocol-version
    var floor: tls_protocol_version_t = .TLSv10
    floor = .TLSv12
    // ok: tls-weak-protocol-version
    sec_protocol_options_set_min_tls_protocol_version(tls.securityProtocolOptions, floor)
    // ok: tls-weak-protocol-version
    sec_protocol_options_set_max_tls_protocol_version(tls.securityProtocolOptions, TLSPolicy.modernFloor)
    return NWParameters(tls: tls)
}

// MARK: - Secure Transport and CFStream

final class LegacySocket {
    // ruleid: tls-weak-protocol-version
    static let minimumProtocol: SSLProtocol = .tlsProtocol12

    func configure(context: SSLContext) {
        // ruleid: tls-weak-protocol-version
        SSLSetProtocolVersionMin(context, kTLSProtocol12)
        // ok: tls-weak-protocol-version
        SSLSetProtocolVersionMax(context, kTLSProtocol12)
    }

    func open(input: InputStream, output: OutputStream) {
        // ruleid: tls-weak-protocol-version
        input.setProperty(StreamSocketSecurityLevel.negotiatedSSL, forKey: .socketSecurityLevelKey)
        // ok: tls-weak-protocol-version
        output.setProperty(StreamSocketSecurityLevel.negotiatedSSL, forKey: .socketSecurityLevelKey)
        let settings: [String: Any] = [
            kCFStreamSSLLevel as String: kCFStreamSocketSecurityLevelNegotiatedSSL as Any,
            "GCDAsyncSocketSSLProtocolVersionMin": NSNumber(value: SSLProtocol.tlsProtocol12.rawValue),
        ]
        // ruleid: tls-weak-protocol-version
        input.setProperty(settings, forKey: Stream.PropertyKey(kCFStreamPropertySSLSettings as String))
    }

    func startTLS(on socket: GCDAsyncSocket) {
        socket.startTLS([
            // ruleid: tls-weak-protocol-version
            GCDAsyncSocketSSLProtocolVersionMin: NSNumber(value: SSLProtocol.tlsProtocol12.rawValue),
            // ok: tls-weak-protocol-version
            GCDAsyncSocketSSLProtocolVersionMax: NSNumber(value: SSLProtocol.tlsProtocol12.rawValue),
        ])
    }

    func openCleartext(stream: OutputStream) {
        // ruleid: tls-weak-protocol-version
        stream.setProperty(StreamSocketSecurityLevel.none, forKey: .socketSecurityLevelKey)
    }
}
