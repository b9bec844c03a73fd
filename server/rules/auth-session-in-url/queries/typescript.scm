; Session secrets and client-asserted authentication state in URLs (CWE-598, CWE-472; OWASP
; MASTG "stateful authentication": session ids travel only over TLS and never where they are
; logged; "authentication bypass": the client must not be able to set its own state).
;
; A secret: a query parameter named like a credential (`access_token`, `token`, `sessionid`,
; `jsessionid`, `refresh_token`, `jwt`, `password`, …) whose value is named like one (word
; list `secret-like-names`: `authToken`, `session.accessToken`, `getToken()`), unless the
; name says it is something else (word list `non-secret-token-names`: `nextPageToken`,
; `csrfToken`, `unsubscribeToken`), nor a one-time link built in a function named for it
; (`resetPasswordUrl`, `sendVerificationEmail`, `signInMagicLink`, `signinLink`): an e-mailed
; link is the only channel a one-time token has. Found in templates, concatenation,
; `url.searchParams.set/append` and axios / got `params` objects. Headers, form bodies
; (`body: new URLSearchParams(…)`) and socket.io `auth` stay silent.
;
; Client state (variant `client-state`): `isAdmin=true`, `authenticated=yes`, `loggedIn=1`
; written into a URL or a cookie (`document.cookie = …`, Express `res.cookie('isAdmin', 'true')`).

; ---- secrets ------------------------------------------------------------------------------

; `${API}/media?access_token=${accessToken}`, `${WS}?token=${authToken}`
((template_string
  (string_fragment) @_before
  .
  (template_substitution
    (_) @finding))
  (#match? @_before "([?&]([Aa]ccess_?[Tt]oken|[Aa]uth_?[Tt]oken|authtoken|[Tt]oken|[Ss]ession(_?[Ii]d|_?[Tt]oken)?|jsessionid|JSESSIONID|PHPSESSID|[Rr]efresh_?[Tt]oken|[Ii]d_?[Tt]oken|jwt|[Pp]assword|passwd|auth)|;jsessionid)=$")
  (#sc-not-inside? @finding "function-named" "([Rr]eset|[Vv]erif|[Cc]onfirm|[Ii]nvit|[Mm]agic|[Ss]ign_?[Ii]n_?[Ll]ink|[Ee]mail)")
  (#sc-named-like? @finding "secret-like-names" "non-secret-token-names"))

; API + path + '?sessionid=' + session.sessionId
((binary_expression
  left: [
    (string) @_before
    (binary_expression
      right: (string) @_before)
  ]
  operator: "+"
  right: (_) @finding)
  (#match? @_before "([?&]([Aa]ccess_?[Tt]oken|[Aa]uth_?[Tt]oken|authtoken|[Tt]oken|[Ss]ession(_?[Ii]d|_?[Tt]oken)?|jsessionid|JSESSIONID|PHPSESSID|[Rr]efresh_?[Tt]oken|[Ii]d_?[Tt]oken|jwt|[Pp]assword|passwd|auth)|;jsessionid)=[\"']$")
  (#sc-not-inside? @finding "function-named" "([Rr]eset|[Vv]erif|[Cc]onfirm|[Ii]nvit|[Mm]agic|[Ss]ign_?[Ii]n_?[Ll]ink|[Ee]mail)")
  (#sc-named-like? @finding "secret-like-names" "non-secret-token-names"))

; url.searchParams.set('access_token', session.accessToken)
((call_expression
  function: (member_expression
    object: (_) @_params
    property: (property_identifier) @_fn)
  arguments: (arguments
    .
    (_) @_key
    .
    (_) @finding .))
  (#match? @_params "searchParams$")
  (#any-of? @_fn "set" "append")
  (#sc-value-matches? @_key "^([Aa]ccess_?[Tt]oken|[Aa]uth_?[Tt]oken|authtoken|[Tt]oken|[Ss]ession(_?[Ii]d|_?[Tt]oken)?|jsessionid|JSESSIONID|PHPSESSID|[Rr]efresh_?[Tt]oken|[Ii]d_?[Tt]oken|jwt|[Pp]assword|passwd|auth)$")
  (#sc-not-inside? @finding "function-named" "([Rr]eset|[Vv]erif|[Cc]onfirm|[Ii]nvit|[Mm]agic|[Ss]ign_?[Ii]n_?[Ll]ink|[Ee]mail)")
  (#sc-named-like? @finding "secret-like-names" "non-secret-token-names"))

; axios.get(url, { params: { access_token: token } }), got(url, { searchParams: { token } })
((pair
  key: (property_identifier) @_params
  value: (object
    [
      (pair
        key: [(property_identifier) (string)] @_key
        value: (_) @finding)
      (shorthand_property_identifier) @_key @finding
    ]))
  (#any-of? @_params "params" "searchParams" "qs" "query")
  (#match? @_key "^[\"']?([Aa]ccess_?[Tt]oken|[Aa]uth_?[Tt]oken|authtoken|[Tt]oken|[Ss]ession(_?[Ii]d|_?[Tt]oken)?|jsessionid|JSESSIONID|PHPSESSID|[Rr]efresh_?[Tt]oken|[Ii]d_?[Tt]oken|jwt|[Pp]assword|passwd|auth)[\"']?$")
  (#sc-not-inside? @finding "function-named" "([Rr]eset|[Vv]erif|[Cc]onfirm|[Ii]nvit|[Mm]agic|[Ss]ign_?[Ii]n_?[Ll]ink|[Ee]mail)")
  (#sc-named-like? @finding "secret-like-names" "non-secret-token-names"))

; ---- client-asserted state (variant `client-state`) ---------------------------------------

; document.cookie = 'isAdmin=true; path=/', res.redirect('/home?authenticated=yes')
([(string) (template_string)] @finding
  (#match? @finding "(^[\"'`]|[?&;]\\s*)([Ii]s_?[Aa]dmin|[Aa]dmin|[Ii]s_?[Aa]uthenticated|[Aa]uthenticated|[Ii]s_?[Ll]ogged_?[Ii]n|[Ll]ogged_?[Ii]n|[Aa]uthorized)=([Tt]rue|TRUE|[Yy]es|YES|1)([^\\w]|$)")
  (#set! variant "client-state"))

; res.cookie('isAdmin', 'true'), cookies.set('loggedIn', true), url.searchParams.set('admin', '1')
((call_expression
  function: (member_expression
    property: (property_identifier) @_fn)
  arguments: (arguments
    .
    (string) @_key
    .
    [(string) (true) (number)] @finding))
  (#any-of? @_fn "cookie" "set" "append" "setCookie")
  (#match? @_key "^[\"']([Ii]s_?[Aa]dmin|[Aa]dmin|[Ii]s_?[Aa]uthenticated|[Aa]uthenticated|[Ii]s_?[Ll]ogged_?[Ii]n|[Ll]ogged_?[Ii]n|[Aa]uthorized)[\"']$")
  (#match? @finding "^([\"']?([Tt]rue|TRUE|[Yy]es|YES|1)[\"']?)$")
  (#set! variant "client-state"))
