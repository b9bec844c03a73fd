import Alamofire
import Foundation
import SafariServices
import SwiftUI
import UIKit
import XCTest

// MARK: - Constants, members and locals that reach a request (reported where sent)

enum API {
    static let baseURL = "http://api.shopfront.io/v2"
    static let imagesHost = "img.shopfront.io"
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

// An internal constant no code of this file uses: other files can send it.
// ruleid: transport-cleartext-url
let legacyCheckoutURL = "http://checkout.shopfront.io/legacy"

final class CartService {
    private let session = URLSession.shared
    private let endpoint: String
    private let useTLS: Bool

    init(endpoint: String = "http://cart.shopfront.io/api", useTLS: Bool = false) {
        self.endpoint = endpoint
        self.useTLS = useTLS
    }

    func loadCart(for userID: String) async throws -> Data {
        // ruleid: transport-cleartext-url
        let url = URL(string: API.baseURL + "/cart/\(userID)")!
        let (data, _) = try await session.data(for: URLRequest(url: url))
        return data
    }

    func loadItems() async throws -> Data {
        // ruleid: transport-cleartext-url
        let (data, _) = try await session.data(from: URL(string: endpoint + "/items")!)
        return data
    }

    func loadTodos(token: String) {
        let todos = "http://todo.shopfront.io/todos"
        let headers: HTTPHeaders = ["Authorization": "Bearer \(token)"]
        // ruleid: transport-cleartext-url
        AF.request(todos, headers: headers).response { _ in }
    }

    func loadInvoice(host: String, id: Int) async throws -> Data {
        let address = "http://" + host + "/v2/invoices/\(id)"
        // ruleid: transport-cleartext-url
        let request = URLRequest(url: URL(string: address)!)
        let (data, _) = try await session.data(for: request)
        return data
    }

    func loadStock(host: String) async throws -> Data {
        let scheme = useTLS ? "https://" : "http://"
        // ruleid: transport-cleartext-url
        let (data, _) = try await session.data(from: URL(string: scheme + host + "/stock")!)
        return data
    }

    func avatarURL(host: String, user: String) -> URL? {
        let avatar = String(format: "http://%@/avatars/%@.png", host, user)
        // ruleid: transport-cleartext-url
        return URL(string: avatar)
    }

    func openLiveUpdates() -> URLSessionWebSocketTask {
        // ruleid: transport-cleartext-url
        let task = session.webSocketTask(with: URL(string: "ws://live.shopfront.io/socket")!)
        task.resume()
        return task
    }

    func loadImage(named name: String) -> DataRequest {
        // ruleid: transport-cleartext-url
        return AF.request("http://\(API.imagesHost)/\(name)")
    }

    // A helper of this file: the URL is reported where the helper sends it.
    private func get(_ address: String) -> DataRequest {
        // ruleid: transport-cleartext-url
        return AF.request(address)
    }

    func loadPromotions() -> DataRequest {
        return get("http://promo.shopfront.io/current")
    }

    // A helper that builds the URL in branches: both are reported at the one call that sends it.
    private func ordersURL(_ page: Int) -> String {
        if page == 0 {
            return "http://orders.shopfront.io/latest"
        }
        return "http://orders.shopfront.io/page/\(page)"
    }

    func loadOrders(page: Int) {
        // ruleid: transport-cleartext-url
        session.dataTask(with: URL(string: ordersURL(page))!).resume()
    }

    func reconfigure(settings: inout [String: String]) {
        // ruleid: transport-cleartext-url
        settings["callbackURL"] = "http://hooks.shopfront.io/notify"
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

// MARK: - Look-alikes that send nothing in cleartext

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
    // Only logged and compared in this file, and private: nothing is sent to it.
    // ok: transport-cleartext-url
    private static let retiredBaseURL = "http://api.shopfront.io/v1"

    static func isInsecure(_ url: String) -> Bool {
        // ok: transport-cleartext-url
        return url.hasPrefix("http://") || url == retiredBaseURL
    }

    static func warn() {
        print("\(retiredBaseURL) is deprecated, switch to https")
        // ok: transport-cleartext-url
        print("http://api.shopfront.io is deprecated, switch to https")
        // ok: transport-cleartext-url
        NSLog("falling back to http://legacy.shopfront.io")
    }

    // Parsed only to read its host.
    // ok: transport-cleartext-url
    private static let mirrorURL = "http://mirror.shopfront.io/files"

    static func isMirror(_ host: String) -> Bool {
        return URL(string: mirrorURL)?.host == host
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

final class ServerForm {
    // ok: transport-cleartext-url
    let field = TextField("http://192.168.1.20:8080", text: .constant(""))

    func normalise(_ input: String) -> URL? {
        var address = input
        if !address.hasPrefix("http://") && !address.hasPrefix("https://") {
            // the default for an address the user typed without a scheme: https:// stays https://
            // ok: transport-cleartext-url
            address = "http://\(address)"
        }
        return URL(string: address)
    }

    func localServer(_ host: String) -> URL? {
        if host.hasPrefix("localhost") {
            // ok: transport-cleartext-url
            return URL(string: "http://\(host)")
        }
        return URL(string: "https://\(host)")
    }
}

final class Uploader {
    private let session = URLSession.shared

    func upload(_ data: Data) {
        // Upgraded to https before use.
        let raw = "http://upload.shopfront.io/files"
        let secured = raw.replacingOccurrences(of: "http://", with: "https://")
        // ok: transport-cleartext-url
        session.uploadTask(with: URLRequest(url: URL(string: secured)!), from: data).resume()
    }

    func download() {
        // Overwritten before use.
        var address = "http://files.shopfront.io/latest"
        address = "https://files.shopfront.io/latest"
        // ok: transport-cleartext-url
        session.dataTask(with: URL(string: address)!).resume()
    }

    func configureProxy(host: String, port: Int) -> URLSessionConfiguration {
        // http:// names the proxy protocol; https requests are tunnelled through it.
        // ok: transport-cleartext-url
        let proxyURL = "http://\(host):\(port)"
        let configuration = URLSessionConfiguration.default
        configuration.connectionProxyDictionary = ["HTTPProxy": URL(string: proxyURL)?.host ?? host]
        return configuration
    }
}

final class Feedback {
    // A URL carried as data in the request body, not where the request goes.
    func send(page: String) {
        // ok: transport-cleartext-url
        let fields = ["page": "http://shopfront.io/\(page)", "rating": "5"]
        AF.request("https://feedback.shopfront.io", method: .post, parameters: fields)
    }
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

final class DebugMenu {
    func pingDevBox() {
        #if DEBUG
        // ok: transport-cleartext-url
        URLSession.shared.dataTask(with: URL(string: debugBaseURL + "/ping")!).resume()
        #endif
    }
}

// MARK: - Links handed to the user's browser app: notes, not warnings

struct HelpLinks: View {
    @Environment(\.openURL) private var openURL
    private let termsURL = "http://shopfront.io/terms"

    var body: some View {
        VStack {
            // ruleid: transport-cleartext-url [variant: external-browser]
            Link("Privacy", destination: URL(string: "http://shopfront.io/privacy")!)
            // ruleid: transport-cleartext-url [variant: external-browser]
            Button("Terms") { openURL(URL(string: termsURL)!) }
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

enum OpenGroups {
    private static let fileServer = "http://files.shopfront.io"

    static func isKnownServer(_ server: String, host: String) -> Bool {
        // every spelling of the server, only compared with the one we were given
        var spellings: Set<String> = Set([server, host])
        // ok: transport-cleartext-url
        spellings.insert("http://\(host)")
        spellings.insert("https://\(host)")
        return spellings.contains(server)
    }

    static func serverURL(_ server: String) -> URL? {
        // a default scheme so that an address typed without one parses
        // ok: transport-cleartext-url
        URL(string: server) ?? URL(string: "http://\(server.lowercased())")
    }

    static func isFileServer(_ url: URL) -> Bool {
        // ok: transport-cleartext-url
        url.absoluteString.starts(with: fileServer)
    }

    static func sourceURL(_ address: String, scheme: String) -> URL? {
        guard scheme.lowercased() != "localhost" else {
            // reached only when the address is a localhost one
            // ok: transport-cleartext-url
            return URL(string: "http://" + address + "/")
        }
        return URL(string: "https://" + address)
    }
}

extension URL {
    func withoutScheme() -> String {
        // a prefix removed from a string: nothing is fetched
        // ok: transport-cleartext-url
        absoluteString.stringByRemovingCaseInsensitivePrefix("http://shopfront.io/")
    }
}
