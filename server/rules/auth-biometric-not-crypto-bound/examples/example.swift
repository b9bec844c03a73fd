import Foundation
import KeychainAccess
import LocalAuthentication

final class AppLock {
    private(set) var isUnlocked = false
    private let keychain = Keychain(service: "io.shopfront.app")

    func unlock(completion: @escaping (Bool) -> Void) {
        let context = LAContext()
        var error: NSError?
        // ok: auth-biometric-not-crypto-bound
        guard context.canEvaluatePolicy(.deviceOwnerAuthenticationWithBiometrics, error: &error) else {
            return completion(false)
        }
        // ruleid: auth-biometric-not-crypto-bound
        context.evaluatePolicy(.deviceOwnerAuthenticationWithBiometrics, localizedReason: "Unlock Shopfront") { success, _ in
            DispatchQueue.main.async {
                self.isUnlocked = success
                completion(success)
            }
        }
    }

    func confirmPayment() async -> Bool {
        let context = LAContext()
        // ruleid: auth-biometric-not-crypto-bound
        return (try? await context.evaluatePolicy(.deviceOwnerAuthentication, localizedReason: "Confirm the payment")) ?? false
    }

    func tokenFromUserDefaults(completion: @escaping (String?) -> Void) {
        // ruleid: auth-biometric-not-crypto-bound
        LAContext().evaluatePolicy(.deviceOwnerAuthenticationWithBiometrics, localizedReason: "Sign in") { success, _ in
            completion(success ? UserDefaults.standard.string(forKey: "refreshToken") : nil)
        }
    }

    func tokenFromProtectedItem(completion: @escaping (String?) -> Void) {
        let context = LAContext()
        // ok: auth-biometric-not-crypto-bound
        context.evaluatePolicy(.deviceOwnerAuthenticationWithBiometrics, localizedReason: "Sign in") { success, _ in
            guard success else { return completion(nil) }
            completion(self.readToken(context: context))
        }
    }

    private func readToken(context: LAContext) -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrAccount as String: "refreshToken",
            kSecUseAuthenticationContext as String: context,
            kSecReturnData as String: true,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess, let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }

    func storeToken(_ token: String) throws {
        // ok: auth-biometric-not-crypto-bound
        let access = SecAccessControlCreateWithFlags(nil, kSecAttrAccessibleWhenPasscodeSetThisDeviceOnly, .biometryCurrentSet, nil)
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrAccount as String: "refreshToken",
            kSecAttrAccessControl as String: access as Any,
            kSecValueData as String: Data(token.utf8),
        ]
        SecItemAdd(query as CFDictionary, nil)
    }

    func tokenWithKeychainAccess() throws -> String? {
        // ok: auth-biometric-not-crypto-bound
        return try keychain.authenticationPrompt("Sign in to Shopfront").get("refreshToken")
    }
}

final class AccountViewModel: ObservableObject {
    @Published var showAccount = false
    private let context = LAContext()
    private let policy: LAPolicy = .deviceOwnerAuthentication

    func reveal() {
        // ruleid: auth-biometric-not-crypto-bound
        context.evaluatePolicy(policy, localizedReason: "Show your account", reply: { ok, _ in
            DispatchQueue.main.async { self.showAccount = ok }
        })
    }
}
