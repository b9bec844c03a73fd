; The OAuth implicit grant requested by a native or browser app (CWE-287; RFC 9700 section
; 2.1.2, RFC 8252 section 8.2): `response_type=token`, alone or with `id_token` / `code`, hands
; the access token back in the redirect URL. `id_token` alone (OpenID Connect sign-in, no
; access token in the URL) and `code` / `code id_token` (a code exchanged at the token
; endpoint) stay silent.
;
; Mostly a flow: a response-type value that asks for a token (`'token'`, `'id_token token'`,
; expo-auth-session `ResponseType.Token`) is a @source; the places where a request names its
; response type are @sinks (a `response_type` / `responseType` property of an options or
; params object, a `searchParams.append('response_type', …)`, the text after
; `response_type=` in a template or a concatenation). The engine connects them through
; constants, locals, parameters, object literals and helpers of the file. A URL written with
; `response_type=token` is reported where it is written, unless it is only compared or
; logged. angular-oauth2-oidc's `initImplicitFlow()` starts the same flow.

; ---- sources ------------------------------------------------------------------------------

; 'token', "id_token token", 'token id_token', 'code token', `token`
([(string) (template_string)] @source
  (#match? @source "^[\"'`]((code|id_token)( |\\+|%20))*token(( |\\+|%20)(code|id_token))*[\"'`]$"))

; ResponseType.Token, AuthSession.ResponseType.Token (expo-auth-session)
((member_expression
  object: (_) @_type
  property: (property_identifier) @_value) @source
  (#match? @_type "(^|\\.)ResponseType$")
  (#eq? @_value "Token"))

; ---- sinks --------------------------------------------------------------------------------

; { responseType: v }, { response_type: v }, { 'response_type': v }
((pair
  key: [(property_identifier) (string)] @_key
  value: (_) @sink)
  (#match? @_key "^[\"']?(response_type|responseType)[\"']?$"))

; { response_type } (shorthand)
((shorthand_property_identifier) @sink
  (#any-of? @sink "response_type" "responseType"))

; params.append('response_type', v), url.searchParams.set(RESPONSE_TYPE, v), form.set(…)
((arguments
  (_) @_key
  .
  (_) @sink)
  (#sc-value-matches? @_key "^response_type$"))

; params['response_type'] = v; config.responseType = v
((assignment_expression
  left: [
    (subscript_expression
      index: (_) @_key)
    (member_expression
      property: (property_identifier) @_key)
  ]
  right: (_) @sink)
  (#sc-value-matches? @_key "^(response_type|responseType)$"))

; `${AUTHORIZE}?client_id=${id}&response_type=${type}`
((template_string
  (string_fragment) @_before
  .
  (template_substitution
    (_) @sink))
  (#match? @_before "response_type=$"))

; AUTHORIZE + '?client_id=' + id + '&response_type=' + type
((binary_expression
  left: [
    (string) @_before
    (binary_expression
      right: (string) @_before)
  ]
  operator: "+"
  right: (_) @sink)
  (#match? @_before "response_type=[\"']$"))

; ---- written in the URL -------------------------------------------------------------------

; 'https://id.example.com/authorize?response_type=token&client_id=…',
; `${AUTHORIZE}?response_type=token&state=${state}`
([(string) (template_string)] @finding
  (#match? @finding "response_type=((code|id_token)( |\\+|%20))*token([^\\w]|$)")
  (#sc-not-argument-of? @finding "list:comparison-callees,logging-callees,assertion-callees,string-edit-callees"))

; angular-oauth2-oidc: this.oauthService.initImplicitFlow()
((call_expression
  function: (member_expression
    property: (property_identifier) @_fn)) @finding
  (#eq? @_fn "initImplicitFlow"))
