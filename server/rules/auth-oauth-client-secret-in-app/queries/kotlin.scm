; An OAuth client secret written into app code (CWE-798; OWASP MASTG OAuth 2.0 best practices,
; RFC 8252 section 8.5). A flow: a string literal that reads like a real secret (not empty,
; not a placeholder such as "YOUR_CLIENT_SECRET", not a name such as "client_secret_post":
; #sc-secret-like-literal?) is a @source; the places where a client secret is handed over are
; @sinks: a form or query parameter "client_secret", a `clientSecret = …` argument or
; property, AppAuth's `ClientSecretBasic(…)` / `ClientSecretPost(…)`, the text after
; `client_secret=` in a concatenation or template. The engine connects them through
; constants, properties, locals, parameters and helpers of the file. A secret-like literal kept
; under a client-secret name (`CLIENT_SECRET`, `oauthClientSecret`) is reported where it is
; declared even when this file never sends it: it is in the package all the same. Secrets read
; at run time (from a backend, the Keystore, BuildConfig) are not literals here.

; ---- sources ------------------------------------------------------------------------------

((string_literal) @source
  (#sc-secret-like-literal? @source))

; ---- sinks --------------------------------------------------------------------------------

; FormBody.Builder().add("client_secret", v), .appendQueryParameter(CLIENT_SECRET_KEY, v),
; params.put("client_secret", v)
((value_arguments
  (value_argument
    (_) @_key)
  .
  (value_argument
    (_) @sink))
  (#sc-value-matches? @_key "^(client_secret|consumer_secret)$"))

; mapOf("client_secret" to v)
((infix_expression
  (_) @_key
  .
  (identifier) @_to
  .
  (_) @sink)
  (#eq? @_to "to")
  (#sc-value-matches? @_key "^(client_secret|consumer_secret)$"))

; params["client_secret"] = v
((assignment
  left: (index_expression
    (_)
    .
    (_) @_key .)
  right: (_) @sink)
  (#sc-value-matches? @_key "^(client_secret|consumer_secret)$"))

; OAuthConfig(clientSecret = v), AuthConfig(client_secret = v)
((value_argument
  (identifier) @_label
  .
  (_) @sink)
  (#sc-in-list? @_label "client-secret-names"))

; config.clientSecret = v; apply { clientSecret = v }
((assignment
  left: [
    (identifier) @_name
    (navigation_expression
      (identifier) @_name .)
  ]
  right: (_) @sink)
  (#sc-in-list? @_name "client-secret-names"))

; AppAuth: ClientSecretBasic(v), ClientSecretPost(v)
((call_expression
  [
    (identifier) @_fn
    (navigation_expression
      (identifier) @_fn .)
  ]
  (value_arguments
    .
    (value_argument
      (_) @sink)))
  (#any-of? @_fn "ClientSecretBasic" "ClientSecretPost"))

; "client_id=" + id + "&client_secret=" + SECRET
((binary_expression
  left: [
    (string_literal) @_before
    (binary_expression
      right: (string_literal) @_before)
  ]
  operator: "+"
  right: (_) @sink)
  (#match? @_before "(client|consumer)_secret=\"$"))

; "client_id=$id&client_secret=${SECRET}"
((string_literal
  (string_content) @_before
  .
  (interpolation
    (_) @sink))
  (#match? @_before "(client|consumer)_secret=$"))

; ---- written where it is kept -------------------------------------------------------------

; "…/token?grant_type=client_credentials&client_secret=s3cr3t…"
((string_literal) @finding
  (#match? @finding "(client|consumer)_secret=[A-Za-z0-9._~+/-]{8,}")
  (#not-match? @finding "(client|consumer)_secret=([Yy]our|YOUR|<|[Xx]{4}|[Cc]hange|CHANGE|[Rr]eplace|REPLACE)")
  (#sc-not-argument-of? @finding "list:comparison-callees,logging-callees,assertion-callees,string-edit-callees,ui-text-callees"))

; "client_id=$CLIENT_ID&client_secret=$CLIENT_SECRET": a name in the text, resolved by value
((string_literal) @finding
  (#match? @finding "(client|consumer)_secret=\\$[A-Za-z_]")
  (#sc-value-matches? @finding "(client|consumer)_secret=(?![Yy]our|YOUR|<|[Xx]{4}|[Cc]hange|CHANGE|[Rr]eplace|REPLACE)[A-Za-z0-9._~+/-]{8,}")
  (#sc-not-argument-of? @finding "list:comparison-callees,logging-callees,assertion-callees,string-edit-callees,ui-text-callees"))

; const val CLIENT_SECRET = "…"; private val oauthClientSecret = "…"
((property_declaration
  (variable_declaration
    (identifier) @_name)
  (string_literal) @finding)
  (#sc-in-list? @_name "client-secret-names")
  (#sc-secret-like-literal? @finding))

; class OAuth(val clientSecret: String = "…")
((class_parameter
  (identifier) @_name
  (string_literal) @finding)
  (#sc-in-list? @_name "client-secret-names")
  (#sc-secret-like-literal? @finding))
