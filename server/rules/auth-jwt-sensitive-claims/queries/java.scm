; Secret or personal data put into JWT claims (CWE-359, CWE-312): a signed JWT is not
; encrypted, its payload is Base64 that anyone holding the token can read. A claim is added
; under a name that is a secret (password, pin, cvv, cardNumber, ssn, secret: word list
; jwt-secret-claims) or personal data (email, phone, address: jwt-personal-claims, the
; `personal` variant, a note), not a flag about it (email_verified: jwt-claim-flag-words):
; auth0 withClaim(name, v), jjwt / Nimbus claim(name, v), or put(name, v) into a map named as
; claims or payload (for withPayload / setClaims / Jwts.claims()). A method that encrypts the
; token (JWE: EncryptedJWT, encrypt, encryptWith) is silent.

; .withClaim("password", pw), .claim("cvv", cvv) (secrets)
((method_invocation
  object: (_) @_receiver
  name: (identifier) @_method
  arguments: (argument_list
    .
    (string_literal
      (string_fragment) @claim) @finding
    .
    (_)))
  (#any-of? @_method "withClaim" "claim")
  (#match? @_receiver ".")
  (#sc-in-list? @claim "jwt-secret-claims")
  (#sc-not-in-list? @claim "jwt-claim-flag-words")
  (#sc-not-has-call? @finding "^(EncryptedJWT|JWEObject|encrypt|encryptWith)$" "member"))

; claims.put("ssn", ssn), payload.put("password", pw): a map of claims
((method_invocation
  object: (_) @_receiver
  name: (identifier) @_method
  arguments: (argument_list
    .
    (string_literal
      (string_fragment) @claim) @finding
    .
    (_)))
  (#any-of? @_method "put")
  (#match? @_receiver "([Cc]laims?|[Pp]ayload|CLAIMS?|PAYLOAD)$")
  (#sc-in-list? @claim "jwt-secret-claims")
  (#sc-not-in-list? @claim "jwt-claim-flag-words")
  (#sc-not-has-call? @finding "^(EncryptedJWT|JWEObject|encrypt|encryptWith)$" "member"))

; .withClaim("email", e), .claim("phone_number", p), claims.put("email", e) (personal data)
((method_invocation
  object: (_) @_receiver
  name: (identifier) @_method
  arguments: (argument_list
    .
    (string_literal
      (string_fragment) @claim) @finding
    .
    (_)))
  (#any-of? @_method "withClaim" "claim")
  (#match? @_receiver ".")
  (#sc-in-list? @claim "jwt-personal-claims")
  (#sc-not-in-list? @claim "jwt-claim-flag-words")
  (#sc-not-has-call? @finding "^(EncryptedJWT|JWEObject|encrypt|encryptWith)$" "member")
  (#set! variant "personal"))

((method_invocation
  object: (_) @_receiver
  name: (identifier) @_method
  arguments: (argument_list
    .
    (string_literal
      (string_fragment) @claim) @finding
    .
    (_)))
  (#any-of? @_method "put")
  (#match? @_receiver "([Cc]laims?|[Pp]ayload|CLAIMS?|PAYLOAD)$")
  (#sc-in-list? @claim "jwt-personal-claims")
  (#sc-not-in-list? @claim "jwt-claim-flag-words")
  (#sc-not-has-call? @finding "^(EncryptedJWT|JWEObject|encrypt|encryptWith)$" "member")
  (#set! variant "personal"))
