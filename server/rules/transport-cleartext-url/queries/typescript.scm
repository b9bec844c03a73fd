; Cleartext http:// and ws:// URLs to remote hosts (CWE-319). Which strings count as a
; remote cleartext URL (loopback, emulator, namespace and placeholder hosts excluded) is
; decided once for all languages by #sc-cleartext-url? (core/cleartext.ts).

; Links only opened in the user's browser app (variant `external-browser`, a note): React
; Native Linking.openURL and Electron shell.openExternal. The app sends nothing over them
; itself; the page still loads unencrypted. #sc-opened-in-external-browser? follows the
; literal through concatenation and templates to the API. Written first: when a general
; pattern below reports the same literal, this one wins. In-app browsers (expo-web-browser,
; Capacitor Browser, WebView) stay warnings.
; Linking.openURL("http://shop.io/help"); shell.openExternal(`http://${host}/docs`)
([(string) (template_string)] @finding
  (#sc-cleartext-url? @finding)
  (#sc-opened-in-external-browser? @finding)
  (#set! variant "external-browser"))

; fetch("http://api.shop.com/v1"), axios.get(`http://${host}/x`), new WebSocket("ws://…")
((_
  arguments: (arguments
    [(string) (template_string)] @finding)) @_call
  (#sc-cleartext-url? @finding)
  (#sc-may-send? @_call))

; fetch("http://" + host + "/v1"): the literal starts a concatenation passed to a call
; (`+` nests to the left, so the literal sits one to three levels down)
((_
  arguments: (arguments
    [
      (binary_expression left: [(string) (template_string)] @finding)
      (binary_expression left: (binary_expression left: [(string) (template_string)] @finding))
      (binary_expression left: (binary_expression left: (binary_expression left: [(string) (template_string)] @finding)))
    ])) @_call
  (#sc-cleartext-url? @finding)
  (#sc-may-send? @_call))

; const BASE_URL = "http://…"; let apiHost = `ws://…`
(variable_declarator
  name: (identifier) @_name
  value: [(string) (template_string)] @finding
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding))

; const SOCKET_URL = "ws://" + host + "/live"
(variable_declarator
  name: (identifier) @_name
  value: (binary_expression
    left: [(string) (template_string)] @finding)
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding))

; const mcpUrl = inputs.mcpUrl || "http://mcp-server:8001/mcp"; const api = process.env.API ?? "http://…":
; the cleartext default is what runs whenever nothing is configured
(variable_declarator
  name: (identifier) @_name
  value: (binary_expression
    operator: ["||" "??"]
    right: [(string) (template_string)] @finding)
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding))

; { baseURL: "http://…" } in axios.create, got, undici, fetch wrappers and config objects
(pair
  key: [(property_identifier) (string)] @_name
  value: [(string) (template_string)] @finding
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding))

; { baseURL: "http://" + host + "/api" }, { endpoint: opts.endpoint || "http://…" }
(pair
  key: [(property_identifier) (string)] @_name
  value: [
    (binary_expression
      left: [(string) (template_string)] @finding
      operator: "+")
    (binary_expression
      operator: ["||" "??"]
      right: [(string) (template_string)] @finding)
  ]
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding))

; this.endpoint = "http://…"; config.apiUrl = "http://…"
(assignment_expression
  left: [(identifier) (member_expression)] @_name
  right: [(string) (template_string)] @finding
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding))

; if (!url.startsWith("http")) url = "http://" + url  (a scheme-less address defaults to cleartext);
; this.apiUrl = this.apiUrl || "http://…"; opts.baseURL ??= "http://…"
(assignment_expression
  left: [(identifier) (member_expression)] @_name
  right: [
    (binary_expression
      left: [(string) (template_string)] @finding
      operator: "+")
    (binary_expression
      operator: ["||" "??"]
      right: [(string) (template_string)] @finding)
  ]
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding))

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
  (#sc-cleartext-url? @finding))
