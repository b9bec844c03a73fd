; Cleartext http:// and ws:// URLs to remote hosts (CWE-319). Which strings count as a
; remote cleartext URL (loopback, emulator, namespace and placeholder hosts excluded, prose
; with spaces excluded) is decided once for all languages by #sc-cleartext-url?
; (core/cleartext.ts); which calls cannot send (logging, string comparison, assertions,
; localisation) by #sc-may-send?. @finding is always the literal, which the fix rewrites.
; String templates ("http://$host/api", "http://${cfg.host}") are one string_literal.
; Sample data inside Compose @Preview / multipreview (@…Preview…) functions is never sent.

; Links only opened in the user's browser app (variant `external-browser`, a note): an
; ACTION_VIEW intent (also `setData` / `data =` on one) or Compose uriHandler.openUri. The
; app sends nothing over them itself; the page still loads unencrypted.
; #sc-opened-in-external-browser? follows the literal through URL wrappers (Uri.parse,
; toUri, concatenation, templates) to the API. Written first: when a general pattern below
; reports the same literal, this one wins. In-app browsers (Custom Tabs, WebView) stay warnings.
; startActivity(Intent(Intent.ACTION_VIEW, "http://shop.io/help".toUri())); uriHandler.openUri("http://…")
([(string_literal) (multiline_string_literal)] @finding
  (#sc-cleartext-url? @finding)
  (#sc-not-inside-annotated? @finding "Preview")
  (#sc-opened-in-external-browser? @finding)
  (#set! variant "external-browser"))

; URL("http://api.shopfront.io/v2"), Request.Builder().url("http://$host/api"),
; Retrofit.Builder().baseUrl("http://…"), webView.loadUrl("http://…"), Uri.parse("http://…"),
; client.get("http://…") (ktor), ApiConfig(baseUrl = "http://…")
((call_expression
  (value_arguments
    (value_argument
      [(string_literal) (multiline_string_literal)] @finding))) @_call
  (#sc-cleartext-url? @finding)
  (#sc-not-inside-annotated? @finding "Preview")
  (#sc-may-send? @_call))

; URL("http://" + host + "/v1"): the literal starts a concatenation passed to a call
; (`+` nests to the left, so the literal sits one to three levels down)
((call_expression
  (value_arguments
    (value_argument
      [
        (binary_expression
          left: [(string_literal) (multiline_string_literal)] @finding)
        (binary_expression
          left: (binary_expression
            left: [(string_literal) (multiline_string_literal)] @finding))
        (binary_expression
          left: (binary_expression
            left: (binary_expression
              left: [(string_literal) (multiline_string_literal)] @finding)))
      ]))) @_call
  (#sc-cleartext-url? @finding)
  (#sc-not-inside-annotated? @finding "Preview")
  (#sc-may-send? @_call))

; "http://api.shopfront.io/".toHttpUrl(), "http://$host/help".toUri() — Kotlin conversion
; extensions take the URL as their receiver
((call_expression
  (navigation_expression
    [(string_literal) (multiline_string_literal)] @finding
    .
    (identifier) @_method .))
  (#match? @_method "^(toHttpUrl|toHttpUrlOrNull|toUri|toURI|toURL|toUrl)$")
  (#sc-cleartext-url? @finding)
  (#sc-not-inside-annotated? @finding "Preview"))

; @GET("http://legacy.shopfront.io/v1/orders") — Retrofit accepts absolute URLs in its
; method annotations
((annotation
  (constructor_invocation
    (user_type
      (identifier) @_annotation)
    (value_arguments
      (value_argument
        (string_literal) @finding))))
  (#any-of? @_annotation "GET" "POST" "PUT" "PATCH" "DELETE" "HEAD" "OPTIONS" "HTTP" "Url")
  (#sc-cleartext-url? @finding)
  (#sc-not-inside-annotated? @finding "Preview"))

; const val BASE_URL = "http://…"; private val socketUrl: String = "ws://…";
; val endpoint = System.getenv("API") ?: "http://…"
((property_declaration
  (variable_declaration
    (identifier) @_name)
  [
    (string_literal) @finding
    (multiline_string_literal) @finding
    (binary_expression
      operator: "?:"
      right: (string_literal) @finding)
  ])
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding)
  (#sc-not-inside-annotated? @finding "Preview"))

; val apiUrl = "http://" + host + "/v1"
((property_declaration
  (variable_declaration
    (identifier) @_name)
  [
    (binary_expression
      left: (string_literal) @finding)
    (binary_expression
      left: (binary_expression
        left: (string_literal) @finding))
  ])
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding)
  (#sc-not-inside-annotated? @finding "Preview"))

; val baseUrl = if (BuildConfig.DEBUG) "http://staging.shopfront.io" else "https://…"
; val baseUrl = when (flavor) { Flavor.QA -> "http://qa.shopfront.io" else -> "https://…" }
; val statusUrl = if (forceHttps) "https://" + host + STATUS else "http://" + host + STATUS (cleartext fallback)
((property_declaration
  (variable_declaration
    (identifier) @_name)
  [
    (if_expression
      [
        (string_literal) @finding
        (binary_expression left: (string_literal) @finding)
        (binary_expression left: (binary_expression left: (string_literal) @finding))
        (block (string_literal) @finding .)
        (block (binary_expression left: (string_literal) @finding) .)
        (block (binary_expression left: (binary_expression left: (string_literal) @finding)) .)
      ])
    (when_expression
      (when_entry
        [
          (string_literal) @finding
          (binary_expression left: (string_literal) @finding)
        ]))
  ])
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding)
  (#sc-not-inside-annotated? @finding "Preview"))

; val baseUrl: String get() = "http://…"
((property_declaration
  (variable_declaration
    (identifier) @_name)
  (getter
    (function_body
      (string_literal) @finding)))
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding)
  (#sc-not-inside-annotated? @finding "Preview"))

; endpoint = "http://…"; config.baseUrl = "http://…"; apply { serverUrl = "ws://…" }
; baseUrl = if (forceHttps) "https://$host" else "http://$host"
((assignment
  left: [
    (identifier) @_name
    (navigation_expression
      (identifier) @_name .)
  ]
  right: [
    (string_literal) @finding
    (multiline_string_literal) @finding
    (binary_expression
      left: (string_literal) @finding)
    (if_expression
      [
        (string_literal) @finding
        (binary_expression left: (string_literal) @finding)
        (block (string_literal) @finding .)
        (block (binary_expression left: (string_literal) @finding) .)
      ])
  ])
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding)
  (#sc-not-inside-annotated? @finding "Preview"))

; class ApiClient(private val baseUrl: String = "http://…"); fun connect(url: String = "ws://…")
((class_parameter
  (identifier) @_name
  (string_literal) @finding)
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding)
  (#sc-not-inside-annotated? @finding "Preview"))

((function_value_parameters
  (parameter
    (identifier) @_name)
  .
  (string_literal) @finding)
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding)
  (#sc-not-inside-annotated? @finding "Preview"))

; fun baseUrl() = "http://…"; override fun endpoint(): String { return "http://…" }
((function_declaration
  name: (identifier) @_name
  (function_body
    [
      (string_literal) @finding
      (block
        (return_expression
          (string_literal) @finding))
    ]))
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding)
  (#sc-not-inside-annotated? @finding "Preview"))

; mapOf("base_url" to "http://…"), "endpoint" to "ws://…"
((infix_expression
  (string_literal) @_name
  .
  (identifier) @_to
  .
  (string_literal) @finding)
  (#eq? @_to "to")
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding)
  (#sc-not-inside-annotated? @finding "Preview"))
