; An OAuth / OpenID Connect authorization endpoint loaded in the app's own web view (CWE-1021;
; RFC 8252 section 8.12, OWASP MASTG "OAuth 2.0: user agents"). A note: the MASTG accepts an
; embedded user agent for first-party sign-in inside a closed ecosystem, so the guidance
; explains the trade-off. The request handed to a web view's `load(_:)` (WKWebView, or a
; SwiftUI wrapper named `…WebView(url:)`) is read through constants, interpolation, parameters
; and the calls that carry a URL on (`URL(string:)`, `URLRequest(url:)`,
; `URLComponents(string:)` and its `.url`: #sc-url-value-matches?) and must name an
; authorization endpoint (`/oauth2/v2.0/authorize`, `/login/oauth/authorize`,
; `/protocol/openid-connect/auth`, …) or carry `response_type=` /
; `redirect_uri=`. ASWebAuthenticationSession,
; SFSafariViewController and `UIApplication.open` are external user agents and are not sinks.

; webView.load(URLRequest(url: url)), self.webView.load(request), wkWebView.loadRequest(request)
((call_expression
  (navigation_expression
    target: (_) @_receiver
    suffix: (navigation_suffix
      suffix: (simple_identifier) @_fn))
  (call_suffix
    (value_arguments
      .
      (value_argument
        value: (_) @finding))))
  (#any-of? @_fn "load" "loadRequest")
  (#match? @_receiver "([Ww]eb|WKWebView|^view$)")
  (#sc-url-value-matches? @finding "(^|[^\\w])(oauth2?|o/oauth2|openid-connect|connect|dialog|login/oauth|auth|oidc|as)/(v\\d+(\\.\\d+)?/)?(authorize|authorization|auth|oauth|authenticate)(\\?|#|/?$|/?\\u2026)|accounts\\.google\\.com/o/oauth2|login\\.microsoftonline\\.com/[^/]+/oauth2|[?&](response_type|redirect_uri)="))

; OAuthWebView(url: authorizeURL), WebView(request: URLRequest(url: url)) (SwiftUI wrappers)
((call_expression
  (simple_identifier) @_fn
  (call_suffix
    (value_arguments
      (value_argument
        name: (value_argument_label) @_label
        value: (_) @finding))))
  (#match? @_fn "WebView$")
  (#any-of? @_label "url" "request" "urlRequest")
  (#sc-url-value-matches? @finding "(^|[^\\w])(oauth2?|o/oauth2|openid-connect|connect|dialog|login/oauth|auth|oidc|as)/(v\\d+(\\.\\d+)?/)?(authorize|authorization|auth|oauth|authenticate)(\\?|#|/?$|/?\\u2026)|accounts\\.google\\.com/o/oauth2|login\\.microsoftonline\\.com/[^/]+/oauth2|[?&](response_type|redirect_uri)="))

; the same call, in a function that builds an authorization request whose URL the value model
; cannot follow (URLComponents with a .path assigned, a builder of another file): it names
; "client_id" and "response_type" or "redirect_uri"
((call_expression
  (navigation_expression
    target: (_) @_receiver
    suffix: (navigation_suffix
      suffix: (simple_identifier) @_fn))
  (call_suffix
    (value_arguments
      .
      (value_argument
        value: (_) @finding))))
  (#any-of? @_fn "load" "loadRequest")
  (#match? @_receiver "([Ww]eb|WKWebView|^view$)")
  (#sc-mentions? @finding "[\"'`]client_id[\"'`]|[?&]client_id=" "member")
  (#sc-mentions? @finding "[\"'`](response_type|redirect_uri)[\"'`]|[?&](response_type|redirect_uri)=" "member"))


; the same call, in a function that builds an authorization request whose URL the value model
; cannot follow (URLComponents with a .path assigned, a builder of another file): it names
; "client_id" and "response_type" or "redirect_uri"
((call_expression
  (simple_identifier) @_fn
  (call_suffix
    (value_arguments
      (value_argument
        name: (value_argument_label) @_label
        value: (_) @finding))))
  (#match? @_fn "WebView$")
  (#any-of? @_label "url" "request" "urlRequest")
  (#sc-mentions? @finding "[\"'`]client_id[\"'`]|[?&]client_id=" "member")
  (#sc-mentions? @finding "[\"'`](response_type|redirect_uri)[\"'`]|[?&](response_type|redirect_uri)=" "member"))

