; Authorization code requests without PKCE (CWE-287; RFC 7636, RFC 8252 section 8.1, OWASP
; MASTG OAuth 2.0 best practices). Three flows:
;
; - "code": a response type that asks for a code (`"code"`, `"code id_token"`) reaches a place
;   where a request is built by hand: a `URLQueryItem` or dictionary entry named
;   "response_type", the text after `response_type=` in an interpolation or concatenation (a
;   URL literal that says `response_type=code` is reported where it is written). Silent when
;   the type around it (or, at top level, the file) also mentions a code_challenge, a
;   code_verifier or PKCE anywhere in its code (comments do not count). AppAuth's
;   `OIDAuthorizationRequest` initializers that generate the verifier are not sinks.
; - "plain" (variant `plain`): the `plain` challenge method, which sends the verifier itself.
; - "disabled" (variant `disabled`): AppAuth's designated initializer given `codeChallenge: nil`.

; ---- "code" ---------------------------------------------------------------------------------

; "code", "code id_token", "id_token code"
((line_string_literal) @source
  (#match? @source "^\"(code((\\s|\\+|%20)id_token)?|id_token(\\s|\\+|%20)code)\"$")
  (#set! flow "code"))

; URLQueryItem(name: "response_type", value: v)
((value_arguments
  (value_argument
    name: (value_argument_label) @_name
    value: (_) @_key)
  .
  (value_argument
    name: (value_argument_label) @_label
    value: (_) @sink))
  (#set! flow "code")
  (#eq? @_name "name")
  (#eq? @_label "value")
  (#sc-value-matches? @_key "^response_type$")
  (#sc-not-mentions? @sink "[Cc]ode_?[Cc]hallenge|CODE_CHALLENGE|[Cc]ode_?[Vv]erifier|CODE_VERIFIER|[Pp][Kk][Cc][Ee]" "type")
  (#sc-app-redirect? @sink))

; ["response_type": v, "client_id": id]
((dictionary_literal
  key: (_) @_key
  .
  value: (_) @sink)
  (#set! flow "code")
  (#sc-value-matches? @_key "^response_type$")
  (#sc-not-mentions? @sink "[Cc]ode_?[Cc]hallenge|CODE_CHALLENGE|[Cc]ode_?[Vv]erifier|CODE_VERIFIER|[Pp][Kk][Cc][Ee]" "type")
  (#sc-app-redirect? @sink))

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
  (#set! flow "code")
  (#sc-value-matches? @_key "^response_type$")
  (#sc-not-mentions? @sink "[Cc]ode_?[Cc]hallenge|CODE_CHALLENGE|[Cc]ode_?[Vv]erifier|CODE_VERIFIER|[Pp][Kk][Cc][Ee]" "type")
  (#sc-app-redirect? @sink))

; "\(authorize)?response_type=\(type)&client_id=\(id)"
((line_string_literal
  text: (line_str_text) @_before
  .
  interpolation: (interpolated_expression
    value: (_) @sink))
  (#set! flow "code")
  (#match? @_before "response_type=$")
  (#sc-not-mentions? @sink "[Cc]ode_?[Cc]hallenge|CODE_CHALLENGE|[Cc]ode_?[Vv]erifier|CODE_VERIFIER|[Pp][Kk][Cc][Ee]" "type")
  (#sc-app-redirect? @sink))

; authorize + "?response_type=" + type
((additive_expression
  lhs: [
    (line_string_literal) @_before
    (additive_expression
      rhs: (line_string_literal) @_before)
  ]
  rhs: (_) @sink)
  (#set! flow "code")
  (#match? @_before "response_type=\"$")
  (#sc-not-mentions? @sink "[Cc]ode_?[Cc]hallenge|CODE_CHALLENGE|[Cc]ode_?[Vv]erifier|CODE_VERIFIER|[Pp][Kk][Cc][Ee]" "type")
  (#sc-app-redirect? @sink))

; "https://\(host)/oauth/authorize?response_type=code&client_id=\(id)"
((line_string_literal) @finding
  (#match? @finding "response_type=(code|id_token(\\s|\\+|%20)code)([^\\w]|$)")
  (#sc-not-argument-of? @finding "list:comparison-callees,logging-callees,assertion-callees,string-edit-callees")
  (#sc-not-mentions? @finding "[Cc]ode_?[Cc]hallenge|CODE_CHALLENGE|[Cc]ode_?[Vv]erifier|CODE_VERIFIER|[Pp][Kk][Cc][Ee]" "type")
  (#sc-app-redirect? @finding))

; ---- "plain" --------------------------------------------------------------------------------

((line_string_literal) @source
  (#eq? @source "\"plain\"")
  (#set! flow "plain")
  (#set! variant "plain"))

; URLQueryItem(name: "code_challenge_method", value: v)
((value_arguments
  (value_argument
    name: (value_argument_label) @_name
    value: (_) @_key)
  .
  (value_argument
    name: (value_argument_label) @_label
    value: (_) @sink))
  (#set! flow "plain")
  (#eq? @_name "name")
  (#eq? @_label "value")
  (#sc-value-matches? @_key "^code_challenge_method$"))

; ["code_challenge_method": v]
((dictionary_literal
  key: (_) @_key
  .
  value: (_) @sink)
  (#set! flow "plain")
  (#sc-value-matches? @_key "^code_challenge_method$"))

; OIDAuthorizationRequest(…, codeChallengeMethod: v, …)
((value_argument
  name: (value_argument_label) @_label
  value: (_) @sink)
  (#set! flow "plain")
  (#eq? @_label "codeChallengeMethod"))

; "…&code_challenge_method=plain"
((line_string_literal) @finding
  (#match? @finding "code_challenge_method=plain([^\\w]|$)")
  (#sc-not-argument-of? @finding "list:comparison-callees,logging-callees,assertion-callees,string-edit-callees")
  (#set! variant "plain"))

; ---- "disabled" -----------------------------------------------------------------------------

; nil
("nil" @source
  (#set! flow "disabled")
  (#set! variant "disabled"))

; OIDAuthorizationRequest(…, codeVerifier: nil, codeChallenge: nil, …): no challenge is sent
((value_argument
  name: (value_argument_label) @_label
  value: _ @sink)
  (#set! flow "disabled")
  (#eq? @_label "codeChallenge"))
