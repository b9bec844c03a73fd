; Tokens signed or accepted with the "none" algorithm (CWE-347): the token carries no
; signature, so whoever holds it can rewrite its claims (user, role, expiry) at will.
; jsonwebtoken, express-jwt, koa-jwt and passport-jwt take the algorithm as an option
; (`algorithm: 'none'` to sign, `algorithms: [..., 'none']` to accept, `header: { alg: 'none' }`);
; the option is a flow from a 'none' (literal or constant) to the option's value, counted only
; where the options object reaches one of those calls (#sc-argument-of?), so `algorithm: 'none'`
; in a compression config stays silent. jsonwebtoken also accepts unsigned tokens when
; verify() gets a falsy key. jose's UnsecuredJWT (and jose 2's JWK.None) is the unsigned token.

; ---- direct findings ------------------------------------------------------------------------

; new jose.UnsecuredJWT(claims), new UnsecuredJWT(claims), jose.UnsecuredJWT.decode(token)
((new_expression
  constructor: [
    (identifier) @_type
    (member_expression
      property: (property_identifier) @_type)
  ]) @finding
  (#eq? @_type "UnsecuredJWT"))

((call_expression
  function: (member_expression
    object: [
      (identifier) @_type
      (member_expression
        property: (property_identifier) @_type)
    ]
    property: (property_identifier) @_method)) @finding
  (#eq? @_type "UnsecuredJWT")
  (#eq? @_method "decode"))

; jose 2: JWT.verify(token, JWK.None), JWS.sign(payload, jose.JWK.None)
((member_expression
  object: [
    (identifier) @_owner
    (member_expression
      property: (property_identifier) @_owner)
  ]
  property: (property_identifier) @_none) @finding
  (#eq? @_owner "JWK")
  (#eq? @_none "None"))

; ---- flow "none": 'none' as the algorithm -------------------------------------------------------

; 'none', "none", `none`
([
  (string
    (string_fragment) @_text)
  (template_string
    .
    (string_fragment) @_text .)
 ] @source
  (#set! flow "none")
  (#match? @_text "^[Nn][Oo][Nn][Ee]$"))

; jwt.sign(p, k, { algorithm: 'none' }), jwt.verify(t, k, { algorithms: ['HS256', NONE] }),
; { header: { alg: 'none' } }, expressjwt({ secret, algorithms: ['none'] }),
; new JwtStrategy({ …, algorithms: ['none'] }, verify): only where the object reaches such a call
((pair
  key: [
    (property_identifier)
    (string)
  ] @_key
  value: (_) @sink)
  (#set! flow "none")
  (#match? @_key "^['\"]?(alg|algorithm|algorithms)['\"]?$")
  (#sc-argument-of? @sink "list:jwt-option-callees"))

; ---- flow "falsy-key": jwt.verify(token, null) ----------------------------------------------------
; jsonwebtoken treats a missing key as "no signature expected". A fallback such as
; `process.env.KEY ?? ''` is a configuration default, not a decision to skip the check.

([
  (null)
  (undefined)
  (false)
 ] @source
  (#set! flow "falsy-key"))

((string) @source
  (#set! flow "falsy-key")
  (#match? @source "^(''|\"\")$"))

((binary_expression
  operator: [
    "||"
    "??"
  ]) @sanitizer
  (#set! flow "falsy-key"))

; jwt.verify(token, key), jsonwebtoken.verify(token, key, options, callback)
((call_expression
  function: (member_expression
    object: (identifier) @_jwt
    property: (property_identifier) @_method)
  arguments: (arguments
    .
    (_)
    .
    (_) @sink))
  (#set! flow "falsy-key")
  (#match? @_jwt "^(jwt|JWT|jsonwebtoken|jsonWebToken|Jwt|jwtLib)$")
  (#eq? @_method "verify"))
