; JWT verification that checks neither the audience nor the issuer (CWE-287; a hint): a
; token with a valid signature but minted for another service (or another tenant of the same
; identity provider) is accepted. A verifier or parser chain written in one expression that
; requires neither: auth0 JWT.require(alg)….build() without withAudience / withAnyOfAudience /
; withIssuer, jjwt Jwts.parser() / parserBuilder() ….build() or ….parseClaimsJws(token)
; without requireAudience / requireIssuer / require(…). A verifier built elsewhere is not judged,
; nor one whose key is named as an HMAC secret (the service's own: no other service signs
; with it), nor a jjwt parser that only decrypts (decryptWith: JWE content, no identity).

; JWT.require(algorithm).acceptLeeway(30).build()
((method_invocation
  object: (method_invocation) @_chain
  name: (identifier) @finding
  arguments: (argument_list) @_args)
  (#eq? @finding "build")
  (#match? @_args "^\\(\\s*\\)$")
  (#match? @_chain "^(com\\.auth0\\.jwt\\.)?JWT\\s*\\.\\s*require\\s*\\(")
  (#not-match? @_chain "\\.\\s*(withAudience|withAnyOfAudience|withIssuer)\\s*\\(")
  (#not-match? @_chain "[Ss]ecret|SECRET|[Hh]mac|HMAC"))

; Jwts.parser().verifyWith(key).build(), Jwts.parserBuilder().setSigningKey(key).build()
((method_invocation
  object: (method_invocation) @_chain
  name: (identifier) @finding
  arguments: (argument_list) @_args)
  (#eq? @finding "build")
  (#match? @_args "^\\(\\s*\\)$")
  (#match? @_chain "^(io\\.jsonwebtoken\\.)?Jwts\\s*\\.\\s*parser(Builder)?\\s*\\(")
  (#not-match? @_chain "\\.\\s*(requireAudience|requireIssuer|require)\\s*\\(")
  (#match? @_chain "\\.\\s*(verifyWith|setSigningKey|setSigningKeyResolver|keyLocator)\\s*\\(")
  (#not-match? @_chain "[Ss]ecret|SECRET|[Hh]mac|HMAC"))

; Jwts.parser().setSigningKey(key).parseClaimsJws(token) (jjwt before 0.11: no build())
((method_invocation
  object: (method_invocation) @_chain
  name: (identifier) @finding)
  (#any-of? @finding "parseClaimsJws" "parseSignedClaims")
  (#match? @_chain "^(io\\.jsonwebtoken\\.)?Jwts\\s*\\.\\s*parser\\s*\\(")
  (#not-match? @_chain "\\.\\s*(build|requireAudience|requireIssuer|require)\\s*\\(")
  (#not-match? @_chain "[Ss]ecret|SECRET|[Hh]mac|HMAC"))
