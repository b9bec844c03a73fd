; Session secrets and client-asserted authentication state in URLs (CWE-598, CWE-472; OWASP
; MASTG "stateful authentication": session ids travel only over TLS and never where they are
; logged; "authentication bypass": the client must not be able to set its own state).
;
; A secret: a query parameter named like a credential (`access_token`, `token`, `sessionid`,
; `jsessionid`, `refresh_token`, `jwt`, `password`, …) whose value is named like one (word
; list `secret-like-names`: `token`, `session.accessToken`), unless the name says it is
; something else (word list `non-secret-token-names`: `nextPageToken`, `deviceToken`,
; `csrfToken`). Found in interpolation, concatenation and `URLQueryItem` (not in a function
; that sends the items as an `httpBody` form). Headers stay silent.
;
; Client state (variant `client-state`): `isAdmin=true`, `authenticated=yes`, `loggedIn=1`
; written into a URL or a cookie (`HTTPCookie(properties: [.name: "isAdmin", .value: "true"])`).

; ---- secrets ------------------------------------------------------------------------------

; "\(base)files/\(uuid)?token=\(token)"
((line_string_literal
  text: (line_str_text) @_before
  .
  interpolation: (interpolated_expression
    value: (_) @finding))
  (#match? @_before "([?&]([Aa]ccess_?[Tt]oken|[Aa]uth_?[Tt]oken|authtoken|[Tt]oken|[Ss]ession(_?[Ii][Dd]|_?[Tt]oken)?|jsessionid|JSESSIONID|PHPSESSID|[Rr]efresh_?[Tt]oken|[Ii]d_?[Tt]oken|jwt|[Pp]assword|passwd|auth)|;jsessionid)=$")
  (#sc-named-like? @finding "secret-like-names" "non-secret-token-names"))

; base + path + "?sessionid=" + session.sessionID
((additive_expression
  lhs: [
    (line_string_literal) @_before
    (additive_expression
      rhs: (line_string_literal) @_before)
  ]
  rhs: (_) @finding)
  (#match? @_before "([?&]([Aa]ccess_?[Tt]oken|[Aa]uth_?[Tt]oken|authtoken|[Tt]oken|[Ss]ession(_?[Ii][Dd]|_?[Tt]oken)?|jsessionid|JSESSIONID|PHPSESSID|[Rr]efresh_?[Tt]oken|[Ii]d_?[Tt]oken|jwt|[Pp]assword|passwd|auth)|;jsessionid)=\"$")
  (#sc-named-like? @finding "secret-like-names" "non-secret-token-names"))

; URLQueryItem(name: "access_token", value: session.accessToken)
((call_expression
  (simple_identifier) @_fn
  (call_suffix
    (value_arguments
      (value_argument
        name: (value_argument_label) @_name
        value: (_) @_key)
      .
      (value_argument
        name: (value_argument_label) @_label
        value: (_) @finding))))
  (#eq? @_fn "URLQueryItem")
  (#eq? @_name "name")
  (#eq? @_label "value")
  (#sc-value-matches? @_key "^([Aa]ccess_?[Tt]oken|[Aa]uth_?[Tt]oken|authtoken|[Tt]oken|[Ss]ession(_?[Ii][Dd]|_?[Tt]oken)?|jsessionid|JSESSIONID|PHPSESSID|[Rr]efresh_?[Tt]oken|[Ii]d_?[Tt]oken|jwt|[Pp]assword|passwd|auth)$")
  (#sc-named-like? @finding "secret-like-names" "non-secret-token-names")
  (#sc-not-mentions? @finding "httpBody|HTTPBody|uploadTask|upload\\(" "member"))

; ---- client-asserted state (variant `client-state`) ---------------------------------------

; "https://…/dashboard?authenticated=yes", "isAdmin=true; path=/"
((line_string_literal) @finding
  (#match? @finding "(^\"|[?&;]\\s*)([Ii]s_?[Aa]dmin|[Aa]dmin|[Ii]s_?[Aa]uthenticated|[Aa]uthenticated|[Ii]s_?[Ll]ogged_?[Ii]n|[Ll]ogged_?[Ii]n|[Aa]uthorized)=([Tt]rue|TRUE|[Yy]es|YES|1)([^\\w]|$)")
  (#set! variant "client-state"))

; URLQueryItem(name: "isAdmin", value: "true"), HTTPCookie(properties: [.name: "isAdmin", .value: "true"])
((value_arguments
  (value_argument
    name: (value_argument_label) @_name
    value: (line_string_literal) @_key)
  .
  (value_argument
    name: (value_argument_label) @_label
    value: (line_string_literal) @finding))
  (#eq? @_name "name")
  (#eq? @_label "value")
  (#match? @_key "^\"([Ii]s_?[Aa]dmin|[Aa]dmin|[Ii]s_?[Aa]uthenticated|[Aa]uthenticated|[Ii]s_?[Ll]ogged_?[Ii]n|[Ll]ogged_?[Ii]n|[Aa]uthorized)\"$")
  (#match? @finding "^\"([Tt]rue|TRUE|[Yy]es|YES|1)\"$")
  (#set! variant "client-state"))

((dictionary_literal
  key: (_) @_nameKey
  .
  value: (line_string_literal) @_key
  .
  key: (_) @_valueKey
  .
  value: (line_string_literal) @finding)
  (#match? @_nameKey "^(\\.name|HTTPCookiePropertyKey\\.name)$")
  (#match? @_valueKey "^(\\.value|HTTPCookiePropertyKey\\.value)$")
  (#match? @_key "^\"([Ii]s_?[Aa]dmin|[Aa]dmin|[Ii]s_?[Aa]uthenticated|[Aa]uthenticated|[Ii]s_?[Ll]ogged_?[Ii]n|[Ll]ogged_?[Ii]n|[Aa]uthorized)\"$")
  (#match? @finding "^\"([Tt]rue|TRUE|[Yy]es|YES|1)\"$")
  (#set! variant "client-state"))
