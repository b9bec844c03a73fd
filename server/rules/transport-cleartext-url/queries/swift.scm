; Cleartext http:// and ws:// URLs to remote hosts (CWE-319), Swift. Which strings count as
; a remote cleartext URL (loopback, emulator, namespace, schema and placeholder hosts
; excluded; "http://\(host)/x" counts; a scheme only a loopback host gets, or the default
; for an address typed without one, does not) is decided once for all languages by
; #sc-cleartext-url? (core/cleartext.ts, core/cleartext-context.ts).
;
; Two ways to report:
; - a flow: a cleartext literal (@source) reaches an argument of a call that may send it
;   (@sink), through constants, members, locals, parameters, returns, concatenation,
;   interpolation, String(format:) and ternaries; the finding sits at the sink;
; - a literal stored under a URL-like name (@finding) that is used for more than logging,
;   comparing, reading its host or showing it, or is visible to other files.
; Debug-only code (#if DEBUG, `if isDebug`) and SwiftUI previews are left out by
; `ignoreIn` in rule.yaml.

; ---- sources ---------------------------------------------------------------------------

; "http://api.shop.com/v1", "ws://\(host)/live", "http://" + host (not a scheme only put in
; front of an address that lacks one: if !u.hasPrefix("http") { u = "http://\(u)" }; nor a
; value kept under a namespace or proxy name: let proxyURL = "http://\(proxyHost):\(port)")
((line_string_literal) @source
  (#sc-cleartext-url? @source)
  (#sc-not-default-scheme? @source)
  (#sc-not-kept-under? @source "not-url-names"))

; let scheme = secure ? "https://" : "http://"; URL(string: scheme + host): a bare scheme
; becomes a URL once a host is appended on the way to the sink
((line_string_literal) @source
  (#sc-scheme-prefix? @source)
  (#sc-not-default-scheme? @source)
  (#sc-not-kept-under? @source "not-url-names"))

; ---- sanitizers: dictionary values under keys that name no URL --------------------------
; ["baseURL": api] handed to a call connects to api; ["title": …, "homepage": "http://…"] does not.
(dictionary_literal
  key: (line_string_literal) @_name
  .
  value: (_) @sanitizer
  (#sc-not-in-list? @_name "url-like-names"))

; ---- sinks -----------------------------------------------------------------------------

; Links only opened in the user's browser app (variant `external-browser`, a note):
; UIApplication.shared.open / openURL, NSWorkspace open, SwiftUI Link(destination:) and the
; openURL environment action. The app sends nothing over them itself; the page still loads
; unencrypted. #sc-opened-in-external-browser? follows the argument through URL wrappers
; (URL(string:), `!`) to the API. Written above the general sink: for the same argument the
; first pattern wins. In-app browsers (SFSafariViewController, WKWebView) stay warnings.
; UIApplication.shared.open(URL(string: helpURL)!); Link("Help", destination: URL(string: "http://…")!)
((call_expression
  (call_suffix
    (value_arguments
      (value_argument
        value: (_) @sink)))) @_call
  (#sc-sink-call? @_call)
  (#sc-opened-in-external-browser? @sink)
  (#set! variant "external-browser"))

; URL(string: baseURL + "/cart"), AF.request(endpoint), URLRequest(url: URL(string: "http://…")!),
; session.webSocketTask(with: URL(string: socketURL)!), ApiClient(baseURL: Config.host):
; any argument of a call that may send it (not print/NSLog/hasPrefix/XCTAssert/Text/String(format:)…),
; unless the call only parses it to read a part (URL(string: x)?.host) or the function is one of
; this file (the flow follows the argument into its body instead)
((call_expression
  (call_suffix
    (value_arguments
      (value_argument
        value: (_) @sink)))) @_call
  (#sc-sink-call? @_call))

; ---- stored under a URL-like name ------------------------------------------------------
; Reported where stored when the value is used for more than logging, comparing, reading its
; host or showing it, or when other files can read it (an internal or public constant). One
; that also reaches a sink above is reported once, at the sink.

; let baseURL = "http://api.shopfront.io"; static let apiEndpoint = "http://" + region + ".shop.io"
; let socketURL = isSecure ? "wss://…" : "ws://…"; let api = env["API"] ?? "http://…"
(property_declaration
  name: (pattern
    bound_identifier: (simple_identifier) @_name)
  value: [
    (line_string_literal) @finding
    (additive_expression
      lhs: (line_string_literal) @finding)
    (additive_expression
      lhs: (additive_expression
        lhs: (line_string_literal) @finding))
    (ternary_expression
      if_true: (line_string_literal) @finding)
    (ternary_expression
      if_false: (line_string_literal) @finding)
    (nil_coalescing_expression
      if_nil: (line_string_literal) @finding)
  ]
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding)
  (#sc-not-default-scheme? @finding)
  (#sc-used-beyond? @_name "logged compared host ui namespace debug unused"))

; var baseURL: String { "http://…" }   var host: String { return "http://…" }
(property_declaration
  name: (pattern
    bound_identifier: (simple_identifier) @_name)
  computed_value: (computed_property
    (statements
      [
        (line_string_literal) @finding
        (control_transfer_statement
          result: (line_string_literal) @finding)
      ]))
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding)
  (#sc-not-default-scheme? @finding)
  (#sc-used-beyond? @_name "logged compared host ui namespace debug unused"))

; enum Link { case home, docs
;   var url: String { switch self { case .home: return "http://…" case .docs: "http://…" } } }
; (one URL per case of an enum, returned from a `switch` in a URL-named property)
(property_declaration
  name: (pattern
    bound_identifier: (simple_identifier) @_name)
  computed_value: (computed_property
    (statements
      (switch_statement
        (switch_entry
          (statements
            [
              (line_string_literal) @finding
              (control_transfer_statement
                result: (line_string_literal) @finding)
            ])))))
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding)
  (#sc-not-default-scheme? @finding)
  (#sc-used-beyond? @_name "logged compared host ui namespace debug unused"))

; func apiURL() -> String { return "http://…" }; func endpoint(for path: String) -> String { "http://…" + path }
(function_declaration
  name: (simple_identifier) @_name
  body: (function_body
    (statements
      [
        (line_string_literal) @finding
        (additive_expression
          lhs: (line_string_literal) @finding)
        (control_transfer_statement
          result: [
            (line_string_literal) @finding
            (additive_expression
              lhs: (line_string_literal) @finding)
          ])
      ]))
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding)
  (#sc-not-default-scheme? @finding)
  (#sc-used-beyond? @_name "logged compared host ui namespace debug unused"))

; self.baseURL = "http://…"; config.endpoint = "ws://…"; settings["callbackURL"] = "http://…"
(assignment
  target: (directly_assignable_expression
    [
      (simple_identifier) @_name
      (navigation_expression
        suffix: (navigation_suffix
          suffix: (simple_identifier) @_name))
      (call_expression
        (call_suffix
          (value_arguments
            .
            (value_argument
              value: (line_string_literal) @_name)
            .)))
    ])
  result: [
    (line_string_literal) @finding
    (additive_expression
      lhs: (line_string_literal) @finding)
  ]
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding)
  (#sc-not-default-scheme? @finding)
  (#sc-used-beyond? @_name "logged compared host ui namespace debug unused"))

; init(baseURL: String = "http://…")
(_
  (parameter
    name: (simple_identifier) @_name)
  .
  default_value: (line_string_literal) @finding
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding)
  (#sc-not-default-scheme? @finding)
  (#sc-used-beyond? @_name "logged compared host ui namespace debug unused"))

; ["baseURL": "http://…", "socket": "ws://…"] in configuration dictionaries
(dictionary_literal
  key: (line_string_literal) @_name
  .
  value: (line_string_literal) @finding
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding))

; enum Environment: String { case production = "http://api.shop.com" }
(enum_entry
  raw_value: (line_string_literal) @finding
  (#sc-cleartext-url? @finding))
