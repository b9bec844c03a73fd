import Foundation
import LocalAuthentication

final class AuthManager {
    static let shared = AuthManager()

    // Implicit grant: the access token comes back in the redirect URL's fragment.
    let authorizeURL = URL(string: "https://login.demo-shop.io/oauth/authorize?client_id=ios-app&response_type=token&redirect_uri=demoshop://callback")!

    func store(accessToken: String) {
        // UserDefaults is a plain plist in the app's container and in backups.
        UserDefaults.standard.set(accessToken, forKey: "accessToken")
        print("stored access token: \(accessToken)")
    }

    func unlockWithFaceID(completion: @escaping (Bool) -> Void) {
        let context = LAContext()
        context.evaluatePolicy(.deviceOwnerAuthenticationWithBiometrics, localizedReason: "Unlock your cart") { success, _ in
            // Only a Bool: nothing in the Keychain depends on the face that was seen.
            completion(success)
        }
    }
}
