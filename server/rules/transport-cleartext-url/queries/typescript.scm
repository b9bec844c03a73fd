; Cleartext http:// and ws:// URLs to remote hosts (CWE-319). Which strings count as a
; remote cleartext URL (loopback, emulator, namespace and placeholder hosts excluded; a
; scheme only a loopback host gets, or the default for an address typed without one, does
; not) is decided once for all languages by #sc-cleartext-url? (core/cleartext.ts,
; core/cleartext-context.ts).
;
; Two ways to report:
; - a flow: a cleartext literal (@source) reaches an argument of a call that may send it
;   (@sink), through constants, fields, locals, parameters, returns, concatenation,
;   templates, ternaries, `||`/`??` defaults, object literals and destructuring; the finding
;   sits at the sink (JSX attributes are not nodes of the plain TypeScript grammar: a
;   `source={{ uri: "http://…" }}` is reported by the URL-named object key below);
; - a literal stored under a URL-like name (@finding) that is used for more than logging,
;   comparing, reading its host or showing it, or is visible to other files.
; Debug-only code (`if (__DEV__)`, NODE_ENV === 'development') is left out by `ignoreIn`.

; ---- sources ---------------------------------------------------------------------------

; "http://api.shop.com/v1", `ws://${host}/live`, "http://" + host (not a scheme only put in
; front of an address that lacks one: if (!/^https?:/.test(u)) u = `http://${u}`; nor a value
; kept under a namespace or proxy name: const proxyUrl = `http://${proxyHost}:${port}`)
([(string) (template_string)] @source
  (#sc-cleartext-url? @source)
  (#sc-not-default-scheme? @source)
  (#sc-not-kept-under? @source "not-url-names"))

; const scheme = secure ? "https://" : "http://"; fetch(scheme + host): a bare scheme becomes
; a URL once a host is appended on the way to the sink
([(string) (template_string)] @source
  (#sc-scheme-prefix? @source)
  (#sc-not-default-scheme? @source)
  (#sc-not-kept-under? @source "not-url-names"))

; ---- sanitizers: an object's values under keys that name no URL -------------------------
; An object handed to a call carries its values along; only the ones under a URL-like key
; are where it connects: { baseURL: API } counts, { headers: { Referer: "http://…" } },
; { homepage: "http://…" } or { "@context": "http://schema.org" } do not.
(pair
  key: [(property_identifier) (string)] @_name
  value: (_) @sanitizer
  (#sc-not-in-list? @_name "url-like-names"))

(object
  (shorthand_property_identifier) @sanitizer
  (#sc-not-in-list? @sanitizer "url-like-names"))

; ---- sinks -----------------------------------------------------------------------------

; Links only opened in the user's browser app (variant `external-browser`, a note): React
; Native Linking.openURL and Electron shell.openExternal. The app sends nothing over them
; itself; the page still loads unencrypted. Written above the general sink: for the same
; argument the first pattern wins. In-app browsers (expo-web-browser, Capacitor Browser,
; WebView) stay warnings.
; Linking.openURL(HELP_URL); shell.openExternal(`http://${host}/docs`)
((_
  arguments: (arguments
    (_) @sink)) @_call
  (#sc-sink-call? @_call)
  (#sc-opened-in-external-browser? @sink)
  (#set! variant "external-browser"))

; fetch(API_URL + "/cart"), axios.get(`${base}/x`), new WebSocket(socketUrl), io(SERVER),
; xhr.open("GET", url), axios.create(config), http.get(options): any argument of a call that
; may send it (not console.log/startsWith/expect/t(…)), unless the call only parses it to read
; a part (new URL(x).hostname) or the function is one of this file (the flow follows the
; argument into its body instead). An object literal written in the call is judged by its
; URL-named keys (next pattern), so the finding sits on the key, not on the whole object.
((_
  arguments: (arguments
    (_) @sink)) @_call
  (#not-match? @sink "^[{]")
  (#sc-sink-call? @_call))

; $.ajax({ url: SUPPORT_URL, method: 'POST' }), got({ prefixUrl }), new Client({ baseUrl: host })
((_
  arguments: (arguments
    (object
      [
        (pair
          key: [(property_identifier) (string)] @_key
          value: (_) @sink)
        (shorthand_property_identifier) @_key @sink
      ]))) @_call
  (#sc-url-name? @_key)
  (#sc-sink-call? @_call))

; React.createElement(WebView, { source: { uri: pageUrl } }), request({ options: { baseUrl } })
((_
  arguments: (arguments
    (object
      (pair
        value: (object
          [
            (pair
              key: [(property_identifier) (string)] @_key
              value: (_) @sink)
            (shorthand_property_identifier) @_key @sink
          ]))))) @_call
  (#sc-url-name? @_key)
  (#sc-sink-call? @_call))

; ---- stored under a URL-like name ------------------------------------------------------
; Reported where stored when the value is used for more than logging, comparing, reading its
; host or showing it, or when other files can read it (exported). One that also reaches a
; sink above is reported once, at the sink.

; const BASE_URL = "http://…"; let apiHost = `ws://…`; const SOCKET_URL = "ws://" + host + "/live"
; const mcpUrl = inputs.mcpUrl || "http://mcp-server:8001/mcp"; const api = process.env.API ?? "http://…"
; const endpoint = secure ? "https://…" : "http://…"
(variable_declarator
  name: (identifier) @_name
  value: [
    (string) @finding
    (template_string) @finding
    (binary_expression
      left: [(string) (template_string)] @finding
      operator: "+")
    (binary_expression
      operator: ["||" "??"]
      right: [(string) (template_string)] @finding)
    (ternary_expression
      consequence: [(string) (template_string)] @finding)
    (ternary_expression
      alternative: [(string) (template_string)] @finding)
  ]
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding)
  (#sc-not-default-scheme? @finding)
  (#sc-used-beyond? @_name "logged compared host ui namespace debug unused"))

; { baseURL: "http://…" } in axios.create, got, undici, fetch wrappers and config objects;
; { baseURL: "http://" + host + "/api" }, { endpoint: opts.endpoint || "http://…" }
(pair
  key: [(property_identifier) (string)] @_name
  value: [
    (string) @finding
    (template_string) @finding
    (binary_expression
      left: [(string) (template_string)] @finding
      operator: "+")
    (binary_expression
      operator: ["||" "??"]
      right: [(string) (template_string)] @finding)
  ]
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding))

; this.endpoint = "http://…"; config.apiUrl = "http://" + host; this.apiUrl = this.apiUrl || "http://…"
(assignment_expression
  left: [(identifier) (member_expression)] @_name
  right: [
    (string) @finding
    (template_string) @finding
    (binary_expression
      left: [(string) (template_string)] @finding
      operator: "+")
    (binary_expression
      operator: ["||" "??"]
      right: [(string) (template_string)] @finding)
  ]
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding)
  (#sc-not-default-scheme? @finding)
  (#sc-used-beyond? @_name "logged compared host ui namespace debug unused"))

; opts.baseURL ??= "http://…"
(augmented_assignment_expression
  left: [(identifier) (member_expression)] @_name
  operator: ["||=" "??="]
  right: [(string) (template_string)] @finding
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding))

; class Config { endpoint = "http://…" }
(public_field_definition
  name: (property_identifier) @_name
  value: [(string) (template_string)] @finding
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding)
  (#sc-not-default-scheme? @finding)
  (#sc-used-beyond? @_name "logged compared host ui namespace debug unused"))

; function apiUrl(path) { return "http://api.shop.io" + path } ; function (baseUrl = "http://…")
(function_declaration
  name: (identifier) @_name
  body: (statement_block
    (return_statement
      [
        (string) @finding
        (template_string) @finding
        (binary_expression
          left: [(string) (template_string)] @finding
          operator: "+")
      ]))
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding)
  (#sc-not-default-scheme? @finding)
  (#sc-used-beyond? @_name "logged compared host ui namespace debug unused"))

(required_parameter
  pattern: (identifier) @_name
  value: [(string) (template_string)] @finding
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding)
  (#sc-not-default-scheme? @finding)
  (#sc-used-beyond? @_name "logged compared host ui namespace debug unused"))
