import Alamofire
import FirebaseAuth
import Foundation
import GoogleMaps

enum Keys {
    static let weatherAPIKey = "4f3c2b1a9e8d7c6b5a4f3e2d1c0b9a8f"
    static let mapsAPIKey = "AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY"
    // ruleid: auth-hardcoded-credentials [variant: api-key]
    static let uploadToken = "a8f5f167f44f4964e6c998dee827110c"
    // ok: auth-hardcoded-credentials
    static let refreshTokenKey = "SJRefreshToken"
    // ok: auth-hardcoded-credentials
    static let passwordRules = "minlength: 12; required: digit;"
    // ok: auth-hardcoded-credentials
    static let revenueCatKey = "appl_kXyZaBcDeFgHiJkLmNoPqRsTuV"
}

// ruleid: auth-hardcoded-credentials
private let supportPassword = "Zx9!shopfront-support"
private let reportsToken = "Bearer 7d1f0c9a8b6e5d4c3b2a1f0e"

final class ShopClient {
    private let session: URLSession

    init(session: URLSession) {
        self.session = session
    }

    func reportsRequest() -> URLRequest {
        var request = URLRequest(url: URL(string: "https://reports.shopfront.io/daily")!)
        // ruleid: auth-hardcoded-credentials
        request.setValue(reportsToken, forHTTPHeaderField: "Authorization")
        return request
    }

    func geocodeRequest() -> URLRequest {
        var request = URLRequest(url: URL(string: "https://geo.shopfront.io/v1/lookup")!)
        // ruleid: auth-hardcoded-credentials [variant: api-key]
        request.setValue("7e6d5c4b3a2918f7e6d5c4b3", forHTTPHeaderField: "X-Api-Key")
        return request
    }

    func userRequest(token: String) -> URLRequest {
        var request = URLRequest(url: URL(string: "https://api.shopfront.io/me")!)
        // ok: auth-hardcoded-credentials
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        return request
    }

    func legacyConfiguration() -> URLSessionConfiguration {
        let configuration = URLSessionConfiguration.default
        // ruleid: auth-hardcoded-credentials
        configuration.httpAdditionalHeaders = ["Authorization": "Basic cmVwb3J0czpSM3AwcnRz"]
        return configuration
    }

    func supportCredential() -> URLCredential {
        // the constant above is reported where it is written
        return URLCredential(user: "support", password: supportPassword, persistence: .forSession)
    }

    func intranetCredential() -> URLCredential {
        // ruleid: auth-hardcoded-credentials
        return URLCredential(user: "intranet", password: "Intr@net2023", persistence: .forSession)
    }

    func typedCredential(user: String, password: String) -> URLCredential {
        // ok: auth-hardcoded-credentials
        return URLCredential(user: user, password: password, persistence: .forSession)
    }

    func placeholderCredential() -> URLCredential {
        // ok: auth-hardcoded-credentials
        return URLCredential(user: "user", password: "changeme", persistence: .none)
    }

    func legacyBasic() -> String {
        // ruleid: auth-hardcoded-credentials
        let encoded = "legacy:w4rehouse!".data(using: .utf8)!.base64EncodedString()
        return "Basic \(encoded)"
    }

    func catalog() {
        // ruleid: auth-hardcoded-credentials
        AF.request("https://catalog.shopfront.io/v2").authenticate(username: "catalog", password: "C4talog-Sync")
    }

    func signInDemo() {
        // ruleid: auth-hardcoded-credentials
        Auth.auth().signIn(withEmail: "demo@shopfront.io", password: "Demo-2024!")
    }

    func signIn(email: String, password: String) {
        // ok: auth-hardcoded-credentials
        Auth.auth().signIn(withEmail: email, password: password)
    }

    func forecast(city: String) {
        // ruleid: auth-hardcoded-credentials [variant: api-key]
        let url = URL(string: "https://api.weather.io/v1/forecast?q=\(city)&appid=\(Keys.weatherAPIKey)")!
        session.dataTask(with: url).resume()
    }

    func startMaps() {
        // ruleid: auth-hardcoded-credentials [variant: client-key]
        GMSServices.provideAPIKey(Keys.mapsAPIKey)
    }

    func startUploader() {
        // ruleid: auth-hardcoded-credentials [variant: api-key]
        Uploader.start(apiKey: "9c1e4b7a2d5f8e3c6b9a0d1e4f7a2b5c")
        // ok: auth-hardcoded-credentials
        Uploader.start(apiKey: Bundle.main.object(forInfoDictionaryKey: "UploaderKey") as? String ?? "")
    }

    func mirror() -> URL? {
        // ruleid: auth-hardcoded-credentials
        return URL(string: "https://sync:M1rr0r-Key@mirror.shopfront.io/catalog")
    }

    func mirrorHint() -> String {
        // ok: auth-hardcoded-credentials
        return NSLocalizedString("Use https://user:password@mirror.example.com", comment: "mirror hint")
    }

    func loginBody(email: String, typed: String) -> [String: String] {
        // ok: auth-hardcoded-credentials
        return ["email": email, "password": typed]
    }

    func seedAccount(_ account: NSManagedObject) {
        // ruleid: auth-hardcoded-credentials
        account.setValue("S33d-Account!", forKey: "password")
        // ok: auth-hardcoded-credentials
        account.setValue("kiosk", forKey: "username")
    }

    func kioskBody() -> [String: String] {
        // ruleid: auth-hardcoded-credentials
        return ["email": "kiosk@shopfront.io", "password": "k1osk-Mode-77"]
    }
}
