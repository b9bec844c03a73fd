; Cleartext http:// and ws:// URLs to remote hosts (CWE-319). Which strings count as a
; remote cleartext URL (loopback, emulator, namespace and placeholder hosts and wildcard
; patterns excluded) is decided once for all languages by #sc-cleartext-url?
; (core/cleartext.ts); whether a call may send its argument (not logging, string comparison
; or editing, collection building, a URL parsed only to read its host) by #sc-may-send?.
;
; Real code splits the URL from the call that sends it, so most of this query is a flow
; (docs/adding-a-rule.md, "Flows"): every cleartext literal is a @source, every argument of
; a call that may send is a @sink, and the engine connects them through constants, fields
; (also of other classes in the file), locals, parameters, helper returns, concatenation,
; ternaries and String.format. The finding sits at the sink; the fix rewrites the literal.
; URLs kept under URL-like names are also reported where they are declared, unless every
; use in the file is harmless (logged, compared, parsed for its host, shown, debug-only).

; ---- sources -----------------------------------------------------------------------------

; static final String BASE_URL = "http://api.shopfront.io"; "http://" + host; String.format("http://%s", host)
; (not a scheme only put in front of an address that lacks one:
; if (!url.startsWith("http")) url = "http://" + url; nor a value kept under a namespace or
; proxy name: NAMESPACE = "http://ws.shopfront.io/", proxyUrl = "http://" + proxyHost)
((string_literal) @source
  (#sc-cleartext-url? @source)
  (#sc-not-default-scheme? @source)
  (#sc-not-kept-under? @source "not-url-names"))

; String scheme = secure ? "https://" : "http://"; new URL(scheme + host): a bare scheme
; becomes a URL once a host is appended on the way to the sink
((string_literal) @source
  (#sc-scheme-prefix? @source)
  (#sc-not-default-scheme? @source)
  (#sc-not-kept-under? @source "not-url-names"))

; ---- sinks -------------------------------------------------------------------------------

; Links only opened in the user's browser app (variant `external-browser`, a note): an
; ACTION_VIEW intent (also setData on one) or Desktop.browse. The app sends nothing over them
; itself; the page still loads unencrypted. #sc-opened-in-external-browser? follows the
; argument through URL wrappers (Uri.parse, URI.create, concatenation) to the API. Written
; first: a sink the general pattern below also matches plays this part. In-app browsers
; (Custom Tabs, WebView) stay warnings.
; startActivity(new Intent(Intent.ACTION_VIEW, Uri.parse(HELP_URL)))
([
  (method_invocation
    arguments: (argument_list
      (_) @sink))
  (object_creation_expression
    arguments: (argument_list
      (_) @sink))
 ] @_call
  (#not-match? @sink "^\"(http|ws)://\"$")
  (#sc-sink-call? @_call)
  (#sc-opened-in-external-browser? @sink)
  (#set! variant "external-browser"))

; new URL(BASE_URL + "/v2"), new Request.Builder().url(endpoint), webView.loadUrl(pageUrl),
; new Retrofit.Builder().baseUrl(apiBase()), new HttpGet("http://…"), connect(secure ? … : …)
; (a bare scheme handed over alone is a prefix being matched, not a URL)
([
  (method_invocation
    arguments: (argument_list
      (_) @sink))
  (object_creation_expression
    arguments: (argument_list
      (_) @sink))
 ] @_call
  (#not-match? @sink "^\"(http|ws)://\"$")
  (#sc-sink-call? @_call))

; ---- URLs kept under URL-like names ------------------------------------------------------

; enum Environment { PRODUCTION("http://api.shopfront.io"), … }
((enum_constant
  arguments: (argument_list
    [
      (string_literal) @finding
      (binary_expression left: (string_literal) @finding)
    ]))
  (#sc-cleartext-url? @finding))

; static final String BASE_URL = "http://…"; String socketUrl = "ws://" + host + "/live";
; String mirrorUrl = staging ? "http://…" : "https://…"
; (fields, locals and interface constants all use variable_declarator)
((variable_declarator
  name: (identifier) @_name
  value: [
    (string_literal) @finding
    (binary_expression left: (string_literal) @finding)
    (binary_expression left: (binary_expression left: (string_literal) @finding))
    (binary_expression left: (binary_expression left: (binary_expression left: (string_literal) @finding)))
    (binary_expression left: (binary_expression left: (binary_expression left: (binary_expression left: (string_literal) @finding))))
    (ternary_expression consequence: (string_literal) @finding)
    (ternary_expression alternative: (string_literal) @finding)
  ])
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding)
  (#sc-not-default-scheme? @finding)
  (#sc-used-beyond? @_name "logged compared host ui namespace debug unused"))

; static final String[] MIRROR_URLS = {"http://a.shopfront.io", "http://b.shopfront.io"};
((variable_declarator
  name: (identifier) @_name
  value: [
    (array_initializer (string_literal) @finding)
    (array_creation_expression value: (array_initializer (string_literal) @finding))
  ])
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding)
  (#sc-used-beyond? @_name "logged compared host ui namespace debug unused"))

; List<String> mirrorUrls = Arrays.asList("http://a.shopfront.io", "http://b.shopfront.io");
((variable_declarator
  name: (identifier) @_name
  value: (method_invocation
    name: (identifier) @_builder
    arguments: (argument_list (string_literal) @finding)))
  (#sc-in-list? @_builder "collection-builder-callees")
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding)
  (#sc-used-beyond? @_name "logged compared host ui namespace debug unused"))

; String getBaseUrl() { return "http://…"; } — a URL-named getter answering a literal
((method_declaration
  name: (identifier) @_name
  body: (block
    (return_statement
      [
        (string_literal) @finding
        (binary_expression left: (string_literal) @finding)
        (ternary_expression consequence: (string_literal) @finding)
        (ternary_expression alternative: (string_literal) @finding)
      ])))
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding)
  (#sc-not-default-scheme? @finding)
  (#sc-used-beyond? @_name "logged compared host ui namespace debug unused"))

; String imageUrl = String.format("http://%s/images/%d.png", cdn, id);
((variable_declarator
  name: (identifier) @_name
  value: (method_invocation
    name: (identifier) @_format
    arguments: (argument_list (string_literal) @finding)))
  (#any-of? @_format "format" "formatted")
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding)
  (#sc-used-beyond? @_name "logged compared host ui namespace debug unused"))

; this.endpoint = "http://…"; config.apiUrl = "http://" + host; baseUrl = "http://…"
((assignment_expression
  left: [
    (identifier) @_name
    (field_access field: (identifier) @_name)
  ]
  right: [
    (string_literal) @finding
    (binary_expression left: (string_literal) @finding)
    (binary_expression left: (binary_expression left: (string_literal) @finding))
    (binary_expression left: (binary_expression left: (binary_expression left: (string_literal) @finding)))
    (binary_expression left: (binary_expression left: (binary_expression left: (binary_expression left: (string_literal) @finding))))
    (ternary_expression consequence: (string_literal) @finding)
    (ternary_expression alternative: (string_literal) @finding)
  ])
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding)
  (#sc-not-default-scheme? @finding)
  (#sc-used-beyond? @_name "logged compared host ui namespace debug unused"))

; Retrofit: @GET("http://legacy.shopfront.io/catalog"), @POST("http://…")
((annotation
  name: (identifier) @_annotation
  arguments: (annotation_argument_list
    (string_literal) @finding))
  (#any-of? @_annotation "GET" "POST" "PUT" "DELETE" "PATCH" "HEAD" "OPTIONS")
  (#sc-cleartext-url? @finding))
