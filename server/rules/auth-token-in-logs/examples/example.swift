import Foundation
import os

struct Tokens: Decodable {
    let accessToken: String
    let refreshToken: String
    let tokenType: String
    let expiresIn: Int
}

final class AuthService {
    private let logger = Logger(subsystem: "com.example.shop", category: "auth")
    private var sessionId: String?

    func didReceive(_ tokens: Tokens) {
        // ruleid: auth-token-in-logs
        print("access token: \(tokens.accessToken)")
        // ruleid: auth-token-in-logs
        NSLog("refresh token %@", tokens.refreshToken)
        // ok: auth-token-in-logs
        print("token type \(tokens.tokenType), expires in \(tokens.expiresIn)s")
        // ok: auth-token-in-logs
        logger.info("received tokens: \(tokens.accessToken)")
        // ruleid: auth-token-in-logs
        logger.debug("refresh token: \(tokens.refreshToken, privacy: .public)")
        // ok: auth-token-in-logs
        logger.debug("token prefix: \(String(tokens.accessToken.prefix(4)), privacy: .public)")
    }

    func signIn(password: String, otp: String) {
        // ruleid: auth-token-in-logs
        debugPrint("signing in with", password)
        // ruleid: auth-token-in-logs
        os_log("%{public}@", log: .default, type: .info, otp)
        // ok: auth-token-in-logs
        os_log("one-time code entered, %d digits", log: .default, type: .info, otp.count)
        // ok: auth-token-in-logs
        print("password is empty: \(password.isEmpty)")
    }

    func remember(session: String, refreshToken: String?) {
        sessionId = session
        let message = "refresh token " + (refreshToken ?? "-")
        // ruleid: auth-token-in-logs
        print(message)
        // ok: auth-token-in-logs
        print("session \(sessionId ?? "-") started")
        #if DEBUG
        // ok: auth-token-in-logs
        print("debug refresh token \(refreshToken ?? "")")
        #endif
    }

    func onPush(deviceToken: Data, hasSession: Bool) {
        // ok: auth-token-in-logs
        print("APNs device token: \(deviceToken.map { String(format: "%02x", $0) }.joined())")
        // ok: auth-token-in-logs
        print("has session: \(hasSession)")
    }

    // Masked by a helper named as a mask (paperless-style): the local keeps the secret's name
    func connect(token: String?) {
        let tokenStr = sanitize(token: token)
        // ok: auth-token-in-logs
        logger.notice("connecting with token \(tokenStr, privacy: .public)")
    }

    private func sanitize(token: String?) -> String {
        guard let token else { return "nil" }
        return "\(token.prefix(3))…"
    }

    // APNs registration callback (AltStore-style): the token is a push address, not a credential
    func application(_ application: AnyObject, didRegisterForRemoteNotificationsWithDeviceToken deviceToken: Data) {
        let token = deviceToken.map { String(format: "%02.2hhx", $0) }.joined()
        // ok: auth-token-in-logs
        print("Push Token:", token)
    }

    // CloudKit's server change token is a sync cursor (which changes were fetched), not a credential
    func fetched(serverChangeToken: CKServerChangeToken?) {
        // ok: auth-token-in-logs
        print("fetchChanges done, serverChangeToken \(String(describing: serverChangeToken))")
    }
}
