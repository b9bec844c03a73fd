; A decision made on a claim of a JWT that was decoded but never verified (CWE-347): the
; payload of a JWT is only Base64, so anyone can write a token whose `role` is "admin".
; It is a flow over derived values (dataflow/derived.ts): the source is the decode
; (JWTDecode.swift `decode(jwt:)`, Swift-JWT `JWT(jwtString:)` without a verifier, or a token
; split by hand, `token.components(separatedBy: ".")`), the sink is the condition of an if /
; guard / switch / while / ternary, and the flow counts only when a claim is read on the way
; (`(#set! needs "part")`: `jwt.claim(name: "role").string`, `jwt["scope"]`, not `if let jwt`).
; Time claims (`expired`, `expiresAt`, `claim(name: "exp")`: word list jwt-time-claims) and the
; shape of a split token (`parts.count == 3`) are sanitizers. A function that also verifies
; the token (JWTKit `verify`: word list jwt-verify-callees) is silent.

; ---- sources: decoded, not verified -------------------------------------------------------------
; An OpenID Connect ID token (`params.id_token`, `response.idToken`) is not one: it comes from
; the token endpoint over TLS, which OIDC Core (3.1.3.7) accepts in place of the signature check.

; decode(jwt: token), JWTDecode.decode(jwt: token)
((call_expression
  [
    (simple_identifier) @_fn
    (navigation_expression
      suffix: (navigation_suffix
        suffix: (simple_identifier) @_fn))
  ]
  (call_suffix
    (value_arguments
      .
      (value_argument
        name: (value_argument_label) @_label) .))) @source
  (#not-match? @source "[Ii][Dd]_?[Tt]oken")
  (#eq? @_fn "decode")
  (#eq? @_label "jwt")
  (#set! through "any-read")
  (#set! through-arguments "claim-passing-callees")
  (#set! needs "part"))

; JWT<Claims>(jwtString: token): Swift-JWT without a verifier does not check the signature
((constructor_expression
  constructed_type: (user_type
    (type_identifier) @_type)
  (constructor_suffix
    (value_arguments
      .
      (value_argument
        name: (value_argument_label) @_label) .))) @source
  (#not-match? @source "[Ii][Dd]_?[Tt]oken")
  (#eq? @_type "JWT")
  (#eq? @_label "jwtString"))

; token.components(separatedBy: "."), accessToken.split(separator: ".")
((call_expression
  (navigation_expression
    target: (_) @_token
    suffix: (navigation_suffix
      suffix: (simple_identifier) @_split))
  (call_suffix
    (value_arguments
      .
      (value_argument
        value: (line_string_literal) @_dot) .))) @source
  (#not-match? @source "[Ii][Dd]_?[Tt]oken")
  (#any-of? @_split "components" "split")
  (#eq? @_dot "\".\"")
  (#match? @_token "([Tt]oken|TOKEN|[Jj]wt|JWT)\\w*$"))

; ---- sanitizers: time claims and the shape of a split token -------------------------------------

; jwt.expired, jwt.expiresAt, jwt.issuedAt, parts.count
((navigation_expression
  suffix: (navigation_suffix
    suffix: (simple_identifier) @_claim)) @sanitizer
  (#sc-in-list? @_claim "jwt-time-claims,jwt-shape-reads"))

; jwt.claim(name: "exp"), jwt["iat"], payload["exp"]
((call_expression
  (call_suffix
    (value_arguments
      .
      (value_argument
        value: (line_string_literal
          text: (line_str_text) @_claim))))) @sanitizer
  (#sc-in-list? @_claim "jwt-time-claims"))

; ---- sinks: the condition of a decision -----------------------------------------------------
; Only decisions that grant something count: a condition on a privilege claim (role, admin,
; scope, permissions, groups, authorities), or any claim-driven condition in server code (a
; Vapor handler reading `req.headers`, `req.auth`). An app checking it has a token or showing
; a name decides nothing about access.

; if …, guard …, each condition after a comma, comments between skipped (#sc-after?); not the
; value of `if let x = …` (a binding), which follows `=` instead
([
  (if_statement
    condition: (_) @sink)
  (guard_statement
    condition: (_) @sink)
 ]
  (#sc-after? @sink "^(if|guard|,)$")
  (#sc-not-has-call? @sink "list:jwt-verify-callees" "member")
  (#match? @sink "[Rr]oles?\\b|ROLE|[Aa]dmin|ADMIN|[Ss]copes?\\b|SCOPE|[Pp]ermission|PERMISSION|[Gg]roups?\\b|GROUP|[Pp]rivilege|[Aa]uthorit(y|ies)|AUTHORIT|[Ss]uperuser|[Ss]taff\\b|[Ii]sStaff|[Pp]remium|[Pp]lan\\b|[Tt]ier\\b|[Ss]ubscription|[Ee]ntitle"))

; the same, on any claim, in a method that handles a request
([
  (if_statement
    condition: (_) @sink)
  (guard_statement
    condition: (_) @sink)
 ]
  (#sc-after? @sink "^(if|guard|,)$")
  (#sc-not-has-call? @sink "list:jwt-verify-callees" "member")
  (#not-match? @sink "[Rr]oles?\\b|ROLE|[Aa]dmin|ADMIN|[Ss]copes?\\b|SCOPE|[Pp]ermission|PERMISSION|[Gg]roups?\\b|GROUP|[Pp]rivilege|[Aa]uthorit(y|ies)|AUTHORIT|[Ss]uperuser|[Ss]taff\\b|[Ii]sStaff|[Pp]remium|[Pp]lan\\b|[Tt]ier\\b|[Ss]ubscription|[Ee]ntitle")
  (#sc-mentions? @sink "\\breq\\.(headers|auth|parameters|query|content)|_ req: Request\\b|: Request\\)" "member"))

; while …, switch …, … ? … : …
([
  (while_statement
    condition: (_) @sink)
  (switch_statement
    expr: (_) @sink)
  (ternary_expression
    condition: (_) @sink)
 ]
  (#sc-not-has-call? @sink "list:jwt-verify-callees" "member")
  (#match? @sink "[Rr]oles?\\b|ROLE|[Aa]dmin|ADMIN|[Ss]copes?\\b|SCOPE|[Pp]ermission|PERMISSION|[Gg]roups?\\b|GROUP|[Pp]rivilege|[Aa]uthorit(y|ies)|AUTHORIT|[Ss]uperuser|[Ss]taff\\b|[Ii]sStaff|[Pp]remium|[Pp]lan\\b|[Tt]ier\\b|[Ss]ubscription|[Ee]ntitle"))

; the same, on any claim, in a method that handles a request
([
  (while_statement
    condition: (_) @sink)
  (switch_statement
    expr: (_) @sink)
  (ternary_expression
    condition: (_) @sink)
 ]
  (#sc-not-has-call? @sink "list:jwt-verify-callees" "member")
  (#not-match? @sink "[Rr]oles?\\b|ROLE|[Aa]dmin|ADMIN|[Ss]copes?\\b|SCOPE|[Pp]ermission|PERMISSION|[Gg]roups?\\b|GROUP|[Pp]rivilege|[Aa]uthorit(y|ies)|AUTHORIT|[Ss]uperuser|[Ss]taff\\b|[Ii]sStaff|[Pp]remium|[Pp]lan\\b|[Tt]ier\\b|[Ss]ubscription|[Ee]ntitle")
  (#sc-mentions? @sink "\\breq\\.(headers|auth|parameters|query|content)|_ req: Request\\b|: Request\\)" "member"))
