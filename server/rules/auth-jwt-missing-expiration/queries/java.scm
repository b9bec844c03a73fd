; JWTs issued without an expiry, or verified with hours of leeway (CWE-613): a token without
; `exp` stays valid for ever, so a stolen one never stops working and a logout or password
; change cannot end it.
;
; Issuing: a builder chain written in one expression that sets no expiry - auth0
; JWT.create()….sign(alg) without withExpiresAt (or withClaim("exp", …) / withPayload(map),
; which may carry it), jjwt Jwts.builder()….compact() without setExpiration / expiration (or
; setClaims / claims(map)), Nimbus new JWTClaimsSet.Builder()….build() without expirationTime
; (or claim("exp", …)). A builder kept in a variable and finished elsewhere is not judged.
; Verifying: a leeway of an hour or more (or Long.MAX_VALUE) in acceptLeeway / acceptExpiresAt,
; setAllowedClockSkewSeconds / clockSkewSeconds, setAllowedClockSkewInSeconds, setMaxClockSkew.

; ---- issuing ------------------------------------------------------------------------------------

; JWT.create().withSubject(id).sign(algorithm)
((method_invocation
  object: (method_invocation) @_chain
  name: (identifier) @finding)
  (#eq? @finding "sign")
  (#match? @_chain "^(com\\.auth0\\.jwt\\.)?JWT\\s*\\.\\s*create\\s*\\(")
  (#not-match? @_chain "\\.\\s*(withExpiresAt|withPayload)\\s*\\(|\"(exp|expiresAt|expires_at|expiry|expires)\""))

; Jwts.builder().setSubject(id).signWith(key).compact()
((method_invocation
  object: (method_invocation) @_chain
  name: (identifier) @finding
  arguments: (argument_list) @_args)
  (#eq? @finding "compact")
  (#match? @_args "^\\(\\s*\\)$")
  (#match? @_chain "^(io\\.jsonwebtoken\\.)?Jwts\\s*\\.\\s*builder\\s*\\(")
  (#not-match? @_chain "\\.\\s*(setExpiration|expiration|setClaims|claims|addClaims)\\s*\\(|\"(exp|expiresAt|expires_at|expiry|expires)\""))

; new JWTClaimsSet.Builder().subject(id).build()
((method_invocation
  object: (method_invocation) @_chain
  name: (identifier) @finding
  arguments: (argument_list) @_args)
  (#eq? @finding "build")
  (#match? @_args "^\\(\\s*\\)$")
  (#match? @_chain "^new\\s+(com\\.nimbusds\\.jwt\\.)?JWTClaimsSet\\s*\\.\\s*Builder\\s*\\(")
  (#not-match? @_chain "\\.\\s*expirationTime\\s*\\(|\"(exp|expiresAt|expires_at|expiry|expires)\""))

; ---- verifying: an hour or more of leeway ---------------------------------------------------------

; .acceptExpiresAt(86400), .acceptLeeway(ONE_DAY), .setAllowedClockSkewSeconds(Long.MAX_VALUE)
((method_invocation
  name: (identifier) @_method
  arguments: (argument_list
    .
    (_) @finding .))
  (#any-of? @_method "acceptLeeway" "acceptExpiresAt" "setAllowedClockSkewSeconds" "clockSkewSeconds" "setAllowedClockSkewInSeconds" "setMaxClockSkew")
  (#sc-value-matches? @finding "^((\\d[\\d_]*){5,}|[4-9][\\d_]{3}|3[6-9][\\d_]{2})[Ll]?$")
  (#set! variant "not-enforced"))

; .setAllowedClockSkewSeconds(Long.MAX_VALUE), .acceptExpiresAt(Integer.MAX_VALUE)
((method_invocation
  name: (identifier) @_method
  arguments: (argument_list
    .
    (field_access
      field: (identifier) @_max) @finding .))
  (#any-of? @_method "acceptLeeway" "acceptExpiresAt" "setAllowedClockSkewSeconds" "clockSkewSeconds" "setAllowedClockSkewInSeconds" "setMaxClockSkew")
  (#eq? @_max "MAX_VALUE")
  (#set! variant "not-enforced"))
