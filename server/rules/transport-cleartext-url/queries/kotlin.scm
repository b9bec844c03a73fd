; Cleartext http:// and ws:// URLs to remote hosts (CWE-319). Which strings count as a
; remote cleartext URL (loopback, emulator, namespace and placeholder hosts, wildcard
; patterns and prose excluded) is decided once for all languages by #sc-cleartext-url?
; (core/cleartext.ts); which calls cannot send (logging, string comparison, assertions,
; localisation, collection builders, a URL parsed only to read its host) by #sc-may-send?.
; String templates ("http://$host/api", "http://${cfg.host}") are one string_literal.
;
; Real code splits the URL from the call that sends it, so most of this query is a flow
; (docs/adding-a-rule.md, "Flows"): every cleartext literal is a @source, every argument of
; a call that may send and the receiver of a URL conversion are @sinks, and the engine
; connects them through constants (companion objects, `object`s), properties, locals,
; parameters and their defaults, helper returns, concatenation, templates, if/when and
; String.format. The finding sits at the sink; the fix rewrites the literal. URLs kept under
; URL-like names are also reported where they are declared, unless every use in the file is
; harmless (logged, compared, parsed for its host, shown, debug-only). Compose @Preview code
; and debug-only branches are left out by `ignoreIn` (rule.yaml).

; ---- sources -----------------------------------------------------------------------------

; const val BASE_URL = "http://api.shopfront.io"; "http://$host/api"; "http://" + host
; (not a scheme only put in front of an address that lacks one:
; if (!url.contains("://")) url = "http://$url"; nor a value kept under a namespace or proxy
; name: NAMESPACE = "http://ws.shopfront.io/", proxyUrl = "http://$proxyHost:$port")
([(string_literal) (multiline_string_literal)] @source
  (#sc-cleartext-url? @source)
  (#sc-not-default-scheme? @source)
  (#sc-not-kept-under? @source "not-url-names"))

; val scheme = if (secure) "https://" else "http://"; URL(scheme + host): a bare scheme
; becomes a URL once a host is appended on the way to the sink
((string_literal) @source
  (#sc-scheme-prefix? @source)
  (#sc-not-default-scheme? @source)
  (#sc-not-kept-under? @source "not-url-names"))

; ---- sinks -------------------------------------------------------------------------------

; Links only opened in the user's browser app (variant `external-browser`, a note): an
; ACTION_VIEW intent (also `setData` / `data =` on one) or Compose uriHandler.openUri. The
; app sends nothing over them itself; the page still loads unencrypted.
; #sc-opened-in-external-browser? follows the argument through URL wrappers (Uri.parse,
; toUri, concatenation, templates) to the API. Written first: a sink the general patterns
; below also match plays this part. In-app browsers (Custom Tabs, WebView) stay warnings.
; startActivity(Intent(Intent.ACTION_VIEW, HELP_URL.toUri())); uriHandler.openUri(PRIVACY_URL)
((call_expression
  (value_arguments
    (value_argument
      (_) @sink .))) @_call
  (#not-match? @sink "^\"(http|ws)://\"$")
  (#sc-sink-call? @_call)
  (#sc-opened-in-external-browser? @sink)
  (#set! variant "external-browser"))

((call_expression
  (navigation_expression
    (_) @sink
    .
    (identifier) @_method .)) @_call
  (#sc-in-list? @_method "url-conversion-members")
  (#not-match? @sink "^\"(http|ws)://\"$")
  (#sc-sink-call? @_call)
  (#sc-opened-in-external-browser? @sink)
  (#set! variant "external-browser"))

; URL(BASE_URL + "/v1"), Request.Builder().url(endpoint), Retrofit.Builder().baseUrl(apiBase()),
; webView.loadUrl("http://$host/faq"), client.get(statusUrl) (ktor), ApiConfig(baseUrl = url)
; (a bare scheme handed over alone is a prefix being matched, not a URL)
((call_expression
  (value_arguments
    (value_argument
      (_) @sink .))) @_call
  (#not-match? @sink "^\"(http|ws)://\"$")
  (#sc-sink-call? @_call))

; MEDIA_BASE.toHttpUrl(), "http://$host/help".toUri(), API_URL.httpGet() (Fuel): the URL is
; the receiver of a conversion or request extension
((call_expression
  (navigation_expression
    (_) @sink
    .
    (identifier) @_method .)) @_call
  (#sc-in-list? @_method "url-conversion-members")
  (#not-match? @sink "^\"(http|ws)://\"$")
  (#sc-sink-call? @_call))

; ---- URLs kept under URL-like names ------------------------------------------------------

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
  (#sc-cleartext-url? @finding))

; const val BASE_URL = "http://…"; private val socketUrl: String = "ws://…";
; val endpoint = System.getenv("API") ?: "http://…"; val apiUrl = "http://" + host + "/v1"
((property_declaration
  (variable_declaration
    (identifier) @_name)
  [
    (string_literal) @finding
    (multiline_string_literal) @finding
    (binary_expression
      operator: "?:"
      right: (string_literal) @finding)
    (binary_expression
      left: (string_literal) @finding)
    (binary_expression
      left: (binary_expression
        left: (string_literal) @finding))
  ])
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding)
  (#sc-not-default-scheme? @finding)
  (#sc-used-beyond? @_name "logged compared host ui namespace debug unused"))

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
  (#sc-not-default-scheme? @finding)
  (#sc-used-beyond? @_name "logged compared host ui namespace debug unused"))

; val mirrorUrls = listOf("http://eu.shopfront.io", "http://us.shopfront.io")
((property_declaration
  (variable_declaration
    (identifier) @_name)
  (call_expression
    (identifier) @_builder
    (value_arguments
      (value_argument
        (string_literal) @finding))))
  (#sc-in-list? @_builder "collection-builder-callees")
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding)
  (#sc-used-beyond? @_name "logged compared host ui namespace debug unused"))

; val baseUrl: String get() = "http://…"
((property_declaration
  (variable_declaration
    (identifier) @_name)
  (getter
    (function_body
      (string_literal) @finding)))
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding)
  (#sc-used-beyond? @_name "logged compared host ui namespace debug unused"))

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
  (#sc-not-default-scheme? @finding)
  (#sc-used-beyond? @_name "logged compared host ui namespace debug unused"))

; class ApiClient(private val baseUrl: String = "http://…"); fun connect(url: String = "ws://…")
((class_parameter
  (identifier) @_name
  (string_literal) @finding)
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding)
  (#sc-used-beyond? @_name "logged compared host ui namespace debug unused"))

((function_value_parameters
  (parameter
    (identifier) @_name)
  .
  (string_literal) @finding)
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding)
  (#sc-used-beyond? @_name "logged compared host ui namespace debug unused"))

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
  (#sc-not-default-scheme? @finding)
  (#sc-used-beyond? @_name "logged compared host ui namespace debug unused"))

; mapOf("base_url" to "http://…"), "endpoint" to "ws://…"
((infix_expression
  (string_literal) @_name
  .
  (identifier) @_to
  .
  (string_literal) @finding)
  (#eq? @_to "to")
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding))
