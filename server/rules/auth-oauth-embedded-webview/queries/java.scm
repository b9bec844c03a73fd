; An OAuth / OpenID Connect authorization endpoint loaded in the app's own WebView (CWE-1021;
; RFC 8252 section 8.12, OWASP MASTG "OAuth 2.0: user agents"). A note: the MASTG accepts an
; embedded user agent for first-party sign-in inside a closed ecosystem, so the guidance
; explains the trade-off. The URL handed to `loadUrl` / `postUrl` is read through constants,
; concatenation, parameters and the calls that carry a URL on (`Uri.parse`, `buildUpon()`,
; `appendQueryParameter`, `build()`, `toString()`: #sc-url-value-matches?) and must name an
; authorization endpoint (`/oauth2/authorize`, `/o/oauth2/v2/auth`,
; `/protocol/openid-connect/auth`, `/login/oauth/authorize`, `/dialog/oauth`, …) or carry
; `response_type=` / `redirect_uri=`. Custom Tabs and ACTION_VIEW intents are the recommended external user
; agents and are not sinks.

; mWebView.loadUrl(AUTHORIZE_URL), webView.loadUrl(uri.toString()), webView.postUrl(url, body)
((method_invocation
  name: (identifier) @_fn
  arguments: (argument_list
    .
    (_) @finding))
  (#any-of? @_fn "loadUrl" "postUrl")
  (#sc-url-value-matches? @finding "(^|[^\\w])(oauth2?|o/oauth2|openid-connect|connect|dialog|login/oauth|auth|oidc|as)/(v\\d+(\\.\\d+)?/)?(authorize|authorization|auth|oauth|authenticate)(\\?|#|/?$|/?\\u2026)|accounts\\.google\\.com/o/oauth2|login\\.microsoftonline\\.com/[^/]+/oauth2|[?&](response_type|redirect_uri)="))

; the same call, in a function that builds an authorization request whose URL the value model
; cannot follow (URLComponents with a .path assigned, a builder of another file): it names
; "client_id" and "response_type" or "redirect_uri"
((method_invocation
  name: (identifier) @_fn
  arguments: (argument_list
    .
    (_) @finding))
  (#any-of? @_fn "loadUrl" "postUrl")
  (#sc-mentions? @finding "[\"'`]client_id[\"'`]|[?&]client_id=" "member")
  (#sc-mentions? @finding "[\"'`](response_type|redirect_uri)[\"'`]|[?&](response_type|redirect_uri)=" "member"))

