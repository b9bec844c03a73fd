import AppAuth
import AuthenticationServices
import Foundation

// ---- authorization code requests without PKCE: reported ----

final class MastodonLogin {
    private let clientID: String
    private let redirectURI = "com.shopfront.app://oauth"

    init(clientID: String) {
        self.clientID = clientID
    }

    func authorizeURL(instance: String) -> URL? {
        var components = URLComponents()
        components.scheme = "https"
        components.host = instance
        components.path = "/oauth/authorize"
        components.queryItems = [
            URLQueryItem(name: "client_id", value: clientID),
            URLQueryItem(name: "redirect_uri", value: redirectURI),
            // ruleid: auth-oauth-missing-pkce
            URLQueryItem(name: "response_type", value: "code"),
            URLQueryItem(name: "scope", value: "read write"),
        ]
        return components.url
    }

    func signIn(instance: String, anchor: ASWebAuthenticationPresentationContextProviding) {
        // ruleid: auth-oauth-missing-pkce
        let url = URL(string: "https://\(instance)/oauth/authorize?response_type=code&client_id=\(clientID)&redirect_uri=\(redirectURI)")!
        let session = ASWebAuthenticationSession(url: url, callbackURLScheme: "com.shopfront.app") { _, _ in }
        session.presentationContextProvider = anchor
        session.start()
    }

    func parameters(state: String) -> [String: String] {
        // ruleid: auth-oauth-missing-pkce
        ["response_type": "code", "client_id": clientID, "state": state]
    }
}

final class AppAuthMisuse {
    func request(configuration: OIDServiceConfiguration, clientID: String, redirect: URL) -> OIDAuthorizationRequest {
        OIDAuthorizationRequest(
            configuration: configuration,
            clientId: clientID,
            clientSecret: nil,
            scope: "openid profile",
            redirectURL: redirect,
            responseType: OIDResponseTypeCode,
            state: OIDAuthorizationRequest.generateState(),
            nonce: nil,
            codeVerifier: nil,
            // ruleid: auth-oauth-missing-pkce [variant: disabled]
            codeChallenge: nil,
            codeChallengeMethod: nil,
            additionalParameters: nil)
    }

    func plain(configuration: OIDServiceConfiguration, clientID: String, redirect: URL) -> OIDAuthorizationRequest {
        let verifier = OIDAuthorizationRequest.generateCodeVerifier()
        return OIDAuthorizationRequest(
            configuration: configuration,
            clientId: clientID,
            clientSecret: nil,
            scope: "openid",
            redirectURL: redirect,
            responseType: OIDResponseTypeCode,
            state: nil,
            nonce: nil,
            codeVerifier: verifier,
            codeChallenge: verifier,
            // ruleid: auth-oauth-missing-pkce [variant: plain]
            codeChallengeMethod: "plain",
            additionalParameters: nil)
    }

    func plainItems(verifier: String) -> [URLQueryItem] {
        [
            URLQueryItem(name: "code_challenge", value: verifier),
            // ruleid: auth-oauth-missing-pkce [variant: plain]
            URLQueryItem(name: "code_challenge_method", value: "plain"),
        ]
    }
}

// ---- look-alikes: stay silent ----

final class PkceLogin {
    func items(clientID: String, challenge: String) -> [URLQueryItem] {
        [
            URLQueryItem(name: "client_id", value: clientID),
            // ok: auth-oauth-missing-pkce
            URLQueryItem(name: "response_type", value: "code"),
            URLQueryItem(name: "code_challenge", value: challenge),
            URLQueryItem(name: "code_challenge_method", value: "S256"),
        ]
    }

    func appAuth(configuration: OIDServiceConfiguration, clientID: String, redirect: URL) -> OIDAuthorizationRequest {
        // the convenience initializer generates the verifier and an S256 challenge
        // ok: auth-oauth-missing-pkce
        OIDAuthorizationRequest(configuration: configuration, clientId: clientID, scopes: [OIDScopeOpenID], redirectURL: redirect, responseType: OIDResponseTypeCode, additionalParameters: nil)
    }

    func tokenForm(code: String, verifier: String) -> [String: String] {
        // ok: auth-oauth-missing-pkce
        ["grant_type": "authorization_code", "code": code, "code_verifier": verifier]
    }
}
