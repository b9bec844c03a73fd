; The OAuth implicit grant requested by a native app (CWE-287; RFC 9700 section 2.1.2,
; RFC 8252 section 8.2): `response_type=token`, alone or with `id_token` / `code`, hands the
; access token back in the redirect URL. `id_token` alone (OpenID Connect sign-in, no access
; token in the URL) and `code` / `code id_token` (a code exchanged at the token endpoint) stay
; silent.
;
; Mostly a flow: a response-type value that asks for a token (`"token"`, `"id_token token"`,
; AppAuth `OIDResponseTypeToken`) is a @source; the places where a request names its response
; type are @sinks (a `URLQueryItem` or dictionary entry named "response_type", AppAuth's
; `responseType:` argument, the text after `response_type=` in an interpolation or a
; concatenation). The engine connects them through constants, properties, locals, parameters
; and helpers of the file. A URL literal that already says `response_type=token` is reported
; where it is written, unless it is only compared or logged.

; ---- sources ------------------------------------------------------------------------------

; "token", "id_token token", "token id_token", "code token", "code+id_token+token"
((line_string_literal) @source
  (#match? @source "^\"((code|id_token)( |\\+|%20))*token(( |\\+|%20)(code|id_token))*\"$"))

; OIDResponseTypeToken (AppAuth-iOS)
((simple_identifier) @source
  (#eq? @source "OIDResponseTypeToken"))

; ---- sinks --------------------------------------------------------------------------------

; URLQueryItem(name: "response_type", value: v), URLQueryItem(name: Keys.responseType, value: v)
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
  (#sc-value-matches? @_key "^response_type$"))

; params.updateValue(v, forKey: "response_type")
((value_arguments
  (value_argument
    value: (_) @sink)
  .
  (value_argument
    name: (value_argument_label) @_label
    value: (_) @_key))
  (#eq? @_label "forKey")
  (#sc-value-matches? @_key "^response_type$"))

; ["response_type": v, "client_id": id]
((dictionary_literal
  key: (_) @_key
  .
  value: (_) @sink)
  (#sc-value-matches? @_key "^response_type$"))

; params["response_type"] = v
((assignment
  target: (directly_assignable_expression
    (call_expression
      (call_suffix
        (value_arguments
          .
          (value_argument
            value: (_) @_key) .))))
  result: (_) @sink)
  (#sc-value-matches? @_key "^response_type$"))

; OIDAuthorizationRequest(…, responseType: v, …), AuthConfig(responseType: v)
((value_argument
  name: (value_argument_label) @_label
  value: (_) @sink)
  (#any-of? @_label "responseType" "response_type"))

; "\(authorize)?client_id=\(id)&response_type=\(type)"
((line_string_literal
  text: (line_str_text) @_before
  .
  interpolation: (interpolated_expression
    value: (_) @sink))
  (#match? @_before "response_type=$"))

; authorize + "?client_id=" + id + "&response_type=" + type
((additive_expression
  lhs: [
    (line_string_literal) @_before
    (additive_expression
      rhs: (line_string_literal) @_before)
  ]
  rhs: (_) @sink)
  (#match? @_before "response_type=\"$"))

; ---- written in the URL -------------------------------------------------------------------

; "https://id.example.com/authorize?response_type=token&client_id=…"
((line_string_literal) @finding
  (#match? @finding "response_type=((code|id_token)( |\\+|%20))*token([^\\w]|$)")
  (#sc-not-argument-of? @finding "list:comparison-callees,logging-callees,assertion-callees,string-edit-callees"))
