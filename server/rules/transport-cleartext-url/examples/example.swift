import Alamofire
import Foundation
import SafariServices
import SwiftUI
import UIKit
import XCTest

enum API {
    // ruleid: transport-cleartext-url
    static let baseURL = "http://api.shopfront.io/v2"
    // ok: transport-cleartext-url
    static let secureBaseURL = "https://api.shopfront.io/v2"
    // ok: transport-cleartext-url
    static let devServer = "http://localhost:8080"
    // ok: transport-cleartext-url
    static let simulatorHost = "http://127.0.0.1:3000/api"
}

enum Environment: String {
    // ruleid: transport-cleartext-url
    case staging = "http://staging.shopfront.io"
    // ok: transport-cleartext-url
    case production = "https://shopfront.io"
}

struct ShopConfiguration {
    static let region = "eu"
    // ruleid: transport-cleartext-url
    static let apiEndpoint = "http://" + region + ".shopfront.io"
    // ruleid: transport-cleartext-url
    var imageHost: String { "http://img.shopfront.io" }
    // ok: transport-cleartext-url
    var helpHost: String { "https://help.shopfront.io" }
}

final class CartService {
    private let session = URLSession.shared

    // ruleid: transport-cleartext-url
    init(endpoint: String = "http://cart.shopfront.io/api") {
        self.endpoint = endpoint
    }

    private var endpoint: String

    func loadCart(for userID: String) async throws -> Data {
        // ruleid: transport-cleartext-url
        let url = URL(string: "http://api.shopfront.io/v2/cart/\(userID)")!
        let (data, _) = try await session.data(for: URLRequest(url: url))
        return data
    }

    func loadOrders(host: String) -> DataRequest {
        // ruleid: transport-cleartext-url
        return AF.request("http://\(host)/v2/orders")
    }

    func loadInvoice(host: String, id: Int) async throws -> Data {
        // ruleid: transport-cleartext-url
        let request = URLRequest(url: URL(string: "http://" + host + "/v2/invoices/\(id)")!)
        let (data, _) = try await session.data(for: request)
        return data
    }

    func avatarURL(host: String, user: String) -> URL? {
        // ruleid: transport-cleartext-url
        return URL(string: String(format: "http://%@/avatars/%@.png", host, user))
    }

    func openLiveUpdates() -> URLSessionWebSocketTask {
        // ruleid: transport-cleartext-url
        let task = session.webSocketTask(with: URL(string: "ws://live.shopfront.io/socket")!)
        task.resume()
        return task
    }

    func reconfigure(settings: inout [String: String]) {
        // ruleid: transport-cleartext-url
        settings["callbackURL"] = "http://hooks.shopfront.io/notify"
        // ruleid: transport-cleartext-url
        self.endpoint = "http://cart-eu.shopfront.io/api"
    }
}

enum TutorialLink {
    case storage, transport

    var url: String {
        switch self {
        // ruleid: transport-cleartext-url
        case .storage: return "http://blog.shopfront.io/storage"
        case .transport:
            // ruleid: transport-cleartext-url
            return "http://blog.shopfront.io/transport"
        }
    }
}

final class BookmarkStore {
    func bookmarks(matching domain: String) -> NSPredicate {
        // ok: transport-cleartext-url
        NSPredicate(format: "url BEGINSWITH[c] %@", "http://\(domain)")
    }
}

#Preview {
    // ok: transport-cleartext-url
    ServerRow(url: URL(string: "http://192.168.0.10:8123")!)
}

struct ServerRow_Previews: PreviewProvider {
    static var previews: some View {
        // ok: transport-cleartext-url
        ServerRow(url: URL(string: "http://shop-nas.lan:8123")!)
    }
}

enum Diagnostics {
    static func isInsecure(_ url: String) -> Bool {
        // ok: transport-cleartext-url
        return url.hasPrefix("http://")
    }

    static func warn() {
        // ok: transport-cleartext-url
        print("http://api.shopfront.io is deprecated, switch to https")
        // ok: transport-cleartext-url
        NSLog("falling back to http://legacy.shopfront.io")
    }

    static func plistHeader() -> String {
        // ok: transport-cleartext-url
        let dtd = URL(string: "http://www.apple.com/DTDs/PropertyList-1.0.dtd")!
        return dtd.absoluteString
    }

    // The old endpoint was http://api.shopfront.io/v1 (kept for reference only).
    // ok: transport-cleartext-url
    static let docsLink = URL(string: "https://docs.shopfront.io/migrating-from-http")!
}

final class SecureURLValidatorTests: XCTestCase {
    func testRejectsCleartext() {
        // ok: transport-cleartext-url
        XCTAssertNil(SecureURLValidator.validate("http://api.shopfront.io"))
    }
}

#if DEBUG
// ok: transport-cleartext-url
let debugBaseURL = "http://dev-box.shopfront.io:8080/api"
#else
let debugBaseURL = "https://api.shopfront.io"
#endif

// MARK: - Links handed to the user's browser app: notes, not warnings

struct HelpLinks: View {
    @Environment(\.openURL) private var openURL

    var body: some View {
        VStack {
            // ruleid: transport-cleartext-url [variant: external-browser]
            Link("Privacy", destination: URL(string: "http://shopfront.io/privacy")!)
            // ruleid: transport-cleartext-url [variant: external-browser]
            Button("Terms") { openURL(URL(string: "http://shopfront.io/terms")!) }
            // ok: transport-cleartext-url
            Link("Imprint", destination: URL(string: "https://shopfront.io/imprint")!)
        }
    }
}

enum ExternalLinks {
    static func openHelp() {
        // ruleid: transport-cleartext-url [variant: external-browser]
        UIApplication.shared.open(URL(string: "http://shopfront.io/help")!, options: [:])
    }

    static func openStore(_ host: String) {
        // ruleid: transport-cleartext-url [variant: external-browser]
        UIApplication.shared.open(URL(string: "http://\(host)/store")!)
    }

    static func showInApp(from controller: UIViewController) {
        // SFSafariViewController runs inside the app: still a warning
        // ruleid: transport-cleartext-url
        controller.present(SFSafariViewController(url: URL(string: "http://shopfront.io/help")!), animated: true)
    }

    static func openLocal() {
        // ok: transport-cleartext-url
        UIApplication.shared.open(URL(string: "http://localhost:8080/")!)
    }
}
