; Credentials written into the code (CWE-798), Swift. Everything in an IPA can be read back
; by anyone who downloads it, so a password, token or key typed into the source is shared
; with every attacker. Which literals count as a real credential (not empty, not a
; placeholder such as "changeme" or "<your-key>", not a bare "Bearer ", not a label or key
; name such as "password" or "access_token") is decided by #sc-credential-literal?
; (core/credentials.ts); which names hold a secret (not passwordHint, tokenKey) by
; #sc-secret-name?. Tests are left out by the file classifier; `#if DEBUG` code and SwiftUI
; previews by `ignoreIn` (rule.yaml). The flows are those of the Kotlin query:
; - "auth": a real credential literal reaching a credential position (Authorization header
;   value, URLCredential / Alamofire / Firebase `password:`, a "password" dictionary key);
;   error, high;
; - "declared": a literal kept under a password name (not a plain word);
; - "keyed": a literal shaped like a generated key under a key or token label, dictionary
;   key or property (`apiKey:`, `["api_key": …]`); variant `api-key` (warning, medium);
; - "named": a literal shaped like a generated key kept under a secret-like name, reaching
;   any call that may send it; variant `api-key`;
; - vendor app keys (Google `AIza…` for GMSServices, maps/analytics names): variant
;   `client-key` (note, low).
; OAuth client secrets and JWT signing keys are left to their own rules.

; ---- flow "auth": sources -----------------------------------------------------------------

; "Bearer 9f8e7d6c5b4a", "Basic YWRtaW46czNjcmV0", "s3cr3t-P4ss"
((line_string_literal) @source
  (#set! flow "auth")
  (#sc-credential-literal? @source))

((line_string_literal) @source
  (#set! flow "auth")
  (#set! variant "client-key")
  (#sc-credential-literal? @source "client-key"))

; ---- sanitizers: dictionaries and arrays --------------------------------------------------
; A password or key is a string. A dictionary or array reaching a credential position
; carries other data, whose strings are not the credential.
((dictionary_literal) @sanitizer
  (#set! flow "auth"))
((array_literal) @sanitizer
  (#set! flow "auth"))
((dictionary_literal) @sanitizer
  (#set! flow "keyed"))
((array_literal) @sanitizer
  (#set! flow "keyed"))
((dictionary_literal) @sanitizer
  (#set! flow "declared"))
((array_literal) @sanitizer
  (#set! flow "declared"))

; ---- flow "auth": sinks -------------------------------------------------------------------

; request.setValue("Bearer …", forHTTPHeaderField: "Authorization"); request.addValue(token, forHTTPHeaderField: "X-Api-Key")
((call_expression
  (call_suffix
    (value_arguments
      .
      (value_argument
        value: (_) @sink)
      .
      (value_argument
        name: (value_argument_label
          (simple_identifier) @_label)
        value: (_) @_name) .)))
  (#set! flow "auth")
  (#eq? @_label "forHTTPHeaderField")
  (#sc-value-matches? @_name "list:auth-header-names"))

; ["Authorization": "Bearer …"] in httpAdditionalHeaders / allHTTPHeaderFields / HTTPHeaders(…);
; ["password": "…"] in a login body
((dictionary_literal
  key: (_) @_name
  .
  value: (_) @sink)
  (#set! flow "auth")
  (#not-match? @sink "^[\\[{]")
  (#sc-value-matches? @_name "list:auth-header-names"))

((dictionary_literal
  key: (line_string_literal) @_name
  .
  value: (_) @sink)
  (#set! flow "auth")
  (#not-match? @sink "^[\\[{]")
  (#sc-secret-name? @_name "password"))

; request.allHTTPHeaderFields?["Authorization"] = "Bearer …"; body["password"] = "…"
((assignment
  target: (directly_assignable_expression
    (call_expression
      (call_suffix
        (value_arguments
          (value_argument
            value: (_) @_name)))))
  result: (_) @sink)
  (#set! flow "auth")
  (#sc-value-matches? @_name "list:auth-header-names"))

((assignment
  target: (directly_assignable_expression
    (call_expression
      (call_suffix
        (value_arguments
          (value_argument
            value: (line_string_literal) @_name)))))
  result: (_) @sink)
  (#set! flow "auth")
  (#sc-secret-name? @_name "password"))

; user.setValue("…", forKey: "password") (Core Data / key-value coding)
((call_expression
  (call_suffix
    (value_arguments
      .
      (value_argument
        value: (_) @sink)
      .
      (value_argument
        name: (value_argument_label
          (simple_identifier) @_label)
        value: (line_string_literal) @_name) .)))
  (#set! flow "auth")
  (#any-of? @_label "forKey" "forKeyPath")
  (#sc-secret-name? @_name "password"))

; URLCredential(user: "u", password: "p", persistence: .forSession),
; AF.request(url).authenticate(username: "u", password: "p"), HTTPHeader.authorization(username: "u", password: "p"),
; Auth.auth().signIn(withEmail: mail, password: "…"), LoginRequest(email: mail, password: "…")
((value_argument
  name: (value_argument_label
    (simple_identifier) @_name)
  value: (_) @sink)
  (#set! flow "auth")
  (#sc-secret-name? @_name "password"))

; .authorization(bearerToken: "…") (Alamofire), HTTPHeader.authorization("Bearer …"),
; HTTPHeader(name: "Authorization", value: "…")
((value_argument
  name: (value_argument_label
    (simple_identifier) @_name)
  value: (_) @sink)
  (#set! flow "auth")
  (#eq? @_name "bearerToken"))

((call_expression
  (navigation_expression
    suffix: (navigation_suffix
      suffix: (simple_identifier) @_fn))
  (call_suffix
    (value_arguments
      .
      (value_argument
        !name
        value: (_) @sink) .)))
  (#set! flow "auth")
  (#eq? @_fn "authorization"))

((call_expression
  (call_suffix
    (value_arguments
      (value_argument
        name: (value_argument_label
          (simple_identifier) @_label)
        value: (_) @_name)
      .
      (value_argument
        name: (value_argument_label
          (simple_identifier) @_value)
        value: (_) @sink))))
  (#set! flow "auth")
  (#eq? @_label "name")
  (#eq? @_value "value")
  (#sc-value-matches? @_name "list:auth-header-names"))

; "admin:s3cret".data(using: .utf8)!.base64EncodedString(); Data("\(user):\(PASSWORD)".utf8).base64EncodedString():
; a "user:password" pair encoded for a Basic Authorization header
((call_expression
  (navigation_expression
    target: [
      (postfix_expression
        target: (call_expression
          (navigation_expression
            target: (_) @sink
            suffix: (navigation_suffix
              suffix: (simple_identifier) @_conv))))
      (call_expression
        (navigation_expression
          target: (_) @sink
          suffix: (navigation_suffix
            suffix: (simple_identifier) @_conv)))
      (call_expression
        (simple_identifier) @_conv
        (call_suffix
          (value_arguments
            (value_argument
              value: (navigation_expression
                target: (_) @sink)))))
    ]
    suffix: (navigation_suffix
      suffix: (simple_identifier) @_fn)))
  (#set! flow "auth")
  (#eq? @_fn "base64EncodedString")
  (#any-of? @_conv "data" "Data")
  (#sc-value-matches? @sink "^[^\\s/@:]*:[^\\s/@…]{4,}$"))

; ---- flow "declared": a password kept under a password name ----------------------------
; Only the name says "password"; the literal must not be a plain word or identifier.

((line_string_literal) @source
  (#set! flow "declared")
  (#sc-credential-literal? @source "password"))

; private let adminPassword = "…"; static let secret = "…"
((property_declaration
  name: (pattern
    bound_identifier: (simple_identifier) @_name)
  value: (_) @sink)
  (#set! flow "declared")
  (#sc-secret-name? @_name "password")
  (#sc-value-used? @sink))

; self.password = "…"; config.secret = "…"
((assignment
  target: (directly_assignable_expression
    [
      (simple_identifier) @_name
      (navigation_expression
        suffix: (navigation_suffix
          suffix: (simple_identifier) @_name))
    ])
  result: (_) @sink)
  (#set! flow "declared")
  (#sc-secret-name? @_name "password"))

; ---- flow "keyed": a key or token under a secret label, dictionary key or property ----------
; Analytics.setup(apiKey: "…"), ["api_key": "…"], config.authToken = "…": the key names the
; value an API key or token (passwords are flow "auth"); the literal must be shaped like a
; generated key. Variant `api-key`.

((line_string_literal) @source
  (#set! flow "keyed")
  (#sc-credential-literal? @source "strict"))

((line_string_literal) @source
  (#set! flow "keyed")
  (#set! variant "client-key")
  (#sc-credential-literal? @source "client-key"))

; Uploader.start(apiKey: "…"), Purchases.configure(withAPIKey: "…")
((value_argument
  name: (value_argument_label
    (simple_identifier) @_name)
  value: (_) @sink)
  (#set! flow "keyed")
  (#set! variant "api-key")
  (#sc-secret-name? @_name "key"))

; request.setValue("4f3c…", forHTTPHeaderField: "X-Api-Key")
((call_expression
  (call_suffix
    (value_arguments
      .
      (value_argument
        value: (_) @sink)
      .
      (value_argument
        name: (value_argument_label
          (simple_identifier) @_label)
        value: (line_string_literal) @_name) .)))
  (#set! flow "keyed")
  (#set! variant "api-key")
  (#any-of? @_label "forHTTPHeaderField" "forKey")
  (#sc-secret-name? @_name "key"))

; GMSServices.provideAPIKey("AIza…"), GMSPlacesClient.provideAPIKey(…)
((call_expression
  (navigation_expression
    suffix: (navigation_suffix
      suffix: (simple_identifier) @_fn))
  (call_suffix
    (value_arguments
      .
      (value_argument
        value: (_) @sink) .)))
  (#set! flow "keyed")
  (#set! variant "api-key")
  (#match? @_fn "^(provideAPIKey|provideApiKey|setApiKey|setAPIKey|setAccessToken|setAuthToken)$"))

; ["api_key": "…"], params["token"] = "…", config.apiKey = "…"
((dictionary_literal
  key: (line_string_literal) @_name
  .
  value: (_) @sink)
  (#set! flow "keyed")
  (#not-match? @sink "^[\\[{]")
  (#set! variant "api-key")
  (#sc-secret-name? @_name "key"))

((assignment
  target: (directly_assignable_expression
    (call_expression
      (call_suffix
        (value_arguments
          (value_argument
            value: (line_string_literal) @_name)))))
  result: (_) @sink)
  (#set! flow "keyed")
  (#set! variant "api-key")
  (#sc-secret-name? @_name "key"))

((assignment
  target: (directly_assignable_expression
    [
      (simple_identifier) @_name
      (navigation_expression
        suffix: (navigation_suffix
          suffix: (simple_identifier) @_name))
    ])
  result: (_) @sink)
  (#set! flow "keyed")
  (#set! variant "api-key")
  (#sc-secret-name? @_name "key"))

; ---- URLs with a password in them --------------------------------------------------------

; URL(string: "https://admin:s3cret@api.shop.io/v1") used for a request
((line_string_literal) @finding
  (#match? @finding "://[^/\\s:@\"]*:[^/\\s@\"]+@")
  (#sc-credential-literal? @finding "userinfo")
  (#sc-used-beyond? @finding "logged compared ui unused debug"))

; ---- flow "named": sources ----------------------------------------------------------------

; static let weatherAPIKey = "4f3c2b1a9e8d7c6b5a4f3e2d1c0b9a8f"
((line_string_literal) @source
  (#set! flow "named")
  (#sc-secret-name? @source "secret" "kept-under")
  (#sc-credential-literal? @source "strict"))

((line_string_literal) @source
  (#set! flow "named")
  (#set! variant "client-key")
  (#sc-secret-name? @source "secret" "kept-under")
  (#sc-credential-literal? @source "client-key"))

; ---- flow "named": sinks ------------------------------------------------------------------

; api.forecast(city: city, key: Keys.weatherAPIKey), URL(string: "https://…?key=\(Keys.mapsKey)"):
; any call that may send it
((call_expression
  (call_suffix
    (value_arguments
      (value_argument
        value: (_) @sink)))) @_call
  (#set! flow "named")
  (#set! variant "api-key")
  (#sc-sink-call? @_call))

; ---- secret-named keys visible to other files -----------------------------------------------

; enum Keys { static let paymentsSecretKey = "sk_live_…" } read by another file: the data flow
; stays inside one file, so the declaration is reported when other files can read it
((property_declaration
  name: (pattern
    bound_identifier: (simple_identifier) @_name)
  value: (line_string_literal) @finding)
  (#set! variant "api-key")
  (#sc-secret-name? @_name)
  (#sc-credential-literal? @finding "strict")
  (#sc-used-beyond? @_name "logged compared ui unused debug host namespace"))
