import Foundation
import JWTKit
import SwiftJWT

// JWTKit (Vapor): the payload's stored properties are its claims
struct SessionPayload: JWTPayload {
    enum CodingKeys: String, CodingKey {
        case subject = "sub"
        case expiration = "exp"
        case password
        case email
        case isAdmin = "admin"
    }

    var subject: SubjectClaim
    var expiration: ExpirationClaim
    // ruleid: auth-jwt-sensitive-claims
    var password: String
    // ruleid: auth-jwt-sensitive-claims [variant: personal]
    var email: String
    // ok: auth-jwt-sensitive-claims
    var isAdmin: Bool

    func verify(using algorithm: some JWTAlgorithm) async throws {
        try expiration.verifyNotExpired()
    }
}

// Kitura Swift-JWT
struct PaymentClaims: Claims {
    let sub: String
    let exp: Date
    // ruleid: auth-jwt-sensitive-claims
    let cardNumber: String
    // ruleid: auth-jwt-sensitive-claims
    let cvv: String
    // ok: auth-jwt-sensitive-claims
    let emailVerified: Bool
}

// Look-alikes: a view model and a request body are no token
struct ProfileViewModel {
    // ok: auth-jwt-sensitive-claims
    var email: String
    var displayName: String
}

struct LoginRequest: Encodable {
    let username: String
    // ok: auth-jwt-sensitive-claims
    let password: String
}
