; JWTs issued without an expiry, or verified with hours of leeway (CWE-613): a token without
; `exp` stays valid for ever, so a stolen one never stops working and a logout or password
; change cannot end it. Kotlin apps use the Java libraries: the shapes are those of java.scm.
;
; Issuing: a builder chain written in one expression that sets no expiry - auth0
; JWT.create()….sign(alg) without withExpiresAt (or withClaim("exp", …) / withPayload(map)),
; jjwt Jwts.builder()….compact() without setExpiration / expiration (or setClaims / claims(map)),
; Nimbus JWTClaimsSet.Builder()….build() without expirationTime. A builder kept in a variable
; and finished elsewhere is not judged.
; Verifying: a leeway of an hour or more (or Long.MAX_VALUE) in acceptLeeway / acceptExpiresAt,
; setAllowedClockSkewSeconds / clockSkewSeconds, setAllowedClockSkewInSeconds, setMaxClockSkew.

; ---- issuing ------------------------------------------------------------------------------------

; JWT.create().withSubject(id).sign(algorithm)
((call_expression
  (navigation_expression
    .
    (call_expression) @_chain
    (identifier) @finding .))
  (#eq? @finding "sign")
  (#match? @_chain "^(com\\.auth0\\.jwt\\.)?JWT\\s*\\.\\s*create\\s*\\(")
  (#not-match? @_chain "\\.\\s*(withExpiresAt|withPayload)\\s*\\(|\"(exp|expiresAt|expires_at|expiry|expires)\""))

; Jwts.builder().subject(id).signWith(key).compact()
((call_expression
  (navigation_expression
    .
    (call_expression) @_chain
    (identifier) @finding .)
  (value_arguments) @_args)
  (#eq? @finding "compact")
  (#match? @_args "^\\(\\s*\\)$")
  (#match? @_chain "^(io\\.jsonwebtoken\\.)?Jwts\\s*\\.\\s*builder\\s*\\(")
  (#not-match? @_chain "\\.\\s*(setExpiration|expiration|setClaims|claims|addClaims)\\s*\\(|\"(exp|expiresAt|expires_at|expiry|expires)\""))

; JWTClaimsSet.Builder().subject(id).build()
((call_expression
  (navigation_expression
    .
    (call_expression) @_chain
    (identifier) @finding .)
  (value_arguments) @_args)
  (#eq? @finding "build")
  (#match? @_args "^\\(\\s*\\)$")
  (#match? @_chain "^(com\\.nimbusds\\.jwt\\.)?JWTClaimsSet\\s*\\.\\s*Builder\\s*\\(")
  (#not-match? @_chain "\\.\\s*expirationTime\\s*\\(|\"(exp|expiresAt|expires_at|expiry|expires)\""))

; ---- verifying: an hour or more of leeway ---------------------------------------------------------

; .acceptLeeway(86_400), .acceptExpiresAt(LEEWAY), .clockSkewSeconds(Long.MAX_VALUE)
((call_expression
  (navigation_expression
    (identifier) @_method .)
  (value_arguments
    .
    (value_argument
      (_) @finding .) .))
  (#any-of? @_method "acceptLeeway" "acceptExpiresAt" "setAllowedClockSkewSeconds" "clockSkewSeconds" "setAllowedClockSkewInSeconds" "setMaxClockSkew")
  (#sc-value-matches? @finding "^((\\d[\\d_]*){5,}|[4-9][\\d_]{3}|3[6-9][\\d_]{2})[Ll]?$")
  (#set! variant "not-enforced"))

((call_expression
  (navigation_expression
    (identifier) @_method .)
  (value_arguments
    .
    (value_argument
      (navigation_expression
        (identifier) @_max .) @finding .) .))
  (#any-of? @_method "acceptLeeway" "acceptExpiresAt" "setAllowedClockSkewSeconds" "clockSkewSeconds" "setAllowedClockSkewInSeconds" "setMaxClockSkew")
  (#eq? @_max "MAX_VALUE")
  (#set! variant "not-enforced"))
