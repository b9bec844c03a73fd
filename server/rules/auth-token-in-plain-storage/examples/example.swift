import Foundation
import KeychainAccess
import SwiftUI

struct TokenResponse: Decodable {
    let accessToken: String
    let refreshToken: String
    let expiresIn: Int
}

enum DefaultsKey {
    static let accessToken = "accessToken"
    static let refresh = "refresh_token"
    static let lastScreen = "lastScreen"
    static let tokenExpiry = "tokenExpiry"
}

final class SessionStore {
    private let defaults: UserDefaults
    private let keychain = Keychain(service: "com.example.shop")

    init(defaults: UserDefaults = .standard) {
        self.defaults = defaults
    }

    func save(_ response: TokenResponse) {
        // ruleid: auth-token-in-plain-storage
        UserDefaults.standard.set(response.accessToken, forKey: DefaultsKey.accessToken)
        // ruleid: auth-token-in-plain-storage
        defaults.set(response.refreshToken, forKey: DefaultsKey.refresh)
        // ok: auth-token-in-plain-storage
        defaults.set(Date().addingTimeInterval(TimeInterval(response.expiresIn)), forKey: DefaultsKey.tokenExpiry)
    }

    func rememberSession(id sessionId: String) {
        let shared = UserDefaults(suiteName: "group.com.example.shop")
        // ruleid: auth-token-in-plain-storage
        shared?.setValue(sessionId, forKey: "sid")
        // ruleid: auth-token-in-plain-storage
        NSUbiquitousKeyValueStore.default.set(sessionId, forKey: "session")
    }

    func saveSecurely(_ response: TokenResponse) throws {
        // ok: auth-token-in-plain-storage
        try keychain.set(response.accessToken, key: DefaultsKey.accessToken)
        // ok: auth-token-in-plain-storage
        keychain[DefaultsKey.refresh] = response.refreshToken
        // ok: auth-token-in-plain-storage
        KeychainWrapper.standard.set(response.refreshToken, forKey: DefaultsKey.refresh)
    }

    func rememberUI(sessionCount: Int) {
        // ok: auth-token-in-plain-storage
        defaults.set(true, forKey: "hasSeenOnboarding")
        // ok: auth-token-in-plain-storage
        defaults.set(sessionCount, forKey: "sessionCount")
        // ok: auth-token-in-plain-storage
        defaults.set("home", forKey: DefaultsKey.lastScreen)
    }

    func forget() {
        // ok: auth-token-in-plain-storage
        defaults.removeObject(forKey: DefaultsKey.accessToken)
        // ok: auth-token-in-plain-storage
        defaults.set(nil, forKey: DefaultsKey.refresh)
    }

    func writeTokenFile(token: String, directory: URL) throws {
        let url = directory.appendingPathComponent("auth.txt")
        // ruleid: auth-token-in-plain-storage
        try token.write(to: url, atomically: true, encoding: .utf8)
        // ruleid: auth-token-in-plain-storage
        FileManager.default.createFile(atPath: url.path, contents: token.data(using: .utf8))
    }

    func setMediaSessionActions(_ enabled: Bool) {
        // ok: auth-token-in-plain-storage
        defaults.set(enabled, forKey: "mediaSessionActions")
    }

    func cache(body: Data, response: TokenResponse) {
        // ruleid: auth-token-in-plain-storage
        defaults.set(body, forKey: "refresh_token")
    }
}

struct SettingsView: View {
    // ruleid: auth-token-in-plain-storage [variant: declared]
    @AppStorage("authToken") private var authToken = ""
    // ruleid: auth-token-in-plain-storage [variant: declared]
    @AppStorage(DefaultsKey.refresh) private var stored: String = ""
    // ok: auth-token-in-plain-storage
    @AppStorage("tokenizer") private var tokenizer = "wordpiece"
    // ok: auth-token-in-plain-storage
    @AppStorage("hasSeenOnboarding") private var hasSeenOnboarding = false

    var body: some View {
        Text(hasSeenOnboarding ? "Welcome back" : "Welcome")
    }
}
