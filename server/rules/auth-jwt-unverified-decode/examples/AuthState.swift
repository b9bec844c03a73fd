import Foundation
import JWTDecode
import JWTKit

struct AccessClaims: JWTPayload {
    var sub: SubjectClaim
    var role: String
    func verify(using algorithm: some JWTAlgorithm) throws {}
}

final class AuthState {
    private let keys: JWTKeyCollection

    init(keys: JWTKeyCollection) {
        self.keys = keys
    }

    // JWTDecode.swift: decode(jwt:) reads the payload without checking the signature
    func isAdmin(_ token: String) throws -> Bool {
        let jwt = try decode(jwt: token)
        // ruleid: auth-jwt-unverified-decode
        if jwt.claim(name: "role").string == "admin" {
            return true
        }
        return false
    }

    func canEdit(_ token: String) -> Bool {
        guard let jwt = try? JWTDecode.decode(jwt: token),
              let scopes = jwt["scope"].string?.split(separator: " "),
              // ruleid: auth-jwt-unverified-decode
              scopes.contains("write") else {
            return false
        }
        return true
    }

    func landing(_ token: String) throws -> String {
        let jwt = try decode(jwt: token)
        // ruleid: auth-jwt-unverified-decode
        switch jwt.body["plan"] as? String {
        case "pro": return "dashboard"
        default: return "upgrade"
        }
    }

    func isStaff(_ token: String) -> Bool {
        let parts = token.components(separatedBy: ".")
        guard parts.count == 3, let data = Data(base64Encoded: parts[1]),
              let payload = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            return false
        }
        // ruleid: auth-jwt-unverified-decode
        return payload["staff"] as? Bool == true ? true : false
    }

    // Look-alikes: expiry for refresh scheduling, display, a verified token
    func needsRefresh(_ token: String) -> Bool {
        guard let jwt = try? decode(jwt: token) else { return true }
        // ok: auth-jwt-unverified-decode
        if jwt.expired {
            return true
        }
        // ok: auth-jwt-unverified-decode
        return (jwt.expiresAt?.timeIntervalSinceNow ?? 0) < 60 ? true : false
    }

    func displayName(_ token: String) -> String {
        // ok: auth-jwt-unverified-decode
        guard let jwt = try? decode(jwt: token), let name = jwt.claim(name: "name").string else {
            return ""
        }
        return name
    }

    func isAdminVerified(_ token: String) async throws -> Bool {
        let claims = try await keys.verify(token, as: AccessClaims.self)
        // ok: auth-jwt-unverified-decode
        if claims.role == "admin" {
            return true
        }
        return false
    }
}
