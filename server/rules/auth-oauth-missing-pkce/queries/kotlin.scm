; Authorization code requests without PKCE (CWE-287; RFC 7636, RFC 8252 section 8.1, OWASP
; MASTG OAuth 2.0 best practices). Three flows:
;
; - "code": a response type that asks for a code (`"code"`, `"code id_token"`) reaches a place
;   where a request is built by hand: a query parameter or map entry keyed "response_type",
;   the text after `response_type=` in a template or concatenation (a URL literal that says
;   `response_type=code` is reported where it is written). Silent when the class (or, at top
;   level, the file) also mentions a code_challenge, a code_verifier or PKCE anywhere: the
;   challenge is then added in the chain, a later statement or a helper. Libraries that build
;   the request themselves (AppAuth's `AuthorizationRequest.Builder`, which adds an S256
;   challenge by default) are not sinks.
; - "plain" (variant `plain`): the `plain` challenge method, which sends the verifier itself.
; - "disabled" (variant `disabled`): AppAuth told to send no challenge, `setCodeVerifier(null)`.

; ---- "code" ---------------------------------------------------------------------------------

; "code", "code id_token", "id_token code"
((string_literal) @source
  (#match? @source "^\"(code((\\s|\\+|%20)id_token)?|id_token(\\s|\\+|%20)code)\"$")
  (#set! flow "code"))

; .appendQueryParameter("response_type", v), .addEncodedQueryParameter(RESPONSE_TYPE, v),
; params.put("response_type", v)
((value_arguments
  (value_argument
    (_) @_key)
  .
  (value_argument
    (_) @sink))
  (#set! flow "code")
  (#sc-value-matches? @_key "^response_type$")
  (#sc-not-mentions? @sink "[Cc]ode_?[Cc]hallenge|CODE_CHALLENGE|[Cc]ode_?[Vv]erifier|CODE_VERIFIER|[Pp][Kk][Cc][Ee]" "type")
  (#sc-app-redirect? @sink))

; mapOf("response_type" to v)
((infix_expression
  (_) @_key
  .
  (identifier) @_to
  .
  (_) @sink)
  (#set! flow "code")
  (#eq? @_to "to")
  (#sc-value-matches? @_key "^response_type$")
  (#sc-not-mentions? @sink "[Cc]ode_?[Cc]hallenge|CODE_CHALLENGE|[Cc]ode_?[Vv]erifier|CODE_VERIFIER|[Pp][Kk][Cc][Ee]" "type")
  (#sc-app-redirect? @sink))

; params["response_type"] = v
((assignment
  left: (index_expression
    (_)
    .
    (_) @_key .)
  right: (_) @sink)
  (#set! flow "code")
  (#sc-value-matches? @_key "^response_type$")
  (#sc-not-mentions? @sink "[Cc]ode_?[Cc]hallenge|CODE_CHALLENGE|[Cc]ode_?[Vv]erifier|CODE_VERIFIER|[Pp][Kk][Cc][Ee]" "type")
  (#sc-app-redirect? @sink))

; AUTHORIZE + "?client_id=" + id + "&response_type=" + type
((binary_expression
  left: [
    (string_literal) @_before
    (binary_expression
      right: (string_literal) @_before)
  ]
  operator: "+"
  right: (_) @sink)
  (#set! flow "code")
  (#match? @_before "response_type=\"$")
  (#sc-not-mentions? @sink "[Cc]ode_?[Cc]hallenge|CODE_CHALLENGE|[Cc]ode_?[Vv]erifier|CODE_VERIFIER|[Pp][Kk][Cc][Ee]" "type")
  (#sc-app-redirect? @sink))

; "$AUTHORIZE?response_type=${type}&client_id=$id"
((string_literal
  (string_content) @_before
  .
  (interpolation
    (_) @sink))
  (#set! flow "code")
  (#match? @_before "response_type=$")
  (#sc-not-mentions? @sink "[Cc]ode_?[Cc]hallenge|CODE_CHALLENGE|[Cc]ode_?[Vv]erifier|CODE_VERIFIER|[Pp][Kk][Cc][Ee]" "type")
  (#sc-app-redirect? @sink))

; "https://id.example.com/authorize?response_type=code&client_id=…"
((string_literal) @finding
  (#match? @finding "response_type=(code|id_token(\\s|\\+|%20)code)([^\\w]|$)")
  (#sc-not-argument-of? @finding "list:comparison-callees,logging-callees,assertion-callees,string-edit-callees")
  (#sc-not-mentions? @finding "[Cc]ode_?[Cc]hallenge|CODE_CHALLENGE|[Cc]ode_?[Vv]erifier|CODE_VERIFIER|[Pp][Kk][Cc][Ee]" "type")
  (#sc-app-redirect? @finding))

; ---- "plain" --------------------------------------------------------------------------------

((string_literal) @source
  (#eq? @source "\"plain\"")
  (#set! flow "plain")
  (#set! variant "plain"))

; .appendQueryParameter("code_challenge_method", v), "code_challenge_method" to v
((value_arguments
  (value_argument
    (_) @_key)
  .
  (value_argument
    (_) @sink))
  (#set! flow "plain")
  (#sc-value-matches? @_key "^code_challenge_method$"))

((infix_expression
  (_) @_key
  .
  (identifier) @_to
  .
  (_) @sink)
  (#set! flow "plain")
  (#eq? @_to "to")
  (#sc-value-matches? @_key "^code_challenge_method$"))

; AppAuth: builder.setCodeVerifier(verifier, challenge, v); Pkce(codeChallengeMethod = v)
((call_expression
  (navigation_expression
    (identifier) @_fn .)
  (value_arguments
    (value_argument)
    .
    (value_argument)
    .
    (value_argument
      (_) @sink) .))
  (#set! flow "plain")
  (#eq? @_fn "setCodeVerifier"))

((value_argument
  (identifier) @_label
  .
  (_) @sink)
  (#set! flow "plain")
  (#any-of? @_label "codeChallengeMethod" "code_challenge_method"))

; "…&code_challenge_method=plain"
((string_literal) @finding
  (#match? @finding "code_challenge_method=plain([^\\w]|$)")
  (#sc-not-argument-of? @finding "list:comparison-callees,logging-callees,assertion-callees,string-edit-callees")
  (#set! variant "plain"))

; ---- "disabled" -----------------------------------------------------------------------------

; null (the Kotlin grammar reads it as a name)
((identifier) @source
  (#eq? @source "null")
  (#set! flow "disabled")
  (#set! variant "disabled"))

; AppAuth: builder.setCodeVerifier(null): no code_challenge is sent
((call_expression
  (navigation_expression
    (identifier) @_fn .)
  (value_arguments
    .
    (value_argument
      (_) @sink) .))
  (#set! flow "disabled")
  (#eq? @_fn "setCodeVerifier"))
