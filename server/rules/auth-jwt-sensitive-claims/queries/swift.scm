; Secret or personal data put into JWT claims (CWE-359, CWE-312): a signed JWT is not
; encrypted, its payload is Base64 that anyone holding the token can read. In Swift the claims
; are the stored properties of the payload type: a struct or class conforming to JWTKit's
; JWTPayload or Swift-JWT's Claims. A property named as a secret (password, pin, cvv,
; cardNumber, ssn: word list jwt-secret-claims) or personal data (email, phone, address:
; jwt-personal-claims, the `personal` variant, a note), not a flag (emailVerified:
; jwt-claim-flag-words), is reported. Other Codable types (view models, request bodies) are
; not tokens.

; struct SessionPayload: JWTPayload { var password: String }
((class_declaration
  (inheritance_specifier
    inherits_from: (user_type
      (type_identifier) @_protocol))
  body: (class_body
    (property_declaration
      name: (pattern
        bound_identifier: (simple_identifier) @claim @finding))))
  (#any-of? @_protocol "JWTPayload" "Claims")
  (#sc-in-list? @claim "jwt-secret-claims")
  (#sc-not-in-list? @claim "jwt-claim-flag-words"))

; struct ProfileClaims: Claims { let email: String }
((class_declaration
  (inheritance_specifier
    inherits_from: (user_type
      (type_identifier) @_protocol))
  body: (class_body
    (property_declaration
      name: (pattern
        bound_identifier: (simple_identifier) @claim @finding))))
  (#any-of? @_protocol "JWTPayload" "Claims")
  (#sc-in-list? @claim "jwt-personal-claims")
  (#sc-not-in-list? @claim "jwt-claim-flag-words")
  (#set! variant "personal"))
