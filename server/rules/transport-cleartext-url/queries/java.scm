; Cleartext http:// and ws:// URLs to remote hosts (CWE-319). Which strings count as a
; remote cleartext URL (loopback, emulator, namespace and placeholder hosts excluded) is
; decided once for all languages by #sc-cleartext-url? (core/cleartext.ts); whether a call
; may send its argument (not logging, string comparison or editing) by #sc-may-send?.
; @finding is always the string literal, so the fix rewrites its scheme.

; Links only opened in the user's browser app (variant `external-browser`, a note): an
; ACTION_VIEW intent (also setData on one) or Desktop.browse. The app sends nothing over them
; itself; the page still loads unencrypted. #sc-opened-in-external-browser? follows the
; literal through URL wrappers (Uri.parse, URI.create, concatenation) to the API. Written
; first: when a general pattern below reports the same literal, this one wins. In-app
; browsers (Custom Tabs, WebView) stay warnings.
; startActivity(new Intent(Intent.ACTION_VIEW, Uri.parse("http://shop.io/help")))
((string_literal) @finding
  (#sc-cleartext-url? @finding)
  (#sc-opened-in-external-browser? @finding)
  (#set! variant "external-browser"))

; new URL("http://…"), new Request.Builder().url("http://…"), webView.loadUrl("http://…"),
; Uri.parse("http://…"), new HttpGet("http://…"), new Retrofit.Builder().baseUrl("http://…")
([
  (method_invocation
    arguments: (argument_list
      (string_literal) @finding))
  (object_creation_expression
    arguments: (argument_list
      (string_literal) @finding))
 ] @_call
  (#sc-cleartext-url? @finding)
  (#sc-may-send? @_call))

; enum Environment { PRODUCTION("http://api.shopfront.io"), … }
((enum_constant
  arguments: (argument_list
    [
      (string_literal) @finding
      (binary_expression left: (string_literal) @finding)
    ]))
  (#sc-cleartext-url? @finding))

; new URL("http://" + host + "/v2"): the literal starts a concatenation passed to a call
; (`+` nests to the left, so the literal sits one to three levels down)
([
  (method_invocation
    arguments: (argument_list
      [
        (binary_expression left: (string_literal) @finding)
        (binary_expression left: (binary_expression left: (string_literal) @finding))
        (binary_expression left: (binary_expression left: (binary_expression left: (string_literal) @finding)))
      ]))
  (object_creation_expression
    arguments: (argument_list
      [
        (binary_expression left: (string_literal) @finding)
        (binary_expression left: (binary_expression left: (string_literal) @finding))
        (binary_expression left: (binary_expression left: (binary_expression left: (string_literal) @finding)))
      ]))
 ] @_call
  (#sc-cleartext-url? @finding)
  (#sc-may-send? @_call))

; new URL(String.format("http://%s:%d/status", host, port)), String.format(Locale.US, "http://%s", host)
([
  (method_invocation
    arguments: (argument_list
      (method_invocation
        name: (identifier) @_format
        arguments: (argument_list (string_literal) @finding))))
  (object_creation_expression
    arguments: (argument_list
      (method_invocation
        name: (identifier) @_format
        arguments: (argument_list (string_literal) @finding))))
 ] @_call
  (#any-of? @_format "format" "formatted")
  (#sc-cleartext-url? @finding)
  (#sc-may-send? @_call))

; .url(BuildConfig.DEBUG ? "http://…" : "https://…")
([
  (method_invocation
    arguments: (argument_list
      [
        (ternary_expression consequence: (string_literal) @finding)
        (ternary_expression alternative: (string_literal) @finding)
      ]))
  (object_creation_expression
    arguments: (argument_list
      [
        (ternary_expression consequence: (string_literal) @finding)
        (ternary_expression alternative: (string_literal) @finding)
      ]))
 ] @_call
  (#sc-cleartext-url? @finding)
  (#sc-may-send? @_call))

; static final String BASE_URL = "http://…"; String socketUrl = "ws://" + host + "/live";
; String mirrorUrl = staging ? "http://…" : "https://…"
; (fields, locals and interface constants all use variable_declarator)
(variable_declarator
  name: (identifier) @_name
  value: [
    (string_literal) @finding
    (binary_expression left: (string_literal) @finding)
    (binary_expression left: (binary_expression left: (string_literal) @finding))
    (binary_expression left: (binary_expression left: (binary_expression left: (string_literal) @finding)))
    (binary_expression left: (binary_expression left: (binary_expression left: (binary_expression left: (string_literal) @finding))))
    (ternary_expression consequence: (string_literal) @finding)
    (ternary_expression alternative: (string_literal) @finding)
  ]
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding))

; static final String[] MIRROR_URLS = {"http://a.shopfront.io", "http://b.shopfront.io"};
(variable_declarator
  name: (identifier) @_name
  value: [
    (array_initializer (string_literal) @finding)
    (array_creation_expression value: (array_initializer (string_literal) @finding))
  ]
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding))

; String getBaseUrl() { return "http://…"; } — a URL-named getter answering a literal
(method_declaration
  name: (identifier) @_name
  body: (block
    (return_statement
      [
        (string_literal) @finding
        (binary_expression left: (string_literal) @finding)
        (ternary_expression consequence: (string_literal) @finding)
        (ternary_expression alternative: (string_literal) @finding)
      ]))
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding))

; String imageUrl = String.format("http://%s/images/%d.png", cdn, id);
(variable_declarator
  name: (identifier) @_name
  value: (method_invocation
    name: (identifier) @_format
    arguments: (argument_list (string_literal) @finding))
  (#any-of? @_format "format" "formatted")
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding))

; this.endpoint = "http://…"; config.apiUrl = "http://" + host; baseUrl = "http://…"
(assignment_expression
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
  ]
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding))

; Retrofit: @GET("http://legacy.shopfront.io/catalog"), @POST("http://…")
(annotation
  name: (identifier) @_annotation
  arguments: (annotation_argument_list
    (string_literal) @finding)
  (#any-of? @_annotation "GET" "POST" "PUT" "DELETE" "PATCH" "HEAD" "OPTIONS")
  (#sc-cleartext-url? @finding))
