import Foundation
import JWTKit
import SwiftJWT

struct SessionClaims: Claims {
    let sub: String
    let exp: Date
}

struct TokenHeader: Encodable {
    let alg: String
    let typ: String
}

enum Unsigned {
    static let algorithm = "none"
}

final class TokenSigner {
    private let signers = JWTSigners()
    private let keys = JWTKeyCollection()
    private let hmacKey: Data
    private var cachedToken: String? = .none

    init(hmacKey: Data) {
        self.hmacKey = hmacKey
    }

    // JWTKit 4 and 5
    func configureLegacy() {
        // ruleid: auth-jwt-none-algorithm
        signers.use(.unsecuredNone)
    }

    func configure() async {
        // ruleid: auth-jwt-none-algorithm
        await keys.addUnsecuredNone()
    }

    func configureSigned() {
        // ok: auth-jwt-none-algorithm
        signers.use(.hs256(key: hmacKey))
    }

    // Kitura Swift-JWT
    func guestToken(user: String) throws -> String {
        var jwt = JWT(claims: SessionClaims(sub: user, exp: Date().addingTimeInterval(3600)))
        // ruleid: auth-jwt-none-algorithm
        return try jwt.sign(using: .none)
    }

    func read(token: String) throws -> JWT<SessionClaims> {
        // ruleid: auth-jwt-none-algorithm
        return try JWT<SessionClaims>(jwtString: token, verifier: JWTVerifier.none)
    }

    func readSigned(token: String) throws -> JWT<SessionClaims> {
        // ok: auth-jwt-none-algorithm
        return try JWT<SessionClaims>(jwtString: token, verifier: .hs256(key: hmacKey))
    }

    // A token assembled by hand
    func handMadeHeader() -> [String: String] {
        // ruleid: auth-jwt-none-algorithm
        return ["alg": "none", "typ": "JWT"]
    }

    func handMadeStruct() throws -> Data {
        // ruleid: auth-jwt-none-algorithm
        let header = TokenHeader(alg: Unsigned.algorithm, typ: "JWT")
        return try JSONEncoder().encode(header)
    }

    // Look-alikes
    func reject(header: [String: Any]) throws {
        // ok: auth-jwt-none-algorithm
        if (header["alg"] as? String)?.lowercased() == "none" {
            throw URLError(.userAuthenticationRequired)
        }
    }

    func reset(completion: (String?) -> Void) {
        // ok: auth-jwt-none-algorithm
        cachedToken = .none
        // ok: auth-jwt-none-algorithm
        completion(.none)
    }

    func compression() -> [String: String] {
        // ok: auth-jwt-none-algorithm
        return ["compression": "none"]
    }
}
