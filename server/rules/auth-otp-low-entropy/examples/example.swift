import Foundation
import MessageUI

final class OTPService {
    private let api: AuthAPI
    private var verificationCode: String?

    init(api: AuthAPI) {
        self.api = api
    }

    func sendLoginCode(to phone: String) {
        // ruleid: auth-otp-low-entropy
        let otp = Int.random(in: 1000...9999)
        api.send(to: phone, otp: String(otp))
    }

    func sendResetCode(to phone: String) {
        // ruleid: auth-otp-low-entropy
        verificationCode = String(Int(arc4random_uniform(9000)) + 1000)
        api.sendReset(to: phone, code: verificationCode ?? "")
    }

    func generatePIN() -> String {
        // ruleid: auth-otp-low-entropy
        return String(format: "%04d", arc4random_uniform(10000))
    }

    func compose(to phone: String) -> MFMessageComposeViewController {
        let n = Int.random(in: 0..<100_000)
        let composer = MFMessageComposeViewController()
        composer.recipients = [phone]
        // ruleid: auth-otp-low-entropy
        composer.body = "Your Shopfront verification code is \(n)"
        return composer
    }

    func sendStrongCode(to phone: String) {
        // ok: auth-otp-low-entropy
        let otp = Int.random(in: 100_000...999_999)
        api.send(to: phone, otp: String(otp))
    }

    func cellIdentifier() -> Int {
        // ok: auth-otp-low-entropy
        let tag = Int.random(in: 1000...9999)
        return tag
    }

    func retryDelay() -> Double {
        // ok: auth-otp-low-entropy
        return Double(arc4random_uniform(3000)) / 1000
    }
}
