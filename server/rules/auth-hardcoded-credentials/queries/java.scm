; Credentials written into the code (CWE-798), Java. Everything in an APK can be read back
; by anyone who installs it, so a password, token or key typed into the source is shared
; with every attacker. Which literals count as a real credential (not empty, not a
; placeholder such as "changeme" or "<your-key>", not a bare "Bearer ", not a label or key
; name such as "password" or "access_token") is decided by #sc-credential-literal?
; (core/credentials.ts); which names hold a secret (not PASSWORD_HINT, TOKEN_KEY,
; KEY_PASSWORD) by #sc-secret-name?. Tests are left out by the file classifier; debug-only
; code by `ignoreIn` (rule.yaml). The flows are those of the Kotlin query:
; - "auth": a real credential literal reaching a credential position (auth header value,
;   password of an auth API, a "password" key or argument); error, high;
; - "declared": a literal kept under a password name (not a plain word: `keyPassword =
;   "android"` is the well-known debug default);
; - "named": a literal shaped like a generated key kept under a secret-like name, reaching
;   any call that may send it; variant `api-key` (warning, medium);
; - vendor app keys (Google `AIza…`, maps/analytics names): variant `client-key` (note, low).
; OAuth client secrets and JWT signing keys are left to their own rules.

; ---- flow "auth": sources -----------------------------------------------------------------

; "Bearer 9f8e7d6c5b4a", "Basic YWRtaW46czNjcmV0", "s3cr3t-P4ss"
((string_literal) @source
  (#set! flow "auth")
  (#sc-credential-literal? @source))

; "AIzaSy…": a key issued for apps, to restrict on the vendor's console
((string_literal) @source
  (#set! flow "auth")
  (#set! variant "client-key")
  (#sc-credential-literal? @source "client-key"))

; ---- flow "auth": sinks -------------------------------------------------------------------

; builder.addHeader("Authorization", "Bearer …"), conn.setRequestProperty("X-Api-Key", KEY),
; headers.put("Authorization", "Basic " + CREDS) in Volley's getHeaders(),
; request.setHeader(HttpHeaders.AUTHORIZATION, TOKEN)
((method_invocation
  name: (identifier) @_fn
  arguments: (argument_list
    .
    (_) @_name
    .
    (_) @sink .))
  (#set! flow "auth")
  (#any-of? @_fn "addHeader" "header" "setHeader" "setRequestProperty" "addRequestProperty" "put" "set" "add" "append")
  (#sc-in-list? @_name "auth-header-names"))

((method_invocation
  name: (identifier) @_fn
  arguments: (argument_list
    .
    (_) @_name
    .
    (_) @sink .))
  (#set! flow "auth")
  (#any-of? @_fn "addHeader" "header" "setHeader" "setRequestProperty" "addRequestProperty" "put" "set" "add" "append")
  (#sc-value-matches? @_name "list:auth-header-names"))

; new BasicHeader("Authorization", "Basic …") (Apache HttpClient)
((object_creation_expression
  type: (_) @_type
  arguments: (argument_list
    .
    (_) @_name
    .
    (_) @sink .))
  (#set! flow "auth")
  (#match? @_type "(^|\\.)(BasicHeader|Header)$")
  (#sc-value-matches? @_name "list:auth-header-names"))

; json.put("password", "…"), params.put("pass", PASS), builder.add("password", "…") (OkHttp FormBody)
((method_invocation
  name: (identifier) @_fn
  arguments: (argument_list
    .
    (string_literal) @_name
    .
    [
      (method_invocation
        object: (_) @sink
        name: (identifier) @_conv)
      (_) @sink
    ] .))
  (#set! flow "auth")
  (#match? @_fn "^(put|putString|set|add|append|addFormDataPart|addQueryParameter|addEncoded|putExtra)$")
  (#sc-secret-name? @_name "password"))

; Credentials.basic("admin", "s3cret") (OkHttp): the password
((method_invocation
  object: (identifier) @_type
  name: (identifier) @_fn
  arguments: (argument_list
    .
    (_)
    .
    (_) @sink))
  (#set! flow "auth")
  (#eq? @_type "Credentials")
  (#eq? @_fn "basic"))

; new PasswordAuthentication("user", "pw".toCharArray()), new UsernamePasswordCredentials("u", "p"),
; new NTCredentials(user, "p", ws, domain)
((object_creation_expression
  type: (_) @_type
  arguments: (argument_list
    .
    (_)
    .
    [
      (method_invocation
        object: (_) @sink
        name: (identifier) @_conv)
      (_) @sink
    ]))
  (#set! flow "auth")
  (#match? @_type "(^|\\.)(PasswordAuthentication|UsernamePasswordCredentials|NTCredentials|PasswordCredential)$"))

; handler.proceed("user", "pw") (WebView HttpAuthHandler), mAuth.signInWithEmailAndPassword(mail, "pw"),
; DriverManager.getConnection(url, "user", "pw") is the third argument (below)
((method_invocation
  name: (identifier) @_fn
  arguments: (argument_list
    .
    (_)
    .
    [
      (method_invocation
        object: (_) @sink
        name: (identifier) @_conv)
      (_) @sink
    ] .))
  (#set! flow "auth")
  (#any-of? @_fn "proceed" "signInWithEmailAndPassword" "createUserWithEmailAndPassword" "setCredentials" "basicAuth"))

; webView.setHttpAuthUsernamePassword(host, realm, "user", "pw"); DriverManager.getConnection(url, "sa", "pw")
((method_invocation
  name: (identifier) @_fn
  arguments: (argument_list
    (_)
    .
    (_)
    .
    (_) @sink .))
  (#set! flow "auth")
  (#any-of? @_fn "setHttpAuthUsernamePassword" "getConnection"))

; options.setPassword("pw".toCharArray()) (MQTT), client.setApiKey("…"), builder.setBearerToken("…")
((method_invocation
  name: (identifier) @_fn
  arguments: (argument_list
    .
    [
      (method_invocation
        object: (_) @sink
        name: (identifier) @_conv)
      (_) @sink
    ] .))
  (#set! flow "auth")
  (#any-of? @_fn "setPassword" "setApiKey" "setAuthToken" "setAccessToken" "setBearerToken" "setSecret"))

; @ReportsCrashes(formUriBasicAuthPassword = "…") (ACRA) and other annotation elements naming a password
((element_value_pair
  key: (identifier) @_name
  value: (_) @sink)
  (#set! flow "auth")
  (#sc-secret-name? @_name "password"))

; Base64.encodeToString("admin:s3cret".getBytes(), Base64.NO_WRAP);
; Base64.getEncoder().encodeToString((USER + ":" + PASS).getBytes(UTF_8)): a "user:password"
; pair encoded for a Basic Authorization header
((method_invocation
  name: (identifier) @_fn
  arguments: (argument_list
    .
    (method_invocation
      object: (_) @sink
      name: (identifier) @_conv)))
  (#set! flow "auth")
  (#any-of? @_fn "encodeToString" "encode" "encodeBase64String" "encodeBase64" "printBase64Binary")
  (#any-of? @_conv "getBytes" "toByteArray")
  (#sc-value-matches? @sink "^[^\\s/@:]*:[^\\s/@…]{4,}$"))

; ---- flow "declared": a password kept under a password name ----------------------------
; Only the name says "password"; the literal must not be a plain word or identifier.

((string_literal) @source
  (#set! flow "declared")
  (#sc-credential-literal? @source "password"))

; private static final String ADMIN_PASSWORD = "…"; String password = "…"; char[] pw = "…".toCharArray()
((variable_declarator
  name: (identifier) @_name
  value: [
    (method_invocation
      object: (_) @sink
      name: (identifier) @_conv)
    (_) @sink
  ])
  (#set! flow "declared")
  (#sc-secret-name? @_name "password")
  (#sc-value-used? @sink))

; this.password = "…"; config.secret = "…"
((assignment_expression
  left: [
    (identifier) @_name
    (field_access
      field: (identifier) @_name)
  ]
  right: [
    (method_invocation
      object: (_) @sink
      name: (identifier) @_conv)
    (_) @sink
  ])
  (#set! flow "declared")
  (#sc-secret-name? @_name "password"))

; ---- URLs with a password in them --------------------------------------------------------

; new URL("https://admin:s3cret@api.shop.io/v1"), "mqtt://device:p4ss@broker.shop.io" used for a connection
((string_literal) @finding
  (#match? @finding "://[^/\\s:@\"]*:[^/\\s@\"]+@")
  (#sc-credential-literal? @finding "userinfo")
  (#sc-used-beyond? @finding "logged compared ui unused debug"))

; ---- Retrofit header annotations ------------------------------------------------------------

; @Headers("Authorization: Bearer 9f8e…"), @Headers({"X-Api-Key: …", "Accept: application/json"})
((annotation
  name: (identifier) @_annotation
  arguments: (annotation_argument_list
    [
      (string_literal) @finding
      (element_value_array_initializer
        (string_literal) @finding)
    ]))
  (#eq? @_annotation "Headers")
  (#match? @finding "^\"\\s*(([Pp]roxy-)?[Aa]uthorization|[Xx]-[Aa]uth-[Tt]oken|[Pp]rivate-[Tt]oken)\\s*:")
  (#sc-credential-literal? @finding))

; @Headers("X-Api-Key: 4f3c…"): an API key (variant api-key)
((annotation
  name: (identifier) @_annotation
  arguments: (annotation_argument_list
    [
      (string_literal) @finding
      (element_value_array_initializer
        (string_literal) @finding)
    ]))
  (#set! variant "api-key")
  (#eq? @_annotation "Headers")
  (#match? @finding "^\"\\s*[\\w-]*([Aa]pi-?[Kk]ey|API-?KEY|[Tt]oken|TOKEN)\\s*:")
  (#sc-credential-literal? @finding "strict"))

; ---- flow "keyed": a key or token under a secret key or field --------------------------
; url.newBuilder().addQueryParameter("api_key", "…"), json.put("access_token", "…"),
; config.apiKey = "…": the key names the value an API key or token (not a password: those
; are flow "auth"); the literal must be shaped like a generated key. Variant `api-key`.

((string_literal) @source
  (#set! flow "keyed")
  (#sc-credential-literal? @source "strict"))

((string_literal) @source
  (#set! flow "keyed")
  (#set! variant "client-key")
  (#sc-credential-literal? @source "client-key"))

((method_invocation
  name: (identifier) @_fn
  arguments: (argument_list
    .
    (string_literal) @_name
    .
    (_) @sink .))
  (#set! flow "keyed")
  (#set! variant "api-key")
  (#match? @_fn "^(put|putString|set|add|append|addHeader|header|setHeader|setRequestProperty|addRequestProperty|addFormDataPart|addQueryParameter|addEncodedQueryParameter|appendQueryParameter|addEncoded|putExtra)$")
  (#sc-secret-name? @_name "key"))

((assignment_expression
  left: [
    (identifier) @_name
    (field_access
      field: (identifier) @_name)
  ]
  right: (_) @sink)
  (#set! flow "keyed")
  (#set! variant "api-key")
  (#sc-secret-name? @_name "key"))

; @Config(apiKey = "…") and other annotation elements naming a key or token
((element_value_pair
  key: (identifier) @_name
  value: (_) @sink)
  (#set! flow "keyed")
  (#set! variant "api-key")
  (#sc-secret-name? @_name "key"))

; ---- flow "named": sources ----------------------------------------------------------------

; static final String WEATHER_API_KEY = "4f3c2b1a9e8d7c6b5a4f3e2d1c0b9a8f"
((string_literal) @source
  (#set! flow "named")
  (#sc-secret-name? @source "secret" "kept-under")
  (#sc-credential-literal? @source "strict"))

; static final String MAPS_API_KEY = "AIzaSy…": a key issued for apps
((string_literal) @source
  (#set! flow "named")
  (#set! variant "client-key")
  (#sc-secret-name? @source "secret" "kept-under")
  (#sc-credential-literal? @source "client-key"))

; ---- flow "named": sinks ------------------------------------------------------------------

; api.forecast(city, WEATHER_API_KEY), Sdk.init(context, KEY), new URL(BASE + "?key=" + API_KEY):
; any call that may send it
((method_invocation
  arguments: (argument_list
    (_) @sink)) @_call
  (#set! flow "named")
  (#set! variant "api-key")
  (#sc-sink-call? @_call))

((object_creation_expression
  arguments: (argument_list
    (_) @sink)) @_call
  (#set! flow "named")
  (#set! variant "api-key")
  (#sc-sink-call? @_call))

; ---- secret-named keys visible to other files -----------------------------------------------

; public static final String PAYMENTS_SECRET_KEY = "sk_live_…" read by another file: the data
; flow stays inside one file, so the declaration is reported when other files can read it
((variable_declarator
  name: (identifier) @_name
  value: (string_literal) @finding)
  (#set! variant "api-key")
  (#sc-secret-name? @_name)
  (#sc-credential-literal? @finding "strict")
  (#sc-used-beyond? @_name "logged compared ui unused debug host namespace"))
