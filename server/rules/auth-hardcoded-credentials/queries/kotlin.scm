; Credentials written into the code (CWE-798), Kotlin. Everything in an APK can be read
; back by anyone who installs it, so a password, token or key typed into the source is
; shared with every attacker. Which literals count as a real credential (not empty, not a
; placeholder such as "changeme" or "<your-key>", not a bare "Bearer ", not a label or key
; name such as "password" or "access_token") is decided by #sc-credential-literal?
; (core/credentials.ts). Tests are left out by the file classifier; debug-only code and
; previews by `ignoreIn` (rule.yaml).
;
; Three flows:
; - "auth": any real credential literal (@source) that reaches a place whose meaning is a
;   credential: an Authorization / API-key header value, the password of an auth API
;   (Credentials.basic, PasswordAuthentication, HttpAuthHandler.proceed, Firebase sign-in,
;   setPassword), a `password =` argument or property, a key such as "password" in a map
;   or JSON body, the "user:pass" of a Basic header being base64-encoded. Error, high.
; - "named": a literal shaped like a generated key or token, kept under a secret-like name
;   (API_KEY, authToken, secret), that reaches any call that may send it (a Retrofit
;   parameter, an SDK init, a URL being built). Variant `api-key`: warning, medium.
; - keys that vendors issue for apps (Google `AIza…`, keys under maps/analytics names) are
;   variant `client-key`: a low-confidence note to check their restrictions.
; Keys documented as public (Stripe `pk_live_…`, PostHog `phc_…`) are never reported.
; Client secrets of OAuth (auth-oauth-client-secret-in-app) and JWT signing keys
; (auth-jwt-hardcoded-secret) have their own rules and are left to them.

; ---- flow "auth": sources -----------------------------------------------------------------

; "Bearer 9f8e7d6c5b4a", "Basic YWRtaW46czNjcmV0", "s3cr3t-P4ss" (not a placeholder or label)
((string_literal) @source
  (#set! flow "auth")
  (#sc-credential-literal? @source))

; "AIzaSy…" in an X-Goog-Api-Key header: a key issued for apps, to restrict on the console
((string_literal) @source
  (#set! flow "auth")
  (#set! variant "client-key")
  (#sc-credential-literal? @source "client-key"))

; ---- sanitizers: collections -------------------------------------------------------------
; A password or key is a string. A list or map reaching a credential position carries other
; data (`val PASSWORD_HINTS = listOf("password", "pswd")`), whose strings are not the credential.
((call_expression
  (identifier) @_builder) @sanitizer
  (#set! flow "auth")
  (#sc-in-list? @_builder "collection-builder-callees"))
((call_expression
  (identifier) @_builder) @sanitizer
  (#set! flow "declared")
  (#sc-in-list? @_builder "collection-builder-callees"))
((call_expression
  (identifier) @_builder) @sanitizer
  (#set! flow "keyed")
  (#sc-in-list? @_builder "collection-builder-callees"))

; ---- flow "auth": sinks -------------------------------------------------------------------

; Request.Builder().addHeader("Authorization", "Bearer …"), conn.setRequestProperty("X-Api-Key", KEY),
; header(HttpHeaders.Authorization, token) in a ktor request, headers.append("Authorization", …),
; headers.put("Authorization", …) in Volley's getHeaders()
((call_expression
  [
    (identifier) @_fn
    (navigation_expression
      (identifier) @_fn .)
  ]
  (value_arguments
    .
    (value_argument
      (_) @_name)
    .
    (value_argument
      (_) @sink) .))
  (#set! flow "auth")
  (#any-of? @_fn "addHeader" "header" "setHeader" "setRequestProperty" "addRequestProperty" "put" "append" "set" "headers" "addHeaderLenient")
  (#sc-in-list? @_name "auth-header-names"))

((call_expression
  [
    (identifier) @_fn
    (navigation_expression
      (identifier) @_fn .)
  ]
  (value_arguments
    .
    (value_argument
      (_) @_name)
    .
    (value_argument
      (_) @sink) .))
  (#set! flow "auth")
  (#any-of? @_fn "addHeader" "header" "setHeader" "setRequestProperty" "addRequestProperty" "put" "append" "set" "headers" "addHeaderLenient")
  (#sc-value-matches? @_name "list:auth-header-names"))

; json.put("password", "…"), bundle.putString("pass", …), params.put("secret", SECRET)
((call_expression
  [
    (identifier) @_fn
    (navigation_expression
      (identifier) @_fn .)
  ]
  (value_arguments
    .
    (value_argument
      (string_literal) @_name)
    .
    (value_argument
      (_) @sink) .))
  (#set! flow "auth")
  (#match? @_fn "^(put|putString|set|add|append|addFormDataPart|addQueryParameter|add[A-Z]\\w*)$")
  (#sc-secret-name? @_name "password"))

; mapOf("Authorization" to "Basic …"), "password" to PASSWORD
((infix_expression
  (string_literal) @_name
  .
  (identifier) @_to
  .
  (_) @sink)
  (#set! flow "auth")
  (#eq? @_to "to")
  (#sc-value-matches? @_name "list:auth-header-names"))

((infix_expression
  (string_literal) @_name
  .
  (identifier) @_to
  .
  (_) @sink)
  (#set! flow "auth")
  (#eq? @_to "to")
  (#sc-secret-name? @_name "password"))

; headers["Authorization"] = "Bearer …"; body["password"] = "…"
((assignment
  left: (index_expression
    (_)
    (string_literal) @_name)
  right: (_) @sink)
  (#set! flow "auth")
  (#sc-value-matches? @_name "list:auth-header-names"))

((assignment
  left: (index_expression
    (_)
    (string_literal) @_name)
  right: (_) @sink)
  (#set! flow "auth")
  (#sc-secret-name? @_name "password"))

; Credentials.basic("admin", "s3cret") (OkHttp): the password
((call_expression
  (navigation_expression
    (identifier) @_type
    .
    (identifier) @_fn .)
  (value_arguments
    .
    (value_argument)
    .
    (value_argument
      (_) @sink)))
  (#set! flow "auth")
  (#eq? @_type "Credentials")
  (#eq? @_fn "basic"))

; PasswordAuthentication("user", "pw".toCharArray()), UsernamePasswordCredentials("u", "p"),
; BasicAuthCredentials("u", "p") (ktor), NTCredentials(user, "p", ws, domain),
; handler.proceed("user", "pw") (WebView HttpAuthHandler), auth.signInWithEmailAndPassword(mail, "pw"),
; basicAuth("user", "pw") (ktor request)
((call_expression
  [
    (identifier) @_fn
    (navigation_expression
      (identifier) @_fn .)
  ]
  (value_arguments
    .
    (value_argument)
    .
    (value_argument
      [
        (call_expression
          (navigation_expression
            (_) @sink
            .
            (identifier) @_conv .))
        (_) @sink
      ])))
  (#set! flow "auth")
  (#any-of? @_fn "PasswordAuthentication" "UsernamePasswordCredentials" "BasicAuthCredentials" "DigestAuthCredentials" "NTCredentials" "proceed" "signInWithEmailAndPassword" "createUserWithEmailAndPassword" "basicAuth" "BasicAuthProvider" "PasswordCredential"))

; webView.setHttpAuthUsernamePassword(host, realm, "user", "pw"): the fourth argument
((call_expression
  (navigation_expression
    (identifier) @_fn .)
  (value_arguments
    .
    (value_argument)
    .
    (value_argument)
    .
    (value_argument)
    .
    (value_argument
      (_) @sink)))
  (#set! flow "auth")
  (#eq? @_fn "setHttpAuthUsernamePassword"))

; options.setPassword("pw".toCharArray()) (MQTT), bearerAuth("eyJ…") (ktor), BearerTokens("access", "refresh")
((call_expression
  [
    (identifier) @_fn
    (navigation_expression
      (identifier) @_fn .)
  ]
  (value_arguments
    .
    (value_argument
      [
        (call_expression
          (navigation_expression
            (_) @sink
            .
            (identifier) @_conv .))
        (_) @sink
      ])))
  (#set! flow "auth")
  (#any-of? @_fn "setPassword" "bearerAuth" "BearerTokens" "setBearerToken" "setApiKey" "setAuthToken" "setAccessToken"))

; LoginRequest(email = mail, password = "…"), BasicAuthCredentials(username = "u", password = "p"),
; @ReportsCrashes(formUriBasicAuthPassword = "…") (ACRA): a named argument for a password
((value_argument
  (identifier) @_name
  .
  [
    (call_expression
      (navigation_expression
        (_) @sink
        .
        (identifier) @_conv .))
    (_) @sink
  ])
  (#set! flow "auth")
  (#sc-secret-name? @_name "password"))

; ---- flow "declared": a password kept under a password name ----------------------------
; Only the name says "password" here, and such names also hold preference keys, bucket names
; and well-known debug defaults (keyPassword = "android"), so the literal must not be a
; plain word or identifier (#sc-credential-literal? "password").

((string_literal) @source
  (#set! flow "declared")
  (#sc-credential-literal? @source "password"))

; options.password = "pw".toCharArray(); config.secret = "…"; apply { password = "…" }
((assignment
  left: [
    (identifier) @_name
    (navigation_expression
      (identifier) @_name .)
  ]
  right: [
    (call_expression
      (navigation_expression
        (_) @sink
        .
        (identifier) @_conv .))
    (_) @sink
  ])
  (#set! flow "declared")
  (#sc-secret-name? @_name "password"))

; private val password = "…"; const val ADMIN_PASSWORD = "…"; class Db(val password: String = "…")
((property_declaration
  (variable_declaration
    (identifier) @_name)
  [
    (call_expression
      (navigation_expression
        (_) @sink
        .
        (identifier) @_conv .))
    (_) @sink
  ])
  (#set! flow "declared")
  (#sc-secret-name? @_name "password")
  (#sc-value-used? @sink))

((class_parameter
  (identifier) @_name
  (_) @sink .)
  (#set! flow "declared")
  (#sc-secret-name? @_name "password"))

; Base64.encodeToString("admin:s3cret".toByteArray(), NO_WRAP); Base64.getEncoder().encodeToString("$user:$PASS".toByteArray())
; a "user:password" pair encoded for a Basic Authorization header
((call_expression
  (navigation_expression
    (identifier) @_fn .)
  (value_arguments
    .
    (value_argument
      (call_expression
        (navigation_expression
          (_) @sink
          .
          (identifier) @_conv .)))))
  (#set! flow "auth")
  (#any-of? @_fn "encodeToString" "encode" "encodeBase64String" "encodeBase64")
  (#any-of? @_conv "toByteArray" "getBytes" "encodeToByteArray")
  (#sc-value-matches? @sink "^[^\\s/@:]*:[^\\s/@…]{4,}$"))

; ---- URLs with a password in them --------------------------------------------------------

; "https://admin:s3cret@api.shop.io/v1", "mqtt://device:p4ss@broker.shop.io" used for a request
((string_literal) @finding
  (#match? @finding "://[^/\\s:@\"]*:[^/\\s@\"]+@")
  (#sc-credential-literal? @finding "userinfo")
  (#sc-used-beyond? @finding "logged compared ui unused debug"))

; fun report(@Header("Authorization") auth: String = "Bearer 9f8e…"): Call<Report> — a Retrofit
; header parameter whose default is a credential
((function_value_parameters
  (parameter_modifiers
    (annotation
      (constructor_invocation
        (user_type
          (identifier) @_annotation)
        (value_arguments
          (value_argument
            (string_literal) @_name)))))
  .
  (parameter)
  .
  (_) @sink)
  (#set! flow "auth")
  (#eq? @_annotation "Header")
  (#sc-value-matches? @_name "list:auth-header-names"))

; ---- Retrofit header annotations ------------------------------------------------------------

; @Headers("Authorization: Bearer 9f8e…", "Accept: application/json"), @Headers("X-Api-Key: …")
((annotation
  (constructor_invocation
    (user_type
      (identifier) @_annotation)
    (value_arguments
      (value_argument
        (string_literal) @finding))))
  (#eq? @_annotation "Headers")
  (#match? @finding "^\"\\s*(([Pp]roxy-)?[Aa]uthorization|[Xx]-[Aa]uth-[Tt]oken|[Pp]rivate-[Tt]oken)\\s*:")
  (#sc-credential-literal? @finding))

; @Headers("X-Api-Key: 4f3c…"): an API key (variant api-key)
((annotation
  (constructor_invocation
    (user_type
      (identifier) @_annotation)
    (value_arguments
      (value_argument
        (string_literal) @finding))))
  (#set! variant "api-key")
  (#eq? @_annotation "Headers")
  (#match? @finding "^\"\\s*[\\w-]*([Aa]pi-?[Kk]ey|API-?KEY|[Tt]oken|TOKEN)\\s*:")
  (#sc-credential-literal? @finding "strict"))

; ---- flow "keyed": a key or token under a secret key, label or property -------------------
; Sdk.init(context, apiKey = "…"), mapOf("api_key" to "…"), config.authToken = "…": the key
; names the value an API key or token (not a password: those are flow "auth"); the literal
; must be shaped like a generated key. Variant `api-key`.

((string_literal) @source
  (#set! flow "keyed")
  (#sc-credential-literal? @source "strict"))

((string_literal) @source
  (#set! flow "keyed")
  (#set! variant "client-key")
  (#sc-credential-literal? @source "client-key"))

; Analytics.setup(context, apiKey = "…"), WeatherClient(token = "…")
((value_argument
  (identifier) @_name
  .
  (_) @sink)
  (#set! flow "keyed")
  (#set! variant "api-key")
  (#sc-secret-name? @_name "key"))

; mapOf("api_key" to "…"), "X-Token" to TOKEN
((infix_expression
  (string_literal) @_name
  .
  (identifier) @_to
  .
  (_) @sink)
  (#set! flow "keyed")
  (#set! variant "api-key")
  (#eq? @_to "to")
  (#sc-secret-name? @_name "key"))

; url.newBuilder().addQueryParameter("api_key", "…"), json.put("access_token", "…")
((call_expression
  [
    (identifier) @_fn
    (navigation_expression
      (identifier) @_fn .)
  ]
  (value_arguments
    .
    (value_argument
      (string_literal) @_name)
    .
    (value_argument
      (_) @sink) .))
  (#set! flow "keyed")
  (#set! variant "api-key")
  (#match? @_fn "^(put|putString|set|add|append|header|setHeader|setRequestProperty|addFormDataPart|addQueryParameter|addEncodedQueryParameter|appendQueryParameter|add[A-Z]\\w*)$")
  (#sc-secret-name? @_name "key"))

; params["api_key"] = "…"; config.apiKey = "…"; apply { accessToken = "…" }
((assignment
  left: (index_expression
    (_)
    (string_literal) @_name)
  right: (_) @sink)
  (#set! flow "keyed")
  (#set! variant "api-key")
  (#sc-secret-name? @_name "key"))

((assignment
  left: [
    (identifier) @_name
    (navigation_expression
      (identifier) @_name .)
  ]
  right: (_) @sink)
  (#set! flow "keyed")
  (#set! variant "api-key")
  (#sc-secret-name? @_name "key"))

; ---- flow "named": sources ----------------------------------------------------------------

; const val WEATHER_API_KEY = "4f3c2b1a9e8d7c6b5a4f3e2d1c0b9a8f"; private val authToken = "…"
((string_literal) @source
  (#set! flow "named")
  (#sc-secret-name? @source "secret" "kept-under")
  (#sc-credential-literal? @source "strict"))

; const val MAPS_API_KEY = "AIzaSy…": a key issued for apps
((string_literal) @source
  (#set! flow "named")
  (#set! variant "client-key")
  (#sc-secret-name? @source "secret" "kept-under")
  (#sc-credential-literal? @source "client-key"))

; ---- flow "named": sinks ------------------------------------------------------------------

; api.forecast(city, WEATHER_API_KEY), Sdk.init(context, apiKey = KEY), URL("https://…?key=$API_KEY"),
; OkHttp's url("…").addQueryParameter("appid", KEY): any call that may send it
((call_expression
  (value_arguments
    (value_argument
      (_) @sink))) @_call
  (#set! flow "named")
  (#set! variant "api-key")
  (#sc-sink-call? @_call))

; "https://api.weather.io/v1?key=$API_KEY".toHttpUrl(): the receiver of a conversion or request extension
((call_expression
  (navigation_expression
    (_) @sink
    .
    (identifier) @_method .)) @_call
  (#set! flow "named")
  (#set! variant "api-key")
  (#sc-in-list? @_method "url-conversion-members")
  (#sc-sink-call? @_call))

; ---- secret-named keys visible to other files -----------------------------------------------

; object Keys { const val PAYMENTS_SECRET_KEY = "sk_live_…" } read by another file: the data
; flow stays inside one file, so the declaration is reported when other files can read it
((property_declaration
  (variable_declaration
    (identifier) @_name)
  (string_literal) @finding)
  (#set! variant "api-key")
  (#sc-secret-name? @_name)
  (#sc-credential-literal? @finding "strict")
  (#sc-used-beyond? @_name "logged compared ui unused debug host namespace"))
