import Foundation
import KeychainAccess

final class AuthStore {
    private let keychain = Keychain(service: "com.example.shop")
    private var accessToken: String?
    private let api: APIClient

    init(api: APIClient) {
        self.api = api
    }

    // ruleid: auth-logout-without-server-invalidation
    func logout() {
        accessToken = nil
        try? keychain.remove("refresh_token")
        UserDefaults.standard.removeObject(forKey: "session_id")
    }

    // ok: auth-logout-without-server-invalidation
    func signOut() async throws {
        if let refreshToken = try keychain.get("refresh_token") {
            try await api.revoke(refreshToken: refreshToken)
        }
        clearLocalState()
    }

    // ok: auth-logout-without-server-invalidation
    func logOut(completion: @escaping () -> Void) {
        var request = URLRequest(url: URL(string: "https://api.example.com/v1/logout")!)
        request.httpMethod = "POST"
        URLSession.shared.dataTask(with: request) { _, _, _ in
            self.clearLocalState()
            completion()
        }.resume()
    }

    // ok: auth-logout-without-server-invalidation
    func didFinishLogout() {
        clearLocalState()
    }

    private func clearLocalState() {
        accessToken = nil
        try? keychain.removeAll()
    }

    // ruleid: auth-logout-without-server-invalidation
    func signOutAndQuit() {
        clearLocalState()
        HTTPCookieStorage.shared.removeCookies(since: .distantPast)
    }

    // ok: auth-logout-without-server-invalidation
    func signOutLocally() {
        clearLocalState()
    }
}

final class SettingsViewModel {
    private var sessionToken: String?
    private var password: String?

    // ruleid: auth-logout-without-server-invalidation
    func logoutTapped() {
        sessionToken = nil
        password = nil
    }

    // ruleid: auth-logout-without-server-invalidation
    func performSignOut() {
        let cookies = HTTPCookieStorage.shared.cookies ?? []
        cookies.forEach(HTTPCookieStorage.shared.deleteCookie)
        try? FileManager.default.removeItem(at: sessionFile())
    }

    private func sessionFile() -> URL { URL(fileURLWithPath: "/tmp/session") }
}

protocol APIClient {
    func revoke(refreshToken: String) async throws
}
