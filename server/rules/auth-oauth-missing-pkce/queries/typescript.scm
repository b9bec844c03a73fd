; Authorization code requests without PKCE (CWE-287; RFC 7636, RFC 8252 section 8.1, OWASP
; MASTG OAuth 2.0 best practices). Three flows:
;
; - "code": a response type that asks for a code (`'code'`, `'code id_token'`) reaches a place
;   where a request is built by hand: a `response_type` property of a params object, a
;   `searchParams.set('response_type', …)`, the text after `response_type=` in a template or
;   concatenation (a URL that says `response_type=code` is reported where it is written).
;   Silent when the class around it (or, at top level, the module) also mentions a
;   code_challenge, a code_verifier or PKCE anywhere in its code (comments do not count), and
;   for the settings of libraries that add PKCE themselves (oidc-client-ts `UserManager`,
;   expo-auth-session, … word list `oauth-pkce-library-callees`).
; - "plain" (variant `plain`): the `plain` challenge method, which sends the verifier itself
;   (`code_challenge_method: 'plain'`, expo-auth-session `CodeChallengeMethod.Plain`).
; - "disabled" (variant `disabled`): `usePKCE: false` (expo-auth-session,
;   react-native-app-auth) on a code request; expo requires it for ID-token-only requests,
;   which stay silent.

; ---- "code" ---------------------------------------------------------------------------------

; 'code', "code id_token", 'id_token code'
([(string) (template_string)] @source
  (#match? @source "^[\"'`](code((\\s|\\+|%20)id_token)?|id_token(\\s|\\+|%20)code)[\"'`]$")
  (#set! flow "code"))

; new URLSearchParams({ response_type: v, client_id }), querystring.stringify({ 'response_type': v })
((object
  (pair
    key: [(property_identifier) (string)] @_key
    value: (_) @sink)) @_object
  (#set! flow "code")
  (#match? @_key "^[\"']?response_type[\"']?$")
  (#sc-not-argument-of? @_object "list:oauth-pkce-library-callees")
  (#sc-not-mentions? @sink "[Cc]ode_?[Cc]hallenge|CODE_CHALLENGE|[Cc]ode_?[Vv]erifier|CODE_VERIFIER|[Pp][Kk][Cc][Ee]" "type")
  (#sc-app-redirect? @sink))

; url.searchParams.set('response_type', v), params.append(RESPONSE_TYPE, v)
((arguments
  (_) @_key
  .
  (_) @sink)
  (#set! flow "code")
  (#sc-value-matches? @_key "^response_type$")
  (#sc-not-mentions? @sink "[Cc]ode_?[Cc]hallenge|CODE_CHALLENGE|[Cc]ode_?[Vv]erifier|CODE_VERIFIER|[Pp][Kk][Cc][Ee]" "type")
  (#sc-app-redirect? @sink))

; params['response_type'] = v
((assignment_expression
  left: (subscript_expression
    index: (_) @_key)
  right: (_) @sink)
  (#set! flow "code")
  (#sc-value-matches? @_key "^response_type$")
  (#sc-not-mentions? @sink "[Cc]ode_?[Cc]hallenge|CODE_CHALLENGE|[Cc]ode_?[Vv]erifier|CODE_VERIFIER|[Pp][Kk][Cc][Ee]" "type")
  (#sc-app-redirect? @sink))

; `${AUTHORIZE}?client_id=${id}&response_type=${type}`
((template_string
  (string_fragment) @_before
  .
  (template_substitution
    (_) @sink))
  (#set! flow "code")
  (#match? @_before "response_type=$")
  (#sc-not-mentions? @sink "[Cc]ode_?[Cc]hallenge|CODE_CHALLENGE|[Cc]ode_?[Vv]erifier|CODE_VERIFIER|[Pp][Kk][Cc][Ee]" "type")
  (#sc-app-redirect? @sink))

; AUTHORIZE + '?response_type=' + type
((binary_expression
  left: [
    (string) @_before
    (binary_expression
      right: (string) @_before)
  ]
  operator: "+"
  right: (_) @sink)
  (#set! flow "code")
  (#match? @_before "response_type=[\"']$")
  (#sc-not-mentions? @sink "[Cc]ode_?[Cc]hallenge|CODE_CHALLENGE|[Cc]ode_?[Vv]erifier|CODE_VERIFIER|[Pp][Kk][Cc][Ee]" "type")
  (#sc-app-redirect? @sink))

; `https://${host}/oauth/authorize?response_type=code&client_id=${id}`
([(string) (template_string)] @finding
  (#match? @finding "response_type=(code|id_token(\\s|\\+|%20)code)([^\\w]|$)")
  (#sc-not-argument-of? @finding "list:comparison-callees,logging-callees,assertion-callees,string-edit-callees")
  (#sc-not-mentions? @finding "[Cc]ode_?[Cc]hallenge|CODE_CHALLENGE|[Cc]ode_?[Vv]erifier|CODE_VERIFIER|[Pp][Kk][Cc][Ee]" "type")
  (#sc-app-redirect? @finding))

; ---- "plain" --------------------------------------------------------------------------------

; 'plain', CodeChallengeMethod.Plain (expo-auth-session)
([(string) (template_string)] @source
  (#match? @source "^[\"'`]plain[\"'`]$")
  (#set! flow "plain")
  (#set! variant "plain"))

((member_expression
  object: (_) @_type
  property: (property_identifier) @_value) @source
  (#match? @_type "(^|\\.)CodeChallengeMethod$")
  (#eq? @_value "Plain")
  (#set! flow "plain")
  (#set! variant "plain"))

; { code_challenge_method: v }, { codeChallengeMethod: v }
((pair
  key: [(property_identifier) (string)] @_key
  value: (_) @sink)
  (#set! flow "plain")
  (#match? @_key "^[\"']?(code_challenge_method|codeChallengeMethod)[\"']?$"))

; params.set('code_challenge_method', v)
((arguments
  (_) @_key
  .
  (_) @sink)
  (#set! flow "plain")
  (#sc-value-matches? @_key "^code_challenge_method$"))

; `…&code_challenge_method=plain`
([(string) (template_string)] @finding
  (#match? @finding "code_challenge_method=plain([^\\w]|$)")
  (#sc-not-argument-of? @finding "list:comparison-callees,logging-callees,assertion-callees,string-edit-callees")
  (#set! variant "plain"))

; ---- "disabled" -----------------------------------------------------------------------------

((false) @source
  (#set! flow "disabled")
  (#set! variant "disabled"))

; { usePKCE: v } (expo-auth-session, react-native-app-auth), not beside a token or ID-token
; response type
((object
  (pair
    key: (property_identifier) @_key
    value: (_) @sink)) @_object
  (#set! flow "disabled")
  (#eq? @_key "usePKCE")
  (#not-match? @_object "responseType\\s*:\\s*(([\\w.]*ResponseType\\.(Token|IdToken))|[\"'`](token|id_token)[\"'`])"))
