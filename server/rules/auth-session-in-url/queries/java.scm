; Session secrets and client-asserted authentication state in URLs (CWE-598, CWE-472; OWASP
; MASTG "stateful authentication": session ids travel only over TLS and never where they are
; logged; "authentication bypass": the client must not be able to set its own state).
;
; A secret: a query parameter named like a credential (`access_token`, `token`, `sessionid`,
; `;jsessionid`, `refresh_token`, `jwt`, `password`, …) whose value is named like one (word
; list `secret-like-names`: `authtoken`, `session.getSessionId()`, `token[0]`), unless the
; name says it is something else (word list `non-secret-token-names`: `nextPageToken`,
; `csrfToken`, `fcmToken`). Found in concatenation, `Uri.Builder.appendQueryParameter`,
; OkHttp `addQueryParameter` and Retrofit `@Query`. Headers and form bodies stay silent.
;
; Client state (variant `client-state`): `isAdmin=true`, `authenticated=yes`, `loggedIn=1`
; written into a URL or a cookie (`new HttpCookie("isAdmin", "true")`).

; ---- secrets ------------------------------------------------------------------------------

; baseUrl + "/gui/?token=" + authtoken, base + path + ";jsessionid=" + session.getSessionId()
((binary_expression
  left: [
    (string_literal) @_before
    (binary_expression
      right: (string_literal) @_before)
  ]
  operator: "+"
  right: (_) @finding)
  (#match? @_before "([?&]([Aa]ccess_?[Tt]oken|[Aa]uth_?[Tt]oken|authtoken|[Tt]oken|[Ss]ession(_?[Ii]d|_?[Tt]oken)?|jsessionid|JSESSIONID|PHPSESSID|[Rr]efresh_?[Tt]oken|[Ii]d_?[Tt]oken|jwt|[Pp]assword|passwd|auth)|;jsessionid)=\"$")
  (#sc-named-like? @finding "secret-like-names" "non-secret-token-names"))

; .appendQueryParameter("access_token", session.getAccessToken()), .addQueryParameter("sessionid", id)
((method_invocation
  name: (identifier) @_fn
  arguments: (argument_list
    .
    (_) @_key
    .
    (_) @finding .))
  (#match? @_fn "^(appendQueryParameter|addQueryParameter|addEncodedQueryParameter|setQueryParameter|setEncodedQueryParameter|queryParam|addQueryParam|setParameter|addParameter)$")
  (#sc-value-matches? @_key "^([Aa]ccess_?[Tt]oken|[Aa]uth_?[Tt]oken|authtoken|[Tt]oken|[Ss]ession(_?[Ii]d|_?[Tt]oken)?|jsessionid|JSESSIONID|PHPSESSID|[Rr]efresh_?[Tt]oken|[Ii]d_?[Tt]oken|jwt|[Pp]assword|passwd|auth)$")
  (#sc-named-like? @finding "secret-like-names" "non-secret-token-names"))

; Retrofit: @Query("access_token") String token
((formal_parameter
  (modifiers
    (annotation
      name: (identifier) @_annotation
      arguments: (annotation_argument_list
        (string_literal) @finding)))
  name: (identifier) @_name)
  (#eq? @_annotation "Query")
  (#match? @finding "^\"([Aa]ccess_?[Tt]oken|[Aa]uth_?[Tt]oken|authtoken|[Tt]oken|[Ss]ession(_?[Ii]d|_?[Tt]oken)?|jsessionid|[Rr]efresh_?[Tt]oken|[Ii]d_?[Tt]oken|jwt|[Pp]assword|passwd)\"$")
  (#sc-not-in-list? @_name "non-secret-token-names"))

; ---- client-asserted state (variant `client-state`) ---------------------------------------

; "/home?loggedIn=true", "isAdmin=true; path=/"
((string_literal) @finding
  (#match? @finding "(^\"|[?&;]\\s*)([Ii]s_?[Aa]dmin|[Aa]dmin|[Ii]s_?[Aa]uthenticated|[Aa]uthenticated|[Ii]s_?[Ll]ogged_?[Ii]n|[Ll]ogged_?[Ii]n|[Aa]uthorized)=([Tt]rue|TRUE|[Yy]es|YES|1)([^\\w]|$)")
  (#set! variant "client-state"))

; new HttpCookie("isAdmin", "true"), new Cookie("loggedIn", "1"), .appendQueryParameter("admin", "true")
([
  (object_creation_expression
    arguments: (argument_list
      .
      (string_literal) @_key
      .
      (string_literal) @finding .))
  (method_invocation
    arguments: (argument_list
      .
      (string_literal) @_key
      .
      (string_literal) @finding .))
 ]
  (#match? @_key "^\"([Ii]s_?[Aa]dmin|[Aa]dmin|[Ii]s_?[Aa]uthenticated|[Aa]uthenticated|[Ii]s_?[Ll]ogged_?[Ii]n|[Ll]ogged_?[Ii]n|[Aa]uthorized)\"$")
  (#match? @finding "^\"([Tt]rue|TRUE|[Yy]es|YES|1)\"$")
  (#set! variant "client-state"))
