; An OAuth client secret written into app code (CWE-798; OWASP MASTG OAuth 2.0 best practices,
; RFC 8252 section 8.5). A flow: a string literal that reads like a real secret (not empty,
; not a placeholder such as "<your-client-secret>", not a name such as "client_secret_post":
; #sc-secret-like-literal?) is a @source; the places where a client secret is handed over are
; @sinks: a `clientSecret` / `client_secret` property of a config or params object
; (expo-auth-session, react-native-app-auth, Passport strategies, URLSearchParams), a
; `params.append('client_secret', …)`, the text after `client_secret=` in a template or a
; concatenation. The engine connects them through constants, locals, parameters, object
; literals and helpers of the file. A secret-like literal kept under a client-secret name
; (`GITHUB_CLIENT_SECRET`) is reported where it is declared even when this module never sends
; it: it is in the bundle all the same. Secrets read at run time (process.env,
; react-native-config, expo-secure-store, a backend) are not literals here.
;
; In a web back end (a module that imports Express, Koa, Fastify, NestJS, hapi or Passport)
; the finding is the `server` variant, a note: the secret does not reach users, but it is in
; the repository. Both patterns of each kind are written twice, the server one first.

; ---- sources ------------------------------------------------------------------------------

([(string) (template_string)] @source
  (#sc-secret-like-literal? @source))

; ---- sinks: a back end (variant `server`) -------------------------------------------------

((pair
  key: [(property_identifier) (string)] @_key
  value: (_) @sink)
  (#match? @_key "^[\"']?([Cc]lient_?[Ss]ecret|[Cc]onsumer_?[Ss]ecret|CLIENT_SECRET)[\"']?$")
  (#sc-mentions? @sink "(from\\s+|require\\(\\s*)[\"'](express|koa|fastify|@nestjs/[\\w-]+|@hapi/hapi|passport[\\w-]*)[\"']")
  (#set! variant "server"))

((arguments
  (_) @_key
  .
  (_) @sink)
  (#sc-value-matches? @_key "^(client_secret|consumer_secret)$")
  (#sc-mentions? @sink "(from\\s+|require\\(\\s*)[\"'](express|koa|fastify|@nestjs/[\\w-]+|@hapi/hapi|passport[\\w-]*)[\"']")
  (#set! variant "server"))

((template_string
  (string_fragment) @_before
  .
  (template_substitution
    (_) @sink))
  (#match? @_before "(client|consumer)_secret=$")
  (#sc-mentions? @sink "(from\\s+|require\\(\\s*)[\"'](express|koa|fastify|@nestjs/[\\w-]+|@hapi/hapi|passport[\\w-]*)[\"']")
  (#set! variant "server"))

; ---- sinks --------------------------------------------------------------------------------

; { clientSecret: v }, { client_secret: v }, { 'client_secret': v }
((pair
  key: [(property_identifier) (string)] @_key
  value: (_) @sink)
  (#match? @_key "^[\"']?([Cc]lient_?[Ss]ecret|[Cc]onsumer_?[Ss]ecret|CLIENT_SECRET)[\"']?$"))

; body.append('client_secret', v), params.set(CLIENT_SECRET_KEY, v)
((arguments
  (_) @_key
  .
  (_) @sink)
  (#sc-value-matches? @_key "^(client_secret|consumer_secret)$"))

; config.clientSecret = v; params['client_secret'] = v
((assignment_expression
  left: [
    (member_expression
      property: (property_identifier) @_key)
    (subscript_expression
      index: (_) @_key)
  ]
  right: (_) @sink)
  (#sc-value-matches? @_key "^([Cc]lient_?[Ss]ecret|[Cc]onsumer_?[Ss]ecret)$"))

; `client_id=${id}&client_secret=${SECRET}`
((template_string
  (string_fragment) @_before
  .
  (template_substitution
    (_) @sink))
  (#match? @_before "(client|consumer)_secret=$"))

; 'client_secret=' + SECRET
((binary_expression
  left: [
    (string) @_before
    (binary_expression
      right: (string) @_before)
  ]
  operator: "+"
  right: (_) @sink)
  (#match? @_before "(client|consumer)_secret=[\"']$"))

; ---- written where it is kept -------------------------------------------------------------

; 'https://…/token?client_id=…&client_secret=s3cr3t…'
([(string) (template_string)] @finding
  (#match? @finding "(client|consumer)_secret=[A-Za-z0-9._~+/-]{8,}")
  (#not-match? @finding "(client|consumer)_secret=([Yy]our|YOUR|<|[Xx]{4}|[Cc]hange|CHANGE|[Rr]eplace|REPLACE)")
  (#sc-not-argument-of? @finding "list:comparison-callees,logging-callees,assertion-callees,string-edit-callees,ui-text-callees"))

; const GITHUB_CLIENT_SECRET = '…' (in a back end: variant `server`)
((variable_declarator
  name: (identifier) @_name
  value: [(string) (template_string)] @finding)
  (#sc-in-list? @_name "client-secret-names")
  (#sc-secret-like-literal? @finding)
  (#sc-mentions? @finding "(from\\s+|require\\(\\s*)[\"'](express|koa|fastify|@nestjs/[\\w-]+|@hapi/hapi|passport[\\w-]*)[\"']")
  (#set! variant "server"))

((variable_declarator
  name: (identifier) @_name
  value: [(string) (template_string)] @finding)
  (#sc-in-list? @_name "client-secret-names")
  (#sc-secret-like-literal? @finding))

; class Auth { clientSecret = '…' }
((public_field_definition
  name: (property_identifier) @_name
  value: [(string) (template_string)] @finding)
  (#sc-in-list? @_name "client-secret-names")
  (#sc-secret-like-literal? @finding))
