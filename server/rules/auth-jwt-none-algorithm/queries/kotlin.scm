; Tokens signed or accepted with the "none" algorithm (CWE-347): the token carries no
; signature, so whoever holds it can rewrite its claims (user, role, expiry) at will.
; Kotlin apps use the Java libraries (auth0 java-jwt, jjwt, Nimbus, jose4j): the shapes are
; those of java.scm. Direct shapes are calls whose only purpose is an unsigned token; the
; rest are flows: "none" (a literal or an algorithm constant) reaching an algorithm slot (an
; "alg" header entry, setAlgorithmHeaderValue, signWith, a JWSHeader), in place or through
; constants, properties and helpers of the file. A "none" that is only compared reaches none.

; ---- direct findings ------------------------------------------------------------------------

; auth0 java-jwt: Algorithm.none()
((call_expression
  (navigation_expression
    .
    (_) @_owner
    (identifier) @_method .)
  (value_arguments) @_args) @finding
  (#match? @_owner "(^|\\.)Algorithm$")
  (#eq? @_method "none")
  (#match? @_args "^\\(\\s*\\)$"))

; jjwt: parseClaimsJwt / parsePlaintextJwt / parseContentJwt, parseUnsecuredClaims / parseUnsecuredContent
; (unless the chain already says .unsecured())
((call_expression
  (navigation_expression
    .
    (_) @_parser
    (identifier) @finding .))
  (#any-of? @finding "parseClaimsJwt" "parsePlaintextJwt" "parseContentJwt" "parseUnsecuredClaims" "parseUnsecuredContent")
  (#not-match? @_parser "\\.\\s*unsecured\\s*\\(\\s*\\)"))

; jjwt 0.12: Jwts.parser().unsecured()
((call_expression
  (navigation_expression
    .
    (_) @_parser
    (identifier) @finding .)
  (value_arguments) @_args)
  (#eq? @finding "unsecured")
  (#match? @_args "^\\(\\s*\\)$")
  (#match? @_parser "Jwts|[Pp]arser"))

; jjwt: Jwts.builder()….compact() with no signWith in the chain writes "alg": "none"
((call_expression
  (navigation_expression
    .
    (call_expression) @_chain
    (identifier) @finding .)
  (value_arguments) @_args)
  (#eq? @finding "compact")
  (#match? @_args "^\\(\\s*\\)$")
  (#match? @_chain "^(io\\.jsonwebtoken\\.)?Jwts\\s*\\.\\s*builder\\s*\\(")
  (#not-match? @_chain "\\.\\s*(signWith|encryptWith)\\s*\\("))

; Nimbus: PlainJWT(claims), com.nimbusds.jwt.PlainJWT(claims)
((call_expression
  [
    (identifier) @_type
    (navigation_expression
      (identifier) @_type .)
  ]
  (value_arguments)) @finding
  (#eq? @_type "PlainJWT"))

; PlainJWT.parse(token)
((call_expression
  (navigation_expression
    .
    (_) @_owner
    (identifier) @_method .)) @finding
  (#match? @_owner "(^|\\.)PlainJWT$")
  (#eq? @_method "parse"))

; jose4j: JwtConsumerBuilder().setDisableRequireSignature() / .setSkipSignatureVerification()
((call_expression
  (navigation_expression
    (identifier) @finding .)
  (value_arguments) @_args)
  (#any-of? @finding "setDisableRequireSignature" "setSkipSignatureVerification")
  (#match? @_args "^\\(\\s*\\)$"))

; ---- flow "parser": jjwt's parse(token) before 0.12 ------------------------------------------
; Jwts.parser().setSigningKey(key).parse(token), or a parser kept in a val: parse() hands back
; an unsigned token as it is. A 0.12 parser (verifyWith / keyLocator / decryptWith, or
; Jwts.parser()….build()) rejects them unless .unsecured() is called, reported above.

((call_expression) @source
  (#set! flow "parser")
  (#match? @source "^(io\\.jsonwebtoken\\.)?Jwts\\s*\\.\\s*(parserBuilder\\s*\\(|parser\\s*\\(\\s*\\)(?![\\s\\S]*\\.\\s*build\\s*\\())")
  (#not-match? @source "\\.\\s*(verifyWith|keyLocator|decryptWith|unsecured)\\s*\\("))

((call_expression
  (navigation_expression
    .
    (_) @sink
    (identifier) @_method .)
  (value_arguments
    .
    (value_argument) .))
  (#set! flow "parser")
  (#eq? @_method "parse"))

; ---- flow "none": "none" as the algorithm ----------------------------------------------------

; "none", "NONE"
((string_literal) @source
  (#set! flow "none")
  (#match? @source "^\"[Nn][Oo][Nn][Ee]\"$"))

; AlgorithmIdentifiers.NONE (jose4j), SignatureAlgorithm.NONE (jjwt), Algorithm.NONE (Nimbus)
((navigation_expression
  .
  (_) @_owner
  (identifier) @_field .) @source
  (#set! flow "none")
  (#match? @_owner "(^|\\.)(AlgorithmIdentifiers|SignatureAlgorithm|Algorithm|JWSAlgorithm)$")
  (#eq? @_field "NONE"))

; mapOf("alg" to alg), hashMapOf("alg" to alg, …)
((infix_expression
  .
  (_) @_key
  (identifier) @_to
  (_) @sink .)
  (#set! flow "none")
  (#eq? @_to "to")
  (#sc-value-matches? @_key "^alg$"))

; header["alg"] = alg
((assignment
  left: (index_expression
    (_)
    .
    (_) @_key .)
  right: (_) @sink)
  (#set! flow "none")
  (#sc-value-matches? @_key "^alg$"))

; header.put("alg", alg), builder.setHeaderParam("alg", alg)
((call_expression
  (value_arguments
    .
    (value_argument
      (_) @_key .)
    .
    (value_argument
      (_) @sink .)))
  (#set! flow "none")
  (#sc-value-matches? @_key "^alg$"))

; jws.setAlgorithmHeaderValue(alg), builder.signWith(alg, key) / signWith(key, alg)
((call_expression
  (navigation_expression
    (identifier) @_method .)
  (value_arguments
    (value_argument
      (_) @sink .)))
  (#set! flow "none")
  (#any-of? @_method "setAlgorithmHeaderValue" "signWith" "setAlgorithm"))

; jws.algorithmHeaderValue = alg
((assignment
  left: (navigation_expression
    (identifier) @_property .)
  right: (_) @sink)
  (#set! flow "none")
  (#eq? @_property "algorithmHeaderValue"))

; JWSHeader(alg), JWSHeader.Builder(alg)
((call_expression
  [
    (identifier) @_type
    (navigation_expression) @_type
  ]
  (value_arguments
    .
    (value_argument
      (_) @sink .)))
  (#set! flow "none")
  (#match? @_type "(^|\\.)JWSHeader(\\.Builder)?$"))
