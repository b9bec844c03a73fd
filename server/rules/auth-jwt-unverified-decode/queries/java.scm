; A decision made on a claim of a JWT that was decoded but never verified (CWE-347): the
; payload of a JWT is only Base64, so anyone can write a token whose `admin` claim is true.
; It is a flow over derived values (dataflow/derived.ts): the source is the decode (auth0
; JWT.decode, JWTDecode.Android `new JWT(token)`, Nimbus SignedJWT.parse / JWTParser.parse,
; or a token split by hand, `token.split("\\.")`), the sink is the condition of an if /
; switch / while / ternary, and the flow counts only when a claim is read on the way
; (`(#set! needs "part")`: `jwt.getClaim("admin")`, not `jwt == null`). Time claims
; (getExpiresAt, isExpired, getClaim("exp"): word list jwt-time-claims) are sanitizers: a
; client reading its token's expiry to refresh it decides nothing about access. A method that
; also verifies the token (verify, parseClaimsJws: word list jwt-verify-callees) is silent.

; ---- sources: decoded, not verified -------------------------------------------------------------
; An OpenID Connect ID token (`params.id_token`, `response.idToken`) is not one: it comes from
; the token endpoint over TLS, which OIDC Core (3.1.3.7) accepts in place of the signature check.

; JWT.decode(token), com.auth0.jwt.JWT.decode(token)
((method_invocation
  object: [(identifier) (field_access)] @_owner
  name: (identifier) @_method) @source
  (#not-match? @source "[Ii][Dd]_?[Tt]oken")
  (#match? @_owner "(^|\\.)JWT$")
  (#eq? @_method "decode")
  (#set! through "any-read")
  (#set! through-arguments "claim-passing-callees")
  (#set! needs "part"))

; new JWT(token) (JWTDecode.Android: com.auth0.android.jwt.JWT)
((object_creation_expression
  type: [(type_identifier) (scoped_type_identifier)] @_type) @source
  (#not-match? @source "[Ii][Dd]_?[Tt]oken")
  (#match? @_type "(^|\\.)JWT$"))

; SignedJWT.parse(token), JWTParser.parse(token), EncryptedJWT.parse(token) (Nimbus)
((method_invocation
  object: [(identifier) (field_access)] @_owner
  name: (identifier) @_method) @source
  (#not-match? @source "[Ii][Dd]_?[Tt]oken")
  (#match? @_owner "(^|\\.)(SignedJWT|JWTParser)$")
  (#eq? @_method "parse"))

; token.split("\\."), accessToken.split("[.]")
((method_invocation
  object: (_) @_token
  name: (identifier) @_split
  arguments: (argument_list
    .
    (string_literal) @_dot .)) @source
  (#not-match? @source "[Ii][Dd]_?[Tt]oken")
  (#eq? @_split "split")
  (#match? @_dot "^\"(\\\\\\\\\\.|\\[\\.\\]|\\.)\"$")
  (#match? @_token "([Tt]oken|TOKEN|[Jj]wt|JWT)\\w*$"))

; ---- sanitizers: time claims, the shape of a split token ----------------------------------------------------------------

; jwt.getExpiresAt(), jwt.isExpired(30), claims.getIssueTime(), parts.length (a token split by hand)
([
  (method_invocation
    name: (identifier) @_claim)
  (field_access
    field: (identifier) @_claim)
 ] @sanitizer
  (#sc-in-list? @_claim "jwt-time-claims,jwt-shape-reads"))

; jwt.getClaim("exp"), claims.getLong("iat"), claims.optLong("exp")
((method_invocation
  arguments: (argument_list
    .
    (string_literal
      (string_fragment) @_claim))) @sanitizer
  (#sc-in-list? @_claim "jwt-time-claims"))

; ---- sinks: the condition of a decision -----------------------------------------------------
; Only decisions that grant something count: a condition on a privilege claim (role, admin,
; scope, permissions, groups, authorities), or any claim-driven condition in server code (the
; method takes an HttpServletRequest, a Spring ServerHttpRequest / @RequestHeader, a JAX-RS
; ContainerRequestContext). A client checking it has a token, reading an id, or the bytes of a
; signature it split by hand (`r[0]`) decides nothing about access.

([
  (if_statement
    condition: (parenthesized_expression
      (_) @sink))
  (while_statement
    condition: (parenthesized_expression
      (_) @sink))
  (do_statement
    condition: (parenthesized_expression
      (_) @sink))
  (switch_expression
    condition: (parenthesized_expression
      (_) @sink))
  (ternary_expression
    condition: (_) @sink)
 ]
  (#sc-not-has-call? @sink "list:jwt-verify-callees" "member")
  (#match? @sink "[Rr]oles?\\b|ROLE|[Aa]dmin|ADMIN|[Ss]copes?\\b|SCOPE|[Pp]ermission|PERMISSION|[Gg]roups?\\b|GROUP|[Pp]rivilege|[Aa]uthorit(y|ies)|AUTHORIT|[Ss]uperuser|[Ss]taff\\b|[Ii]sStaff|[Pp]remium|[Pp]lan\\b|[Tt]ier\\b|[Ss]ubscription|[Ee]ntitle"))

; the same, on any claim, in a method that handles a request
([
  (if_statement
    condition: (parenthesized_expression
      (_) @sink))
  (while_statement
    condition: (parenthesized_expression
      (_) @sink))
  (do_statement
    condition: (parenthesized_expression
      (_) @sink))
  (switch_expression
    condition: (parenthesized_expression
      (_) @sink))
  (ternary_expression
    condition: (_) @sink)
 ]
  (#sc-not-has-call? @sink "list:jwt-verify-callees" "member")
  (#not-match? @sink "[Rr]oles?\\b|ROLE|[Aa]dmin|ADMIN|[Ss]copes?\\b|SCOPE|[Pp]ermission|PERMISSION|[Gg]roups?\\b|GROUP|[Pp]rivilege|[Aa]uthorit(y|ies)|AUTHORIT|[Ss]uperuser|[Ss]taff\\b|[Ii]sStaff|[Pp]remium|[Pp]lan\\b|[Tt]ier\\b|[Ss]ubscription|[Ee]ntitle")
  (#sc-mentions? @sink "\\bcall\\.(request|receive|principal|parameters)|ApplicationCall|HttpServletRequest|ServerHttpRequest|ServerRequest|ServerWebExchange|@RequestHeader|ContainerRequestContext|HttpExchange|RoutingContext" "member"))
