import AppAuth
import Foundation
import KeychainAccess

// ---- client secrets written into the app: reported ----

let kClientID = "shopfront-ios"
let kClientSecret = "q8Xv2Lr9Tn4Wm7Yb3Kc6"
let kRedirectURI = "com.shopfront.app:/oauth2redirect"

enum GitHubOAuth {
    static let clientID = "c318b3ca6bb70166e877"
    static let clientSecret = "0346b65fd23746ec557b1a02c81723664c67b13c"
}

final class LoginController {
    func request(configuration: OIDServiceConfiguration) -> OIDAuthorizationRequest {
        OIDAuthorizationRequest(
            configuration: configuration,
            clientId: kClientID,
            // ruleid: auth-oauth-client-secret-in-app
            clientSecret: kClientSecret,
            scopes: [OIDScopeOpenID],
            redirectURL: URL(string: kRedirectURI)!,
            responseType: OIDResponseTypeCode,
            additionalParameters: nil)
    }

    func tokenBody(code: String) -> Data? {
        // ruleid: auth-oauth-client-secret-in-app
        "client_id=\(GitHubOAuth.clientID)&client_secret=\(GitHubOAuth.clientSecret)&code=\(code)".data(using: .utf8)
    }

    func tokenItems(code: String) -> [URLQueryItem] {
        [
            URLQueryItem(name: "grant_type", value: "authorization_code"),
            // ruleid: auth-oauth-client-secret-in-app
            URLQueryItem(name: "client_secret", value: "7f3e9a1c5b2d8e4f"),
            URLQueryItem(name: "code", value: code),
        ]
    }

    func parameters(code: String) -> [String: String] {
        // ruleid: auth-oauth-client-secret-in-app
        ["client_id": kClientID, "client_secret": "GOCSPX-4kq1Zr8yPq7wXn2Lm5Vb", "code": code]
    }
}

struct DropboxConfig {
    static let appKey = "shopfront"
    // kept for another file of the app: still inside the package
    // ruleid: auth-oauth-client-secret-in-app
    static let consumerSecret = "Lq3Vn8Zr2Xt6Wp9Ys4Ub1Mc7"
}

// ---- look-alikes: stay silent ----

final class PublicClient {
    func request(configuration: OIDServiceConfiguration) -> OIDAuthorizationRequest {
        OIDAuthorizationRequest(
            configuration: configuration,
            clientId: kClientID,
            // ok: auth-oauth-client-secret-in-app
            clientSecret: nil,
            scopes: [OIDScopeOpenID],
            redirectURL: URL(string: kRedirectURI)!,
            responseType: OIDResponseTypeCode,
            additionalParameters: nil)
    }

    func registered(configuration: OIDServiceConfiguration, response: OIDRegistrationResponse) -> OIDAuthorizationRequest {
        OIDAuthorizationRequest(
            configuration: configuration,
            clientId: response.clientID,
            // ok: auth-oauth-client-secret-in-app
            clientSecret: response.clientSecret,
            scopes: [OIDScopeOpenID],
            redirectURL: URL(string: kRedirectURI)!,
            responseType: OIDResponseTypeCode,
            additionalParameters: nil)
    }

    func fromKeychain(code: String) -> [URLQueryItem] {
        let keychain = Keychain(service: "com.shopfront.oauth")
        // ok: auth-oauth-client-secret-in-app
        return [URLQueryItem(name: "client_secret", value: keychain["client_secret"]), URLQueryItem(name: "code", value: code)]
    }

    func registration(redirect: URL) -> OIDRegistrationRequest {
        OIDRegistrationRequest(
            configuration: OIDServiceConfiguration(authorizationEndpoint: redirect, tokenEndpoint: redirect),
            redirectURIs: [redirect],
            responseTypes: nil,
            grantTypes: nil,
            subjectType: nil,
            // ok: auth-oauth-client-secret-in-app
            tokenEndpointAuthMethod: "client_secret_post",
            additionalParameters: nil)
    }
}

enum Placeholders {
    // ok: auth-oauth-client-secret-in-app
    static let clientSecret = "YOUR_CLIENT_SECRET"
}
