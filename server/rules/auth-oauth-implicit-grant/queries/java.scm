; The OAuth implicit grant requested by a native app (CWE-287; RFC 9700 section 2.1.2,
; RFC 8252 section 8.2): `response_type=token`, alone or with `id_token` / `code`, hands the
; access token back in the redirect URL. `id_token` alone (OpenID Connect sign-in, no access
; token in the URL) and `code` / `code id_token` (a code exchanged at the token endpoint) stay
; silent.
;
; Mostly a flow: a response-type value that asks for a token (`"token"`, `"id_token token"`,
; AppAuth `ResponseTypeValues.TOKEN`) is a @source; the places where a request names its
; response type are @sinks (a query parameter or map entry keyed "response_type", AppAuth's
; builder, the text after `response_type=` in a concatenation). The engine connects them
; through constants, fields, locals, parameters and helpers of the file. A URL literal that
; already says `response_type=token` is reported where it is written, unless it is only
; compared or logged.

; ---- sources ------------------------------------------------------------------------------

; "token", "id_token token", "token id_token", "code token", "code+id_token+token"
((string_literal) @source
  (#match? @source "^\"((code|id_token)( |\\+|%20))*token(( |\\+|%20)(code|id_token))*\"$"))

; ResponseTypeValues.TOKEN (AppAuth-Android)
((field_access
  object: (identifier) @_type
  field: (identifier) @_value) @source
  (#eq? @_type "ResponseTypeValues")
  (#eq? @_value "TOKEN"))

; ---- sinks --------------------------------------------------------------------------------

; .appendQueryParameter("response_type", v), params.put(RESPONSE_TYPE, v),
; new FormBody.Builder().add("response_type", v), Map.of(…, "response_type", v)
((argument_list
  (_) @_key
  .
  (_) @sink)
  (#sc-value-matches? @_key "^response_type$"))

; new AuthorizationRequest.Builder(config, clientId, v, redirectUri), builder.setResponseType(v)
((object_creation_expression
  type: (_) @_type
  arguments: (argument_list
    (_) @sink))
  (#match? @_type "(^|\\.)AuthorizationRequest\\.Builder$"))

((method_invocation
  name: (identifier) @_fn
  arguments: (argument_list
    (_) @sink))
  (#eq? @_fn "setResponseType"))

; AUTHORIZE + "?client_id=" + id + "&response_type=" + type
((binary_expression
  left: [
    (string_literal) @_before
    (binary_expression
      right: (string_literal) @_before)
  ]
  operator: "+"
  right: (_) @sink)
  (#match? @_before "response_type=\"$"))

; ---- written in the URL -------------------------------------------------------------------

; "https://id.example.com/authorize?response_type=token&client_id=…", "&response_type=token"
((string_literal) @finding
  (#match? @finding "response_type=((code|id_token)( |\\+|%20))*token([^\\w]|$)")
  (#sc-not-argument-of? @finding "list:comparison-callees,logging-callees,assertion-callees,string-edit-callees"))

; String.format("%s?response_type=%s&client_id=%s", AUTHORIZE, "token", id)
((method_invocation
  name: (identifier) @_fn
  arguments: (argument_list
    .
    (string_literal) @_format)) @finding
  (#eq? @_fn "format")
  (#match? @_format "response_type=%")
  (#sc-value-matches? @finding "response_type=((code|id_token)( |\\+|%20))*token([^\\w]|$)"))
