import AuthenticationServices
import SafariServices
import SwiftUI
import UIKit
import WebKit

enum AuthConfig {
    static let clientID = "shopfront-ios"
    static let authorizeURL = URL(string: "https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=shopfront-ios&response_type=code")!
    static let helpURL = URL(string: "https://shopfront.io/help")!
}

// ---- sign-in pages in an embedded web view: reported ----

final class WebLoginViewController: UIViewController, WKNavigationDelegate {
    private let webView = WKWebView()
    private let authorizeURL = "https://id.shopfront.io/oauth2/authorize?response_type=code&client_id=shopfront-ios"

    override func viewDidLoad() {
        super.viewDidLoad()
        view.addSubview(webView)
        webView.navigationDelegate = self
        // ruleid: auth-oauth-embedded-webview
        webView.load(URLRequest(url: URL(string: authorizeURL)!))
    }

    func github(state: String) {
        var components = URLComponents(string: "https://github.com/login/oauth/authorize")!
        components.queryItems = [URLQueryItem(name: "client_id", value: AuthConfig.clientID), URLQueryItem(name: "state", value: state)]
        let request = URLRequest(url: components.url!)
        // ruleid: auth-oauth-embedded-webview
        webView.load(request)
    }

    func microsoft() {
        // ruleid: auth-oauth-embedded-webview
        webView.load(URLRequest(url: AuthConfig.authorizeURL))
    }

    func keycloak(realm: String) {
        let url = URL(string: "https://sso.shopfront.io/realms/\(realm)/protocol/openid-connect/auth?client_id=\(AuthConfig.clientID)")!
        // ruleid: auth-oauth-embedded-webview
        self.webView.load(URLRequest(url: url))
    }
}

final class VKLoginViewController: UIViewController {
    private let webView = WKWebView()

    func start() {
        var components = URLComponents()
        components.scheme = "https"
        components.host = "oauth.vk.com"
        components.path = "/authorize"
        components.queryItems = [
            URLQueryItem(name: "client_id", value: AuthConfig.clientID),
            URLQueryItem(name: "redirect_uri", value: "https://oauth.vk.com/blank.html"),
            URLQueryItem(name: "response_type", value: "code"),
        ]
        // ruleid: auth-oauth-embedded-webview
        webView.load(URLRequest(url: components.url!))
    }
}

struct OAuthWebView: UIViewRepresentable {
    let url: URL
    func makeUIView(context: Context) -> WKWebView { WKWebView() }
    func updateUIView(_ view: WKWebView, context: Context) { view.load(URLRequest(url: url)) }
}

struct LoginScreen: View {
    var body: some View {
        // ruleid: auth-oauth-embedded-webview
        OAuthWebView(url: AuthConfig.authorizeURL)
    }
}

// ---- look-alikes: stay silent ----

final class BrowserLogin: NSObject, ASWebAuthenticationPresentationContextProviding {
    func start() {
        // ok: auth-oauth-embedded-webview
        let session = ASWebAuthenticationSession(url: AuthConfig.authorizeURL, callbackURLScheme: "com.shopfront.app") { _, _ in }
        session.presentationContextProvider = self
        session.start()
    }

    func safari(from controller: UIViewController) {
        // ok: auth-oauth-embedded-webview
        controller.present(SFSafariViewController(url: AuthConfig.authorizeURL), animated: true)
    }

    func external() {
        // ok: auth-oauth-embedded-webview
        UIApplication.shared.open(AuthConfig.authorizeURL)
    }

    func help(webView: WKWebView) {
        // ok: auth-oauth-embedded-webview
        webView.load(URLRequest(url: AuthConfig.helpURL))
    }

    func presentationAnchor(for session: ASWebAuthenticationSession) -> ASPresentationAnchor { ASPresentationAnchor() }
}
