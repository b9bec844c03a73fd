; Authorization code requests without PKCE (CWE-287; RFC 7636, RFC 8252 section 8.1, OWASP
; MASTG OAuth 2.0 best practices). Three flows:
;
; - "code": a response type that asks for a code (`"code"`, `"code id_token"`) reaches a place
;   where a request is built by hand: a query parameter or map entry keyed "response_type",
;   the text after `response_type=` in a concatenation (a URL literal that says
;   `response_type=code` is reported where it is written). Silent when the top-level class
;   also mentions a code_challenge, a code_verifier or PKCE anywhere in its code (comments do
;   not count): the challenge is then added in the chain, a later statement or a helper.
;   Libraries that build the request themselves (AppAuth's `AuthorizationRequest.Builder`,
;   which adds an S256 challenge by default) are not sinks.
; - "plain" (variant `plain`): the `plain` challenge method, which sends the verifier itself.
; - "disabled" (variant `disabled`): AppAuth told to send no challenge, `setCodeVerifier(null)`.

; ---- "code" ---------------------------------------------------------------------------------

; "code", "code id_token", "id_token code"
((string_literal) @source
  (#match? @source "^\"(code((\\s|\\+|%20)id_token)?|id_token(\\s|\\+|%20)code)\"$")
  (#set! flow "code"))

; .appendQueryParameter("response_type", v), params.put(RESPONSE_TYPE, v),
; new FormBody.Builder().add("response_type", v)
((argument_list
  (_) @_key
  .
  (_) @sink)
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

; "https://id.example.com/authorize?response_type=code&client_id=…", "?response_type=code&"
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

; .appendQueryParameter("code_challenge_method", v), params.put("code_challenge_method", v)
((argument_list
  (_) @_key
  .
  (_) @sink)
  (#set! flow "plain")
  (#sc-value-matches? @_key "^code_challenge_method$"))

; AppAuth: builder.setCodeVerifier(verifier, challenge, v)
((method_invocation
  name: (identifier) @_fn
  arguments: (argument_list
    (_)
    .
    (_)
    .
    (_) @sink .))
  (#set! flow "plain")
  (#eq? @_fn "setCodeVerifier"))

; "…&code_challenge_method=plain"
((string_literal) @finding
  (#match? @finding "code_challenge_method=plain([^\\w]|$)")
  (#sc-not-argument-of? @finding "list:comparison-callees,logging-callees,assertion-callees,string-edit-callees")
  (#set! variant "plain"))

; ---- "disabled" -----------------------------------------------------------------------------

((null_literal) @source
  (#set! flow "disabled")
  (#set! variant "disabled"))

; AppAuth: builder.setCodeVerifier(null): no code_challenge is sent
((method_invocation
  name: (identifier) @_fn
  arguments: (argument_list
    .
    (_) @sink .))
  (#set! flow "disabled")
  (#eq? @_fn "setCodeVerifier"))
