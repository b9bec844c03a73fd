import Foundation
import UIKit

private let supportPin = "7391"

final class PinLockViewModel {
    private(set) var unlocked = false
    private var generatedOtp: String?
    private let api: AuthAPI

    init(api: AuthAPI) {
        self.api = api
    }

    func unlock(pinField: UITextField) {
        // ruleid: auth-client-side-check
        if pinField.text == "4826" {
            unlocked = true
        }
    }

    func unlockWithSupportPin(enteredPin: String) {
        // ruleid: auth-client-side-check
        unlocked = enteredPin == supportPin
    }

    func unlockWithStoredPasscode(passcode: String) {
        let stored = UserDefaults.standard.string(forKey: "passcode")
        // ruleid: auth-client-side-check
        unlocked = passcode.elementsEqual(stored ?? "")
    }

    func sendOtp(phone: String) {
        generatedOtp = String(Int.random(in: 100000...999999))
        api.sendSMS(to: phone, text: "Your code is \(generatedOtp ?? "")")
    }

    func verify(otp: String) {
        // ruleid: auth-client-side-check
        guard otp == generatedOtp else { return }
        // ruleid: auth-client-side-check [variant: stored-flag]
        UserDefaults.standard.set(true, forKey: "otpVerified")
    }

    func verifyOnServer(otp: String) async throws {
        // ok: auth-client-side-check
        unlocked = try await api.verify(otp: otp).status == "verified"
    }

    func validateSignUp(password: String, confirmPassword: String) -> Bool {
        // ok: auth-client-side-check
        return password == confirmPassword && password.count >= 12
    }

    func pinComplete(pin: String) -> Bool {
        // ok: auth-client-side-check
        return pin.count == 6
    }

    func rememberTheme() {
        // ok: auth-client-side-check
        UserDefaults.standard.set(true, forKey: "darkTheme")
    }
}

// Server side (Vapor): a staging authenticator runs on the server, not on a user's device
struct StagingAuthenticator: BasicAuthenticator {
    func authenticate(basic: BasicAuthorization, for request: Request) async throws {
        // ok: auth-client-side-check
        if basic.username == "qa" && basic.password == "staging-only" {
            request.auth.login(StagingUser(name: "qa"))
        }
    }
}
