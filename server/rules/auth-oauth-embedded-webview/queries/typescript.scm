; An OAuth / OpenID Connect authorization endpoint loaded in the app's own web view (CWE-1021;
; RFC 8252 section 8.12, OWASP MASTG "OAuth 2.0: user agents"). A note: the MASTG accepts an
; embedded user agent for first-party sign-in inside a closed ecosystem, so the guidance
; explains the trade-off. Sinks: React Native `<WebView source={{ uri }} />` (a JSX attribute,
; found with #sc-jsx-attribute? since the plain TypeScript grammar has no JSX), Electron
; `BrowserWindow.loadURL`, Cordova / Capacitor `InAppBrowser.open/create` with a target other
; than `_system`. The URL is read through constants, templates, parameters, helpers of the
; file and the calls that carry a URL on (`new URL(…)`, `toString()`, `href`,
; `encodeURIComponent`: #sc-url-value-matches?) and must name an authorization endpoint
; (`/oauth2/authorize`, `/o/oauth2/v2/auth`, `/login/oauth/authorize`, …) or carry
; `response_type=` / `redirect_uri=`. expo-web-browser `openAuthSessionAsync`, `Linking.openURL` and
; `shell.openExternal` are external user agents and are not sinks.

; <WebView source={{ uri: authorizeUrl(state) }} />
((pair
  key: (property_identifier) @_key
  value: (_) @finding)
  (#eq? @_key "uri")
  (#sc-jsx-attribute? @finding "WebView$" "^source$")
  (#sc-url-value-matches? @finding "(^|[^\\w])(oauth2?|o/oauth2|openid-connect|connect|dialog|login/oauth|auth|oidc|as)/(v\\d+(\\.\\d+)?/)?(authorize|authorization|auth|oauth|authenticate)(\\?|#|/?$|/?\\u2026)|accounts\\.google\\.com/o/oauth2|login\\.microsoftonline\\.com/[^/]+/oauth2|[?&](response_type|redirect_uri)="))

; <WebView source={{ uri }} />
((shorthand_property_identifier) @finding
  (#eq? @finding "uri")
  (#sc-jsx-attribute? @finding "WebView$" "^source$")
  (#sc-url-value-matches? @finding "(^|[^\\w])(oauth2?|o/oauth2|openid-connect|connect|dialog|login/oauth|auth|oidc|as)/(v\\d+(\\.\\d+)?/)?(authorize|authorization|auth|oauth|authenticate)(\\?|#|/?$|/?\\u2026)|accounts\\.google\\.com/o/oauth2|login\\.microsoftonline\\.com/[^/]+/oauth2|[?&](response_type|redirect_uri)="))

; win.loadURL(url) (Electron BrowserWindow / webContents)
((call_expression
  function: (member_expression
    property: (property_identifier) @_fn)
  arguments: (arguments
    .
    (_) @finding))
  (#eq? @_fn "loadURL")
  (#sc-url-value-matches? @finding "(^|[^\\w])(oauth2?|o/oauth2|openid-connect|connect|dialog|login/oauth|auth|oidc|as)/(v\\d+(\\.\\d+)?/)?(authorize|authorization|auth|oauth|authenticate)(\\?|#|/?$|/?\\u2026)|accounts\\.google\\.com/o/oauth2|login\\.microsoftonline\\.com/[^/]+/oauth2|[?&](response_type|redirect_uri)="))

; InAppBrowser.create(url, '_blank'), cordova.InAppBrowser.open(url, '_self'), window.open(url, '_blank') in Cordova
((call_expression
  function: (member_expression
    object: (_) @_receiver
    property: (property_identifier) @_fn)
  arguments: (arguments
    .
    (_) @finding
    .
    (_)? @_target))
  (#any-of? @_fn "open" "create")
  (#match? @_receiver "InAppBrowser$")
  (#not-match? @_target "_system")
  (#sc-url-value-matches? @finding "(^|[^\\w])(oauth2?|o/oauth2|openid-connect|connect|dialog|login/oauth|auth|oidc|as)/(v\\d+(\\.\\d+)?/)?(authorize|authorization|auth|oauth|authenticate)(\\?|#|/?$|/?\\u2026)|accounts\\.google\\.com/o/oauth2|login\\.microsoftonline\\.com/[^/]+/oauth2|[?&](response_type|redirect_uri)="))

; the same call, in a function that builds an authorization request whose URL the value model
; cannot follow (URLComponents with a .path assigned, a builder of another file): it names
; "client_id" and "response_type" or "redirect_uri"
((pair
  key: (property_identifier) @_key
  value: (_) @finding)
  (#eq? @_key "uri")
  (#sc-jsx-attribute? @finding "WebView$" "^source$")
  (#sc-mentions? @finding "[\"'`]client_id[\"'`]|[?&]client_id=" "member")
  (#sc-mentions? @finding "[\"'`](response_type|redirect_uri)[\"'`]|[?&](response_type|redirect_uri)=" "member"))


; the same call, in a function that builds an authorization request whose URL the value model
; cannot follow (URLComponents with a .path assigned, a builder of another file): it names
; "client_id" and "response_type" or "redirect_uri"
((shorthand_property_identifier) @finding
  (#eq? @finding "uri")
  (#sc-jsx-attribute? @finding "WebView$" "^source$")
  (#sc-mentions? @finding "[\"'`]client_id[\"'`]|[?&]client_id=" "member")
  (#sc-mentions? @finding "[\"'`](response_type|redirect_uri)[\"'`]|[?&](response_type|redirect_uri)=" "member"))


; the same call, in a function that builds an authorization request whose URL the value model
; cannot follow (URLComponents with a .path assigned, a builder of another file): it names
; "client_id" and "response_type" or "redirect_uri"
((call_expression
  function: (member_expression
    property: (property_identifier) @_fn)
  arguments: (arguments
    .
    (_) @finding))
  (#eq? @_fn "loadURL")
  (#sc-mentions? @finding "[\"'`]client_id[\"'`]|[?&]client_id=" "member")
  (#sc-mentions? @finding "[\"'`](response_type|redirect_uri)[\"'`]|[?&](response_type|redirect_uri)=" "member"))


; the same call, in a function that builds an authorization request whose URL the value model
; cannot follow (URLComponents with a .path assigned, a builder of another file): it names
; "client_id" and "response_type" or "redirect_uri"
((call_expression
  function: (member_expression
    object: (_) @_receiver
    property: (property_identifier) @_fn)
  arguments: (arguments
    .
    (_) @finding
    .
    (_)? @_target))
  (#any-of? @_fn "open" "create")
  (#match? @_receiver "InAppBrowser$")
  (#not-match? @_target "_system")
  (#sc-mentions? @finding "[\"'`]client_id[\"'`]|[?&]client_id=" "member")
  (#sc-mentions? @finding "[\"'`](response_type|redirect_uri)[\"'`]|[?&](response_type|redirect_uri)=" "member"))

