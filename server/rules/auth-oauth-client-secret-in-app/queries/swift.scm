; An OAuth client secret written into app code (CWE-798; OWASP MASTG OAuth 2.0 best practices,
; RFC 8252 section 8.5). A flow: a string literal that reads like a real secret (not empty,
; not a placeholder such as "YOUR_CLIENT_SECRET", not a name such as "client_secret_post":
; #sc-secret-like-literal?) is a @source; the places where a client secret is handed over are
; @sinks: AppAuth's `clientSecret:` argument, a `URLQueryItem` or dictionary entry named
; "client_secret", a `clientSecret` property, the text after `client_secret=` in an
; interpolation or concatenation. The engine connects them through constants, properties,
; locals, parameters and helpers of the file. A secret-like literal kept under a
; client-secret name (`kClientSecret`, `consumerSecret`) is reported where it is declared even
; when this file never sends it: it is in the package all the same. Secrets read at run time
; (from a backend, the Keychain, dynamic registration) are not literals here.

; ---- sources ------------------------------------------------------------------------------

((line_string_literal) @source
  (#sc-secret-like-literal? @source))

; ---- sinks --------------------------------------------------------------------------------

; OIDAuthorizationRequest(…, clientSecret: v, …), OIDTokenRequest(…, clientSecret: v, …)
((value_argument
  name: (value_argument_label) @_label
  value: (_) @sink)
  (#sc-in-list? @_label "client-secret-names"))

; URLQueryItem(name: "client_secret", value: v)
((value_arguments
  (value_argument
    name: (value_argument_label) @_name
    value: (_) @_key)
  .
  (value_argument
    name: (value_argument_label) @_label
    value: (_) @sink))
  (#eq? @_name "name")
  (#eq? @_label "value")
  (#sc-value-matches? @_key "^(client_secret|consumer_secret)$"))

; ["client_secret": v]
((dictionary_literal
  key: (_) @_key
  .
  value: (_) @sink)
  (#sc-value-matches? @_key "^(client_secret|consumer_secret)$"))

; params["client_secret"] = v
((assignment
  target: (directly_assignable_expression
    (call_expression
      (call_suffix
        (value_arguments
          .
          (value_argument
            value: (_) @_key) .))))
  result: (_) @sink)
  (#sc-value-matches? @_key "^(client_secret|consumer_secret)$"))

; config.clientSecret = v
((assignment
  target: (directly_assignable_expression
    [
      (simple_identifier) @_name
      (navigation_expression
        suffix: (navigation_suffix
          suffix: (simple_identifier) @_name))
    ])
  result: (_) @sink)
  (#sc-in-list? @_name "client-secret-names"))

; "client_id=\(id)&client_secret=\(secret)"
((line_string_literal
  text: (line_str_text) @_before
  .
  interpolation: (interpolated_expression
    value: (_) @sink))
  (#match? @_before "(client|consumer)_secret=$"))

; "client_secret=" + secret
((additive_expression
  lhs: [
    (line_string_literal) @_before
    (additive_expression
      rhs: (line_string_literal) @_before)
  ]
  rhs: (_) @sink)
  (#match? @_before "(client|consumer)_secret=\"$"))

; ---- written where it is kept -------------------------------------------------------------

; "grant_type=client_credentials&client_secret=s3cr3t…"
((line_string_literal) @finding
  (#match? @finding "(client|consumer)_secret=[A-Za-z0-9._~+/-]{8,}")
  (#not-match? @finding "(client|consumer)_secret=([Yy]our|YOUR|<|[Xx]{4}|[Cc]hange|CHANGE|[Rr]eplace|REPLACE)")
  (#sc-not-argument-of? @finding "list:comparison-callees,logging-callees,assertion-callees,string-edit-callees,ui-text-callees"))

; let kClientSecret = "…"; static let consumerSecret = "…"
((property_declaration
  name: (pattern
    bound_identifier: (simple_identifier) @_name)
  value: (line_string_literal) @finding)
  (#sc-in-list? @_name "client-secret-names")
  (#sc-secret-like-literal? @finding))
