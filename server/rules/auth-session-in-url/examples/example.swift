import Foundation

struct Session {
    let accessToken: String
    let sessionID: String
}

// ---- session secrets in URLs: reported ----

final class EpisodeURLs {
    private let base = "https://api.shopfront.io/"
    private let session: Session

    init(session: Session) {
        self.session = session
    }

    func download(uuid: String, token: String) -> URL? {
        // ruleid: auth-session-in-url
        URL(string: "\(base)files/url/\(uuid)?token=\(token)")
    }

    func avatar(userID: String) -> URL? {
        var components = URLComponents(string: base + "avatar")!
        components.queryItems = [
            URLQueryItem(name: "user", value: userID),
            // ruleid: auth-session-in-url
            URLQueryItem(name: "access_token", value: session.accessToken),
        ]
        return components.url
    }

    func legacy(path: String) -> URL? {
        // ruleid: auth-session-in-url
        URL(string: base + path + "?sessionid=" + session.sessionID)
    }

    func feed() -> URL? {
        var components = URLComponents(string: base + "feed")!
        // ruleid: auth-session-in-url
        components.queryItems?.append(URLQueryItem(name: "jwt", value: session.accessToken))
        return components.url
    }
}

// ---- client-asserted state: reported ----

final class LegacyAdmin {
    func cookie() -> HTTPCookie? {
        HTTPCookie(properties: [
            .domain: "shopfront.io",
            .path: "/",
            // ruleid: auth-session-in-url [variant: client-state]
            .name: "isAdmin", .value: "true",
        ])
    }

    func dashboard() -> URL? {
        // ruleid: auth-session-in-url [variant: client-state]
        URL(string: "https://shopfront.io/dashboard?authenticated=yes")
    }
}

// ---- look-alikes: stay silent ----

final class HeaderAuth {
    func request(url: URL, session: Session) -> URLRequest {
        var request = URLRequest(url: url)
        // ok: auth-session-in-url
        request.setValue("Bearer \(session.accessToken)", forHTTPHeaderField: "Authorization")
        return request
    }

    func revoke(url: URL, session: Session) -> URLRequest {
        var form = URLComponents()
        // ok: auth-session-in-url
        form.queryItems = [URLQueryItem(name: "token", value: session.accessToken)]
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.httpBody = form.percentEncodedQuery?.data(using: .utf8)
        return request
    }

    func page(nextPageToken: String) -> [URLQueryItem] {
        // ok: auth-session-in-url
        [URLQueryItem(name: "token", value: nextPageToken)]
    }

    func registerPush(deviceToken: String) -> URL? {
        // ok: auth-session-in-url
        URL(string: "https://push.shopfront.io/register?token=\(deviceToken)")
    }
}
