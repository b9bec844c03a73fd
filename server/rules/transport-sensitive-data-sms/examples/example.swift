import Foundation
import MessageUI
import UIKit
import UserNotifications

final class SecurityNotifier {
    private let center = UNUserNotificationCenter.current()

    func showLoginCode(_ otp: String) {
        let content = UNMutableNotificationContent()
        content.title = "Sign-in request"
        // ruleid: transport-sensitive-data-sms [variant: notification]
        content.body = "Use \(otp) to sign in to Example Bank"
        center.add(UNNotificationRequest(identifier: "otp", content: content, trigger: nil))
    }

    func showTemporaryPassword(_ temporaryPassword: String) {
        let content = UNMutableNotificationContent()
        // ruleid: transport-sensitive-data-sms [variant: notification]
        content.subtitle = String(format: "Temporary password: %@", temporaryPassword)
        center.add(UNNotificationRequest(identifier: "password", content: content, trigger: nil))
    }

    func showPin(_ pin: String) {
        let content = UNMutableNotificationContent()
        // ruleid: transport-sensitive-data-sms [variant: notification]
        content.title = "PIN " + pin
        center.add(UNNotificationRequest(identifier: "pin", content: content, trigger: nil))
    }

    func showLocalizedCode(_ verificationCode: String) {
        let content = UNMutableNotificationContent()
        // ruleid: transport-sensitive-data-sms [variant: notification]
        content.body = NSString.localizedUserNotificationString(forKey: "CODE_BODY", arguments: [verificationCode])
        center.add(UNNotificationRequest(identifier: "code", content: content, trigger: nil))
    }

    func showCodeReady() {
        let content = UNMutableNotificationContent()
        // ok: transport-sensitive-data-sms
        content.body = "Your verification code is ready: open the app to see it"
        center.add(UNNotificationRequest(identifier: "ready", content: content, trigger: nil))
    }

    func showExpiry(_ otpExpiry: Int) {
        let content = UNMutableNotificationContent()
        // ok: transport-sensitive-data-sms
        content.body = "Your code expires in \(otpExpiry) seconds"
        center.add(UNNotificationRequest(identifier: "expiry", content: content, trigger: nil))
    }

    func showCodeLength(_ otp: String) {
        let content = UNMutableNotificationContent()
        // ok: transport-sensitive-data-sms
        content.body = "Enter the \(otp.count)-digit code shown in the app"
        center.add(UNNotificationRequest(identifier: "length", content: content, trigger: nil))
    }

    func debugNotify(_ otp: String) {
        #if DEBUG
        let content = UNMutableNotificationContent()
        // ok: transport-sensitive-data-sms
        content.body = "debug otp \(otp)"
        center.add(UNNotificationRequest(identifier: "debug", content: content, trigger: nil))
        #endif
    }
}

final class NotificationService: UNNotificationServiceExtension {
    private var contentHandler: ((UNNotificationContent) -> Void)?
    private var bestAttemptContent: UNMutableNotificationContent?

    override func didReceive(_ request: UNNotificationRequest, withContentHandler contentHandler: @escaping (UNNotificationContent) -> Void) {
        self.contentHandler = contentHandler
        bestAttemptContent = request.content.mutableCopy() as? UNMutableNotificationContent
        guard let content = bestAttemptContent, let token = request.content.userInfo["token"] as? String else { return }
        // ruleid: transport-sensitive-data-sms [variant: notification]
        content.body = "Approve sign-in with \(token)"
        contentHandler(content)
    }
}

final class InviteViewController: UIViewController, MFMessageComposeViewControllerDelegate {

    func sendCodeToFriend(_ phone: String, password: String) {
        guard MFMessageComposeViewController.canSendText() else { return }
        let composer = MFMessageComposeViewController()
        composer.recipients = [phone]
        // ruleid: transport-sensitive-data-sms [variant: composer]
        composer.body = "The Wi-Fi password is \(password)"
        composer.messageComposeDelegate = self
        present(composer, animated: true)
    }

    func invite(_ phone: String, inviteLink: URL) {
        let composer = MFMessageComposeViewController()
        composer.recipients = [phone]
        // ok: transport-sensitive-data-sms
        composer.body = "Join me on Example Bank: \(inviteLink.absoluteString)"
        composer.messageComposeDelegate = self
        present(composer, animated: true)
    }

    func showOtp(_ otp: String, in label: UILabel) {
        // ok: transport-sensitive-data-sms
        label.text = "Your code: \(otp)"
    }

    func messageComposeViewController(_ controller: MFMessageComposeViewController, didFinishWith result: MessageComposeResult) {
        controller.dismiss(animated: true)
    }
}
