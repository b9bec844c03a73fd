; JWT verification that checks neither the audience nor the issuer (CWE-287; a hint): a
; token with a valid signature but minted for another service (or by another tenant of the
; same identity provider) is accepted here. Reported when the options of jsonwebtoken's
; verify, jose's jwtVerify, express-jwt, koa-jwt or passport-jwt's Strategy are an object of
; this file (in place or through a constant) with neither `audience` nor `issuer` and no
; spread, or when verify / jwtVerify gets no options at all. Options built elsewhere may
; carry them: silent. So is a key named as an HMAC secret (`env.SECRET_KEY`, `user.jwtSecret`)
; or written as a literal: such a secret is normally the service's own, and no other service
; can sign with it; the audience matters where a public key or JWKS - an identity provider's,
; which signs tokens for many apps - does the verifying. (express-jwt and passport-jwt take
; the key inside the options and are judged by the options alone.)

; ---- flow: an options object with neither audience nor issuer -----------------------------------

((object) @source
  (#not-match? @source "(^|[{,\\s])['\"]?(audience|issuer|aud|iss)['\"]?\\s*[:,}]")
  (#not-match? @source "\\.\\.\\."))

; jwt.verify(token, key, options), jose.jwtVerify(token, key, options)
((call_expression
  function: (member_expression
    object: (identifier) @_jwt
    property: (property_identifier) @_method)
  arguments: (arguments
    .
    (_)
    .
    (_) @_key
    .
    (_) @sink))
  (#match? @_jwt "^(jwt|JWT|jsonwebtoken|jsonWebToken|Jwt|jwtLib|jose)$")
  (#any-of? @_method "verify" "jwtVerify")
  (#not-match? @_key "[Ss]ecret|SECRET|[Hh]mac|HMAC|^['\"`]"))

; jwtVerify(token, jwks, options) (jose)
((call_expression
  function: (identifier) @_method
  arguments: (arguments
    .
    (_)
    .
    (_) @_key
    .
    (_) @sink))
  (#eq? @_method "jwtVerify")
  (#not-match? @_key "[Ss]ecret|SECRET|[Hh]mac|HMAC|^['\"`]"))

; expressjwt({ secret, algorithms }), koaJwt({ secret }), new JwtStrategy({ secretOrKey, … }, verify)
((call_expression
  function: [
    (identifier) @_fn
    (member_expression
      property: (property_identifier) @_fn)
  ]
  arguments: [
    (arguments
      .
      (_) @sink)
    (arguments
      .
      (comment)
      .
      (_) @sink)
  ])
  (#any-of? @_fn "expressjwt" "expressJwt" "koaJwt"))

((new_expression
  constructor: [
    (identifier) @_fn
    (member_expression
      property: (property_identifier) @_fn)
  ]
  arguments: [
    (arguments
      .
      (_) @sink)
    (arguments
      .
      (comment)
      .
      (_) @sink)
  ])
  (#any-of? @_fn "JwtStrategy"))

; ---- direct: no options at all --------------------------------------------------------------------

; jwt.verify(token, key), jwt.verify(token, key, (err, claims) => …), jwtVerify(token, jwks)
((call_expression
  function: (member_expression
    object: (identifier) @_jwt
    property: (property_identifier) @_method)
  arguments: (arguments
    .
    (_)
    .
    (_) @_key
    .
    [
      (arrow_function)
      (function_expression)
    ]? .)) @finding
  (#match? @_jwt "^(jwt|JWT|jsonwebtoken|jsonWebToken|Jwt|jwtLib|jose)$")
  (#any-of? @_method "verify" "jwtVerify")
  (#not-match? @_key "[Ss]ecret|SECRET|[Hh]mac|HMAC|^['\"`]"))

((call_expression
  function: (identifier) @_method
  arguments: (arguments
    .
    (_)
    .
    (_) @_key .)) @finding
  (#eq? @_method "jwtVerify")
  (#not-match? @_key "[Ss]ecret|SECRET|[Hh]mac|HMAC|^['\"`]"))
