; Session secrets and client-asserted authentication state in URLs (CWE-598, CWE-472; OWASP
; MASTG "stateful authentication": session ids travel only over TLS and never where they are
; logged; "authentication bypass": the client must not be able to set its own state).
;
; A secret: a query parameter named like a credential (`access_token`, `token`, `sessionid`,
; `;jsessionid`, `refresh_token`, `jwt`, `password`, …) whose value is named like one (word
; list `secret-like-names`: `accessToken`, `session.sessionId`, `getToken()`), unless the
; name says it is something else (word list `non-secret-token-names`: `nextPageToken`,
; `syncToken`, `fcmToken`, `csrfToken`, `unsubscribeToken`). Found in templates, concatenation,
; `Uri.Builder.appendQueryParameter`, OkHttp `addQueryParameter` and Retrofit `@Query`.
; Headers (`addHeader("Authorization", …)`, `@Header`) and form bodies stay silent.
;
; Client state (variant `client-state`): `isAdmin=true`, `authenticated=yes`, `loggedIn=1`
; written into a URL or a cookie.

; ---- secrets ------------------------------------------------------------------------------

; "$base/media?access_token=$accessToken" (a name the grammar keeps as text)
((string_literal) @finding
  (#match? @finding "([?&]([Aa]ccess_?[Tt]oken|[Aa]uth_?[Tt]oken|authtoken|[Tt]oken|[Ss]ession(_?[Ii]d|_?[Tt]oken)?|jsessionid|JSESSIONID|PHPSESSID|[Rr]efresh_?[Tt]oken|[Ii]d_?[Tt]oken|jwt|[Pp]assword|passwd)|;jsessionid)=\\$[A-Za-z_]*([Tt]oken|TOKEN|[Ss]ession|SESSION|[Jj]wt|JWT|[Pp]assword|PASSWORD)")
  (#not-match? @finding "=\\$[A-Za-z_]*([Pp]age|[Nn]ext|[Cc]ursor|[Ss]ync|[Cc]srf|[Xx]srf|[Ff]cm|[Pp]ush|[Dd]evice|[Uu]nsubscribe|[Ii]nvite|[Rr]eset|[Vv]erif|[Ee]mail|[Cc]ontinuation)"))

; "$base/files?token=${session.accessToken}"
((string_literal
  (string_content) @_before
  .
  (interpolation
    (_) @finding))
  (#match? @_before "([?&]([Aa]ccess_?[Tt]oken|[Aa]uth_?[Tt]oken|authtoken|[Tt]oken|[Ss]ession(_?[Ii]d|_?[Tt]oken)?|jsessionid|JSESSIONID|PHPSESSID|[Rr]efresh_?[Tt]oken|[Ii]d_?[Tt]oken|jwt|[Pp]assword|passwd|auth)|;jsessionid)=$")
  (#sc-named-like? @finding "secret-like-names" "non-secret-token-names"))

; base + path + ";jsessionid=" + sessionId, url + "?token=" + authToken
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

; .appendQueryParameter("access_token", session.accessToken), .addQueryParameter("sessionid", id)
((call_expression
  (navigation_expression
    (identifier) @_fn .)
  (value_arguments
    .
    (value_argument
      (_) @_key)
    .
    (value_argument
      (_) @finding) .))
  (#match? @_fn "^(appendQueryParameter|addQueryParameter|addEncodedQueryParameter|setQueryParameter|setEncodedQueryParameter|queryParam|addQueryParam|parameter)$")
  (#sc-value-matches? @_key "^([Aa]ccess_?[Tt]oken|[Aa]uth_?[Tt]oken|authtoken|[Tt]oken|[Ss]ession(_?[Ii]d|_?[Tt]oken)?|jsessionid|JSESSIONID|PHPSESSID|[Rr]efresh_?[Tt]oken|[Ii]d_?[Tt]oken|jwt|[Pp]assword|passwd|auth)$")
  (#sc-named-like? @finding "secret-like-names" "non-secret-token-names"))

; Retrofit: @Query("access_token") token: String
((function_value_parameters
  (parameter_modifiers
    (annotation
      (constructor_invocation
        (user_type
          (identifier) @_annotation)
        (value_arguments
          (value_argument
            (string_literal) @finding)))))
  .
  (parameter
    (identifier) @_name))
  (#eq? @_annotation "Query")
  (#match? @finding "^\"([Aa]ccess_?[Tt]oken|[Aa]uth_?[Tt]oken|authtoken|[Tt]oken|[Ss]ession(_?[Ii]d|_?[Tt]oken)?|jsessionid|[Rr]efresh_?[Tt]oken|[Ii]d_?[Tt]oken|jwt|[Pp]assword|passwd)\"$")
  (#sc-not-in-list? @_name "non-secret-token-names"))

; ---- client-asserted state (variant `client-state`) ---------------------------------------

; "…?isAdmin=true", CookieManager.setCookie(url, "authenticated=yes; path=/")
((string_literal) @finding
  (#match? @finding "(^\"|[?&;]\\s*)([Ii]s_?[Aa]dmin|[Aa]dmin|[Ii]s_?[Aa]uthenticated|[Aa]uthenticated|[Ii]s_?[Ll]ogged_?[Ii]n|[Ll]ogged_?[Ii]n|[Aa]uthorized)=([Tt]rue|TRUE|[Yy]es|YES|1)([^\\w]|$)")
  (#set! variant "client-state"))

; .appendQueryParameter("isAdmin", "true")
((call_expression
  (navigation_expression
    (identifier) @_fn .)
  (value_arguments
    .
    (value_argument
      (string_literal) @_key)
    .
    (value_argument
      (string_literal) @finding) .))
  (#match? @_fn "^(appendQueryParameter|addQueryParameter|addEncodedQueryParameter|setQueryParameter|queryParam)$")
  (#match? @_key "^\"([Ii]s_?[Aa]dmin|[Aa]dmin|[Ii]s_?[Aa]uthenticated|[Aa]uthenticated|[Ii]s_?[Ll]ogged_?[Ii]n|[Ll]ogged_?[Ii]n|[Aa]uthorized)\"$")
  (#match? @finding "^\"([Tt]rue|TRUE|[Yy]es|YES|1)\"$")
  (#set! variant "client-state"))
