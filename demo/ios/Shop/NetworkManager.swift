import Foundation
import Alamofire

final class NetworkManager: NSObject, URLSessionDelegate {
    static let baseURL = "http://api.demo-shop.io/v1"

    lazy var session: URLSession = {
        let config = URLSessionConfiguration.default
        config.tlsMinimumSupportedProtocolVersion = .TLSv10
        return URLSession(configuration: config, delegate: self, delegateQueue: nil)
    }()

    // Accepts whatever certificate the server (or an attacker) presents.
    func urlSession(_ session: URLSession,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        guard let trust = challenge.protectionSpace.serverTrust else {
            completionHandler(.performDefaultHandling, nil)
            return
        }
        completionHandler(.useCredential, URLCredential(trust: trust))
    }

    let afSession = Session(serverTrustManager: ServerTrustManager(evaluators: [
        "api.demo-shop.io": DisabledTrustEvaluator(),
        "cdn.demo-shop.io": DefaultTrustEvaluator(validateHost: false),
    ]))

    func fetchProducts() {
        guard let url = URL(string: NetworkManager.baseURL + "/products") else { return }
        session.dataTask(with: url).resume()
    }
}
