; Secret or personal data put into JWT claims (CWE-359, CWE-312): a signed JWT is not
; encrypted, its payload is Base64 that anyone holding the token (the app, its logs, a proxy,
; the browser's storage) can read. A flow: the source is the value of a payload property whose
; name is a secret (password, pin, cvv, cardNumber, ssn, secret: word list jwt-secret-claims)
; or personal data (email, phone, address, birth date: jwt-personal-claims, the `personal`
; variant, a note), not a flag about it (`email_verified`, `hasPassword`: jwt-claim-flag-words);
; the sink is the payload of a signing call: jsonwebtoken's jwt.sign, @nestjs/jwt's
; jwtService.sign / signAsync, jose's new SignJWT(payload). The payload may be built in a
; constant, nested, or passed through a helper; jose's EncryptJWT (a JWE) is no sink.

; ---- sources: a sensitive property of the payload ---------------------------------------------

; { password: user.password }, { 'cardNumber': n }, { cvv } (secrets)
([
  (pair
    key: [
      (property_identifier) @claim
      (string
        (string_fragment) @claim)
    ]
    value: (_) @source)
  (shorthand_property_identifier) @source @claim
 ]
  (#sc-in-list? @claim "jwt-secret-claims")
  (#sc-not-in-list? @claim "jwt-claim-flag-words"))

; { email: user.email }, { phone_number }, (personal data)
([
  (pair
    key: [
      (property_identifier) @claim
      (string
        (string_fragment) @claim)
    ]
    value: (_) @source)
  (shorthand_property_identifier) @source @claim
 ]
  (#sc-in-list? @claim "jwt-personal-claims")
  (#sc-not-in-list? @claim "jwt-claim-flag-words")
  (#set! variant "personal"))

; ---- sinks: the payload of a signing call ----------------------------------------------------

; jwt.sign(payload, key, options)
((call_expression
  function: (member_expression
    object: (identifier) @_jwt
    property: (property_identifier) @_method)
  arguments: (arguments
    .
    (_) @sink))
  (#match? @_jwt "^(jwt|JWT|jsonwebtoken|jsonWebToken|Jwt|jwtLib|jwtSimple)$")
  (#any-of? @_method "sign" "encode"))

; this.jwtService.sign(payload), jwtService.signAsync(payload) (@nestjs/jwt)
((call_expression
  function: (member_expression
    object: (_) @_service
    property: (property_identifier) @_method)
  arguments: (arguments
    .
    (_) @sink))
  (#match? @_service "[Jj]wt(Service)?$")
  (#any-of? @_method "sign" "signAsync"))

; new SignJWT(payload) (jose)
((new_expression
  constructor: [
    (identifier) @_type
    (member_expression
      property: (property_identifier) @_type)
  ]
  arguments: (arguments
    .
    (_) @sink))
  (#eq? @_type "SignJWT"))
