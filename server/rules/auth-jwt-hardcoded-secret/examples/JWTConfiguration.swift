import CryptoKit
import Foundation
import JWTKit
import KeychainAccess
import SwiftJWT
import Vapor

enum Secrets {
    static let jwtKey = "s3cr3t-shared-with-the-server"
    static let appStoreKey = """
    -----BEGIN PRIVATE KEY-----
    MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQgexampleexampleexample
    -----END PRIVATE KEY-----
    """
}

struct JWTConfiguration {
    let keychain = Keychain(service: "com.example.app")

    // JWTKit 4 (Vapor)
    func configure(_ app: Application) {
        // ruleid: auth-jwt-hardcoded-secret
        app.jwt.signers.use(.hs256(key: "my-super-secret"))
    }

    func configureFromEnvironment(_ app: Application) {
        // ruleid: auth-jwt-hardcoded-secret [variant: fallback]
        app.jwt.signers.use(.hs256(key: Environment.get("JWT_SECRET") ?? "dev-only-secret"))
    }

    // JWTKit 5
    func keys() async throws -> JWTKeyCollection {
        let keys = JWTKeyCollection()
        // ruleid: auth-jwt-hardcoded-secret
        await keys.add(hmac: HMACKey(from: Secrets.jwtKey), digestAlgorithm: .sha256)
        // ruleid: auth-jwt-hardcoded-secret
        await keys.add(ecdsa: try ES256PrivateKey(pem: Secrets.appStoreKey))
        return keys
    }

    // Kitura Swift-JWT
    func signer() -> SwiftJWT.JWTSigner {
        let key = Data(Secrets.jwtKey.utf8)
        // ruleid: auth-jwt-hardcoded-secret
        return SwiftJWT.JWTSigner.hs512(key: key)
    }

    func verifier() -> SwiftJWT.JWTVerifier {
        // ruleid: auth-jwt-hardcoded-secret
        return .hs256(key: "another-secret".data(using: .utf8)!)
    }

    // Keys from the Keychain or the environment
    func fromKeychain() throws -> SwiftJWT.JWTSigner? {
        guard let key = try keychain.getData("jwt-signing-key") else { return nil }
        // ok: auth-jwt-hardcoded-secret
        return .hs256(key: key)
    }

    func fromEnvironment(_ app: Application) throws {
        guard let secret = Environment.get("JWT_SECRET") else { throw Abort(.internalServerError) }
        // ok: auth-jwt-hardcoded-secret
        app.jwt.signers.use(.hs256(key: secret))
    }

    func fromInfoPlist() -> SwiftJWT.JWTSigner? {
        guard let secret = Bundle.main.object(forInfoDictionaryKey: "JWTSecretName") as? String,
              let stored = keychain[data: secret] else { return nil }
        // ok: auth-jwt-hardcoded-secret
        return .hs256(key: stored)
    }
}
