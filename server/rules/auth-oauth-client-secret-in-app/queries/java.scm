; An OAuth client secret written into app code (CWE-798; OWASP MASTG OAuth 2.0 best practices,
; RFC 8252 section 8.5). A flow: a string literal that reads like a real secret (not empty,
; not a placeholder such as "<your-client-secret>", not a name such as "client_secret_basic":
; #sc-secret-like-literal?) is a @source; the places where a client secret is handed over are
; @sinks: a form or query parameter "client_secret", a `clientSecret` field or setter, AppAuth's
; `ClientSecretBasic(…)` / `ClientSecretPost(…)`, the text after `client_secret=` in a
; concatenation. The engine connects them through constants, fields, locals, parameters and
; helpers of the file. A secret-like literal kept under a client-secret name (`CLIENT_SECRET`,
; `TWITTER_CONSUMER_SECRET`) is reported where it is declared even when this file never sends
; it: it is in the package all the same. Secrets read at run time (from a backend, the
; Keystore, resources, BuildConfig) are not literals here.

; ---- sources ------------------------------------------------------------------------------

((string_literal) @source
  (#sc-secret-like-literal? @source))

; ---- sinks --------------------------------------------------------------------------------

; new FormBody.Builder().add("client_secret", v), params.put(CLIENT_SECRET_KEY, v),
; .appendQueryParameter("client_secret", v)
((argument_list
  (_) @_key
  .
  (_) @sink)
  (#sc-value-matches? @_key "^(client_secret|consumer_secret)$"))

; AppAuth: new ClientSecretBasic(v), new ClientSecretPost(v)
((object_creation_expression
  type: (_) @_type
  arguments: (argument_list
    .
    (_) @sink))
  (#match? @_type "(^|\\.)ClientSecret(Basic|Post)$"))

; config.setClientSecret(v), builder.clientSecret(v)
((method_invocation
  name: (identifier) @_fn
  arguments: (argument_list
    .
    (_) @sink .))
  (#match? @_fn "^(set)?([Cc]lient|[Cc]onsumer)Secret$"))

; this.clientSecret = v; config.clientSecret = v
((assignment_expression
  left: [
    (identifier) @_name
    (field_access
      field: (identifier) @_name)
  ]
  right: (_) @sink)
  (#sc-in-list? @_name "client-secret-names"))

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

; ---- written where it is kept -------------------------------------------------------------

; "…/token?grant_type=client_credentials&client_secret=s3cr3t…"
((string_literal) @finding
  (#match? @finding "(client|consumer)_secret=[A-Za-z0-9._~+/-]{8,}")
  (#not-match? @finding "(client|consumer)_secret=([Yy]our|YOUR|<|[Xx]{4}|[Cc]hange|CHANGE|[Rr]eplace|REPLACE)")
  (#sc-not-argument-of? @finding "list:comparison-callees,logging-callees,assertion-callees,string-edit-callees,ui-text-callees"))

; static final String CLIENT_SECRET = "…"; private String consumerSecret = "…"
((variable_declarator
  name: (identifier) @_name
  value: (string_literal) @finding)
  (#sc-in-list? @_name "client-secret-names")
  (#sc-secret-like-literal? @finding))
