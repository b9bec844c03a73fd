import AppAuth
import AuthenticationServices
import Foundation

enum OAuthConfig {
    static let clientID = "shopfront-ios"
    static let redirect = URL(string: "com.shopfront.app:/oauth2redirect")!
    static let authorize = "https://id.shopfront.io/oauth2/authorize"
    static let implicitType = "id_token token"
}

// ---- the implicit grant: reported ----

final class ImplicitLogin {
    private let responseType = "code"

    func components(state: String) -> URL? {
        var components = URLComponents(string: OAuthConfig.authorize)!
        components.queryItems = [
            URLQueryItem(name: "client_id", value: OAuthConfig.clientID),
            // ruleid: auth-oauth-implicit-grant
            URLQueryItem(name: "response_type", value: "code"),
            URLQueryItem(name: "state", value: state),
        ]
        return components.url
    }

    func fromConfig(nonce: String) -> [URLQueryItem] {
        return [
            URLQueryItem(name: "client_id", value: OAuthConfig.clientID),
            // ruleid: auth-oauth-implicit-grant
            URLQueryItem(name: "response_type", value: OAuthConfig.implicitType),
            URLQueryItem(name: "nonce", value: nonce),
        ]
    }

    func interpolated(state: String) -> URL? {
        // ruleid: auth-oauth-implicit-grant
        URL(string: "\(OAuthConfig.authorize)?client_id=\(OAuthConfig.clientID)&response_type=\(responseType)&state=\(state)")
    }

    func start(anchor: ASPresentationAnchor) {
        // ruleid: auth-oauth-implicit-grant
        let url = URL(string: "https://id.shopfront.io/oauth2/authorize?response_type=code&client_id=shopfront-ios")!
        let session = ASWebAuthenticationSession(url: url, callbackURLScheme: "com.shopfront.app") { callback, _ in
            _ = callback?.fragment
        }
        session.start()
    }

    func dictionary(state: String) -> [String: String] {
        var params = ["client_id": OAuthConfig.clientID, "state": state]
        // ruleid: auth-oauth-implicit-grant
        params["response_type"] = "code"
        return params
    }

    func literalDictionary() -> [String: String] {
        // ruleid: auth-oauth-implicit-grant
        return ["response_type": "code", "client_id": OAuthConfig.clientID]
    }

    func appAuth(configuration: OIDServiceConfiguration) -> OIDAuthorizationRequest {
        OIDAuthorizationRequest(
            configuration: configuration,
            clientId: OAuthConfig.clientID,
            scopes: [OIDScopeOpenID],
            redirectURL: OAuthConfig.redirect,
            // ruleid: auth-oauth-implicit-grant
            responseType: OIDResponseTypeCode,
            additionalParameters: nil)
    }
}

// ---- look-alikes: stay silent ----

final class CodeLogin {
    func appAuth(configuration: OIDServiceConfiguration) -> OIDAuthorizationRequest {
        OIDAuthorizationRequest(
            configuration: configuration,
            clientId: OAuthConfig.clientID,
            scopes: [OIDScopeOpenID],
            redirectURL: OAuthConfig.redirect,
            // ok: auth-oauth-implicit-grant
            responseType: OIDResponseTypeCode,
            additionalParameters: nil)
    }

    func items(challenge: String) -> [URLQueryItem] {
        [
            // ok: auth-oauth-implicit-grant
            URLQueryItem(name: "response_type", value: "code"),
            URLQueryItem(name: "code_challenge", value: challenge),
            URLQueryItem(name: "code_challenge_method", value: "S256"),
        ]
    }

    func signInWithApple() -> [URLQueryItem] {
        // ok: auth-oauth-implicit-grant
        [URLQueryItem(name: "response_type", value: "code id_token"), URLQueryItem(name: "response_mode", value: "form_post")]
    }

    func revoke(token: String) -> [URLQueryItem] {
        [
            URLQueryItem(name: "token", value: token),
            // ok: auth-oauth-implicit-grant
            URLQueryItem(name: "token_type_hint", value: "token"),
        ]
    }

    func isImplicit(_ url: URL) -> Bool {
        let items = URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems ?? []
        // ok: auth-oauth-implicit-grant
        return items.first(where: { $0.name == "response_type" })?.value == "token"
    }

    func legacy(_ url: String) -> Bool {
        // ok: auth-oauth-implicit-grant
        url.contains("response_type=token")
    }
}
