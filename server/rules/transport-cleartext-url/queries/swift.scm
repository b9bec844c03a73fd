; Cleartext http:// and ws:// URLs to remote hosts (CWE-319), Swift. Which strings count as
; a remote cleartext URL (loopback, emulator, namespace, schema and placeholder hosts
; excluded; "http://\(host)/x" counts) is decided once for all languages by
; #sc-cleartext-url? (core/cleartext.ts). @finding is always the string literal itself.

; Links only opened in the user's browser app (variant `external-browser`, a note):
; UIApplication.shared.open / openURL, NSWorkspace open, SwiftUI Link(destination:) and the
; openURL environment action. The app sends nothing over them itself; the page still loads
; unencrypted. #sc-opened-in-external-browser? follows the literal through URL wrappers
; (URL(string:), concatenation, `!`) to the API. Written first: when a general pattern
; below reports the same literal, this one wins. In-app browsers (SFSafariViewController,
; WKWebView) stay warnings.
; UIApplication.shared.open(URL(string: "http://shop.io/help")!); Link("Help", destination: URL(string: "http://…")!)
((line_string_literal) @finding
  (#sc-cleartext-url? @finding)
  (#sc-not-inside-swift-preview? @finding)
  (#sc-opened-in-external-browser? @finding)
  (#set! variant "external-browser"))

; URL(string: "http://api.shop.com/v1"), AF.request("http://…"), NSURL(string: "ws://…"),
; URLRequest(url: URL(string: "http://\(host)/api")!) — not print/NSLog/hasPrefix/XCTAssert…
((call_expression
  (call_suffix
    (value_arguments
      (value_argument
        value: (line_string_literal) @finding)))) @_call
  (#sc-cleartext-url? @finding)
  (#sc-not-inside-swift-preview? @finding)
  (#sc-may-send? @_call))

; URL(string: "http://" + host + "/v1"): the literal starts a concatenation passed to a call
; (`+` nests to the left, so the literal sits one to three levels down)
((call_expression
  (call_suffix
    (value_arguments
      (value_argument
        value: [
          (additive_expression
            lhs: (line_string_literal) @finding)
          (additive_expression
            lhs: (additive_expression
              lhs: (line_string_literal) @finding))
          (additive_expression
            lhs: (additive_expression
              lhs: (additive_expression
                lhs: (line_string_literal) @finding)))
        ])))) @_call
  (#sc-cleartext-url? @finding)
  (#sc-not-inside-swift-preview? @finding)
  (#sc-may-send? @_call))

; let baseURL = "http://api.shop.com"; static let apiEndpoint = "http://…"
; let socketURL = "ws://" + host + "/live"
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
  ]
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding)
  (#sc-not-inside-swift-preview? @finding))

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
  (#sc-not-inside-swift-preview? @finding))

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
  (#sc-not-inside-swift-preview? @finding))

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
  (#sc-not-inside-swift-preview? @finding))

; init(baseURL: String = "http://…")
(_
  (parameter
    name: (simple_identifier) @_name)
  .
  default_value: (line_string_literal) @finding
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding)
  (#sc-not-inside-swift-preview? @finding))

; ["baseURL": "http://…", "socket": "ws://…"] in configuration dictionaries
(dictionary_literal
  key: (line_string_literal) @_name
  .
  value: (line_string_literal) @finding
  (#sc-url-name? @_name)
  (#sc-cleartext-url? @finding)
  (#sc-not-inside-swift-preview? @finding))

; enum Environment: String { case production = "http://api.shop.com" }
(enum_entry
  raw_value: (line_string_literal) @finding
  (#sc-cleartext-url? @finding)
  (#sc-not-inside-swift-preview? @finding))
