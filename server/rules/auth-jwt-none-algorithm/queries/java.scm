; Tokens signed or accepted with the "none" algorithm (CWE-347): the token carries no
; signature, so whoever holds it can rewrite its claims (user, role, expiry) at will.
; Direct shapes are library calls whose only purpose is an unsigned token; the rest are
; flows: "none" (a literal or an algorithm constant such as AlgorithmIdentifiers.NONE) that
; reaches an algorithm slot (an "alg" header entry, setAlgorithmHeaderValue, signWith, a
; JWSHeader), written in place or through constants, fields and helpers of the file. A
; "none" that is only compared (a check that rejects unsigned tokens) reaches no slot.

; ---- direct findings ------------------------------------------------------------------------

; auth0 java-jwt: Algorithm.none(), com.auth0.jwt.algorithms.Algorithm.none()
((method_invocation
  object: [(identifier) (field_access)] @_owner
  name: (identifier) @_method
  arguments: (argument_list) @_args) @finding
  (#match? @_args "^\\(\\s*\\)$")
  (#match? @_owner "(^|\\.)Algorithm$")
  (#eq? @_method "none"))

; jjwt: parseClaimsJwt / parsePlaintextJwt / parseContentJwt (the unsigned forms of parseClaimsJws),
; parseUnsecuredClaims / parseUnsecuredContent (0.12), unless the chain already says .unsecured()
((method_invocation
  object: (_) @_parser
  name: (identifier) @finding)
  (#any-of? @finding "parseClaimsJwt" "parsePlaintextJwt" "parseContentJwt" "parseUnsecuredClaims" "parseUnsecuredContent")
  (#not-match? @_parser "\\.\\s*unsecured\\s*\\(\\s*\\)"))

; jjwt 0.12: Jwts.parser().unsecured() lets parse() accept unsigned tokens
((method_invocation
  object: (_) @_parser
  name: (identifier) @finding
  arguments: (argument_list) @_args)
  (#match? @_args "^\\(\\s*\\)$")
  (#eq? @finding "unsecured")
  (#match? @_parser "Jwts|[Pp]arser"))

; jjwt: Jwts.builder()….compact() with no signWith in the chain writes "alg": "none"
((method_invocation
  object: (method_invocation) @_chain
  name: (identifier) @finding
  arguments: (argument_list) @_args)
  (#match? @_args "^\\(\\s*\\)$")
  (#eq? @finding "compact")
  (#match? @_chain "^(io\\.jsonwebtoken\\.)?Jwts\\s*\\.\\s*builder\\s*\\(")
  (#not-match? @_chain "\\.\\s*(signWith|encryptWith)\\s*\\("))

; Nimbus: new PlainJWT(claims), PlainJWT.parse(token)
((object_creation_expression
  type: [(type_identifier) (scoped_type_identifier)] @_type) @finding
  (#match? @_type "(^|\\.)PlainJWT$"))

((method_invocation
  object: [(identifier) (field_access)] @_owner
  name: (identifier) @_method) @finding
  (#match? @_owner "(^|\\.)PlainJWT$")
  (#eq? @_method "parse"))

; jose4j: new JwtConsumerBuilder().setDisableRequireSignature() / .setSkipSignatureVerification()
((method_invocation
  name: (identifier) @finding
  arguments: (argument_list) @_args)
  (#match? @_args "^\\(\\s*\\)$")
  (#any-of? @finding "setDisableRequireSignature" "setSkipSignatureVerification"))

; ---- flow "parser": jjwt's parse(token) before 0.12 ------------------------------------------
; Jwts.parser().setSigningKey(key).parse(token), or a parser kept in a local or field: parse()
; hands back an unsigned token as it is (the key only checks tokens that carry a signature).
; A 0.12 parser (built with verifyWith / keyLocator / decryptWith, or Jwts.parser()….build())
; rejects them unless .unsecured() is called, which is reported above.

((method_invocation) @source
  (#set! flow "parser")
  (#match? @source "^(io\\.jsonwebtoken\\.)?Jwts\\s*\\.\\s*(parserBuilder\\s*\\(|parser\\s*\\(\\s*\\)(?![\\s\\S]*\\.\\s*build\\s*\\())")
  (#not-match? @source "\\.\\s*(verifyWith|keyLocator|decryptWith|unsecured)\\s*\\("))

((method_invocation
  object: (_) @sink
  name: (identifier) @_method
  arguments: (argument_list
    .
    (_) .))
  (#set! flow "parser")
  (#eq? @_method "parse"))

; ---- flow "none": "none" as the algorithm ----------------------------------------------------

; "none", "NONE"
((string_literal) @source
  (#set! flow "none")
  (#match? @source "^\"[Nn][Oo][Nn][Ee]\"$"))

; AlgorithmIdentifiers.NONE (jose4j), SignatureAlgorithm.NONE (jjwt), Algorithm.NONE (Nimbus)
((field_access
  object: [(identifier) (field_access)] @_owner
  field: (identifier) @_field) @source
  (#set! flow "none")
  (#match? @_owner "(^|\\.)(AlgorithmIdentifiers|SignatureAlgorithm|Algorithm|JWSAlgorithm)$")
  (#eq? @_field "NONE"))

; header.put("alg", alg), builder.setHeaderParam("alg", alg), Map.of("alg", alg, …)
((method_invocation
  arguments: (argument_list
    .
    (_) @_key
    .
    (_) @sink))
  (#set! flow "none")
  (#sc-value-matches? @_key "^alg$"))

; jws.setAlgorithmHeaderValue(alg), builder.signWith(alg, key) / signWith(key, alg)
((method_invocation
  name: (identifier) @_method
  arguments: (argument_list
    (_) @sink))
  (#set! flow "none")
  (#any-of? @_method "setAlgorithmHeaderValue" "signWith" "setAlgorithm"))

; new JWSHeader(alg), new JWSHeader.Builder(alg)
((object_creation_expression
  type: [(type_identifier) (scoped_type_identifier)] @_type
  arguments: (argument_list
    .
    (_) @sink))
  (#set! flow "none")
  (#match? @_type "(^|\\.)JWSHeader(\\.Builder)?$"))
