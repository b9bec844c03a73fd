; A decision made on a claim of a JWT that was decoded but never verified (CWE-347): the
; payload of a JWT is only Base64, so anyone can write a token whose `role` is "admin".
; Kotlin apps use the Java libraries: the shapes are those of java.scm. It is a flow over
; derived values (dataflow/derived.ts): the source is the decode (JWTDecode.Android
; `JWT(token)`, auth0 JWT.decode, Nimbus SignedJWT.parse / JWTParser.parse, or a token split
; by hand, `token.split(".")`), the sink is the condition of an if / when / while, and the flow
; counts only when a claim is read on the way (`(#set! needs "part")`: `jwt.getClaim("role")`,
; not `jwt == null`). Time claims (`expiresAt`, `isExpired(…)`, `getClaim("exp")`: word list
; jwt-time-claims) are sanitizers: a client reading its token's expiry to refresh it decides
; nothing about access. A function that also verifies the token (word list
; jwt-verify-callees) is silent.

; ---- sources: decoded, not verified -------------------------------------------------------------
; An OpenID Connect ID token (`params.id_token`, `response.idToken`) is not one: it comes from
; the token endpoint over TLS, which OIDC Core (3.1.3.7) accepts in place of the signature check.

; JWT(accessToken) (JWTDecode.Android), com.auth0.android.jwt.JWT(accessToken)
((call_expression
  [
    (identifier) @_type
    (navigation_expression
      (identifier) @_type .)
  ]
  (value_arguments)) @source
  (#not-match? @source "[Ii][Dd]_?[Tt]oken")
  (#eq? @_type "JWT")
  (#set! through "any-read")
  (#set! through-arguments "claim-passing-callees")
  (#set! needs "part"))

; JWT.decode(token), SignedJWT.parse(token), JWTParser.parse(token)
((call_expression
  (navigation_expression
    .
    (_) @_owner
    (identifier) @_method .)) @source
  (#not-match? @source "[Ii][Dd]_?[Tt]oken")
  (#match? @_owner "(^|\\.)(JWT|SignedJWT|JWTParser)$")
  (#any-of? @_method "decode" "parse"))

; token.split("."), accessToken.split(".")
((call_expression
  (navigation_expression
    .
    (_) @_token
    (identifier) @_split .)
  (value_arguments
    .
    (value_argument
      (string_literal) @_dot .) .)) @source
  (#not-match? @source "[Ii][Dd]_?[Tt]oken")
  (#eq? @_split "split")
  (#match? @_dot "^\"(\\\\\\\\\\.|\\[\\.\\]|\\.)\"$")
  (#match? @_token "([Tt]oken|TOKEN|[Jj]wt|JWT)\\w*$"))

; ---- sanitizers: time claims, the shape of a split token ----------------------------------------------------------------

; jwt.expiresAt, jwt.isExpired(60), claims.issuedAt, parts.size (a token split by hand)
([
  (navigation_expression
    (identifier) @_claim .)
  (call_expression
    (navigation_expression
      (identifier) @_claim .))
 ] @sanitizer
  (#sc-in-list? @_claim "jwt-time-claims,jwt-shape-reads"))

; jwt.getClaim("exp"), claims["iat"], payload.optLong("exp")
([
  (call_expression
    (value_arguments
      .
      (value_argument
        (string_literal
          (string_content) @_claim))))
  (index_expression
    (string_literal
      (string_content) @_claim))
 ] @sanitizer
  (#sc-in-list? @_claim "jwt-time-claims"))

; ---- sinks: the condition of a decision -----------------------------------------------------
; Only decisions that grant something count: a condition on a privilege claim (role, admin,
; scope, permissions, groups, authorities), or any claim-driven condition in server code (ktor
; `call.request` / ApplicationCall, Spring ServerHttpRequest, a servlet request). A client
; checking it has a token, reading an id, or the bytes of a signature it split by hand
; (`r[0]`) decides nothing about access.

; if (…), while (…), when (subject), when { condition -> … }
([
  (if_expression
    condition: (_) @sink)
  (while_statement
    condition: (_) @sink)
  (do_while_statement
    condition: (_) @sink)
  (when_subject
    (_) @sink)
  (when_entry
    condition: (_) @sink)
 ]
  (#sc-not-has-call? @sink "list:jwt-verify-callees" "member")
  (#match? @sink "[Rr]oles?\\b|ROLE|[Aa]dmin|ADMIN|[Ss]copes?\\b|SCOPE|[Pp]ermission|PERMISSION|[Gg]roups?\\b|GROUP|[Pp]rivilege|[Aa]uthorit(y|ies)|AUTHORIT|[Ss]uperuser|[Ss]taff\\b|[Ii]sStaff|[Pp]remium|[Pp]lan\\b|[Tt]ier\\b|[Ss]ubscription|[Ee]ntitle"))

; the same, on any claim, in a method that handles a request
([
  (if_expression
    condition: (_) @sink)
  (while_statement
    condition: (_) @sink)
  (do_while_statement
    condition: (_) @sink)
  (when_subject
    (_) @sink)
  (when_entry
    condition: (_) @sink)
 ]
  (#sc-not-has-call? @sink "list:jwt-verify-callees" "member")
  (#not-match? @sink "[Rr]oles?\\b|ROLE|[Aa]dmin|ADMIN|[Ss]copes?\\b|SCOPE|[Pp]ermission|PERMISSION|[Gg]roups?\\b|GROUP|[Pp]rivilege|[Aa]uthorit(y|ies)|AUTHORIT|[Ss]uperuser|[Ss]taff\\b|[Ii]sStaff|[Pp]remium|[Pp]lan\\b|[Tt]ier\\b|[Ss]ubscription|[Ee]ntitle")
  (#sc-mentions? @sink "\\bcall\\.(request|receive|principal|parameters)|ApplicationCall|HttpServletRequest|ServerHttpRequest|ServerRequest|ServerWebExchange|@RequestHeader|ContainerRequestContext|HttpExchange|RoutingContext" "member"))
