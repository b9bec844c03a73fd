; Secret or personal data put into JWT claims (CWE-359, CWE-312): a signed JWT is not
; encrypted, its payload is Base64 that anyone holding the token can read. Kotlin apps use
; the Java libraries: the shapes of java.scm (withClaim / claim / a claims map), plus map
; builders: `mapOf("ssn" to ssn)` handed to withPayload / setClaims / claims / addClaims, in
; place or through a val (a flow), and `claims["email"] = e`. Names: a secret (password, pin,
; cvv, cardNumber, ssn: word list jwt-secret-claims) or personal data (email, phone, address:
; jwt-personal-claims, the `personal` variant, a note), not a flag (jwt-claim-flag-words).
; A function that encrypts the token (JWE: EncryptedJWT, encrypt, encryptWith) is silent.

; ---- direct: claim calls ---------------------------------------------------------------------------

; .withClaim("pin", pin), .claim("cvv", cvv), claims.put("ssn", ssn)
((call_expression
  (navigation_expression
    .
    (_) @_receiver
    (identifier) @_method .)
  (value_arguments
    .
    (value_argument
      (string_literal
        (string_content) @claim) @finding .)
    .
    (value_argument)))
  (#any-of? @_method "withClaim" "claim" "put")
  (#match? @_receiver "\\)$|([Cc]laims?|[Pp]ayload|CLAIMS?|PAYLOAD)$")
  (#sc-in-list? @claim "jwt-secret-claims")
  (#sc-not-in-list? @claim "jwt-claim-flag-words")
  (#sc-not-has-call? @finding "^(EncryptedJWT|JWEObject|encrypt|encryptWith)$" "member"))

((call_expression
  (navigation_expression
    .
    (_) @_receiver
    (identifier) @_method .)
  (value_arguments
    .
    (value_argument
      (string_literal
        (string_content) @claim) @finding .)
    .
    (value_argument)))
  (#any-of? @_method "withClaim" "claim" "put")
  (#match? @_receiver "\\)$|([Cc]laims?|[Pp]ayload|CLAIMS?|PAYLOAD)$")
  (#sc-in-list? @claim "jwt-personal-claims")
  (#sc-not-in-list? @claim "jwt-claim-flag-words")
  (#sc-not-has-call? @finding "^(EncryptedJWT|JWEObject|encrypt|encryptWith)$" "member")
  (#set! variant "personal"))

; claims["ssn"] = ssn, payload["email"] = e
((assignment
  left: (index_expression
    (_) @_receiver
    .
    (string_literal
      (string_content) @claim) @finding .))
  (#match? @_receiver "([Cc]laims?|[Pp]ayload|CLAIMS?|PAYLOAD)$")
  (#sc-in-list? @claim "jwt-secret-claims")
  (#sc-not-in-list? @claim "jwt-claim-flag-words")
  (#sc-not-has-call? @finding "^(EncryptedJWT|JWEObject|encrypt|encryptWith)$" "member"))

((assignment
  left: (index_expression
    (_) @_receiver
    .
    (string_literal
      (string_content) @claim) @finding .))
  (#match? @_receiver "([Cc]laims?|[Pp]ayload|CLAIMS?|PAYLOAD)$")
  (#sc-in-list? @claim "jwt-personal-claims")
  (#sc-not-in-list? @claim "jwt-claim-flag-words")
  (#sc-not-has-call? @finding "^(EncryptedJWT|JWEObject|encrypt|encryptWith)$" "member")
  (#set! variant "personal"))

; ---- flow: mapOf("ssn" to ssn) as the payload --------------------------------------------------------

((infix_expression
  .
  (string_literal
    (string_content) @claim)
  (identifier) @_to
  (_) @source .)
  (#eq? @_to "to")
  (#sc-in-list? @claim "jwt-secret-claims")
  (#sc-not-in-list? @claim "jwt-claim-flag-words"))

((infix_expression
  .
  (string_literal
    (string_content) @claim)
  (identifier) @_to
  (_) @source .)
  (#eq? @_to "to")
  (#sc-in-list? @claim "jwt-personal-claims")
  (#sc-not-in-list? @claim "jwt-claim-flag-words")
  (#set! variant "personal"))

; JWT.create().withPayload(claims), Jwts.builder().claims(claims) / setClaims / addClaims
((call_expression
  (navigation_expression
    (identifier) @_method .)
  (value_arguments
    .
    (value_argument
      (_) @sink .) .))
  (#any-of? @_method "withPayload" "setClaims" "claims" "addClaims")
  (#sc-not-has-call? @sink "^(EncryptedJWT|JWEObject|encrypt|encryptWith)$" "member"))
