; JWTs issued without an expiry, or verified while ignoring it (CWE-613): a token without
; `exp` stays valid for ever, so a stolen one never stops working and a logout or password
; change cannot end it on the server's side.
;
; Issuing (jsonwebtoken's jwt.sign): the payload is an object literal of this file (in place
; or through a constant) with no expiry claim and no spread, and the call gives no options, a
; callback instead, or an options literal without `expiresIn` (a spread may bring it). A
; payload or options object this file does not build may carry an expiry: silent.
; Verifying: `ignoreExpiration: true`, and a `clockTolerance` of an hour or more, in options
; that reach jwt.verify, passport-jwt's Strategy or another JWT call (#sc-argument-of?).

; ---- flow "issued": a payload without exp -----------------------------------------------------

; { sub: user.id, role: user.role }: no spread, and no expiry claim - `exp`, or an application's
; own (`expiresAt`, `expiry`, or `createdAt` / `issuedAt` checked against a maximum age)
((object) @source
  (#set! flow "issued")
  (#not-match? @source "(^|[{,\\s])['\"]?(exp|expiresAt|expires_at|expiry|expires|expiration|createdAt|created_at|issuedAt|iat)['\"]?\\s*[:,}]")
  (#not-match? @source "\\.\\.\\."))

; jwt.sign(payload, secret)
((call_expression
  function: (member_expression
    object: (identifier) @_jwt
    property: (property_identifier) @_method)
  arguments: (arguments
    .
    (_) @sink
    .
    (_) .))
  (#set! flow "issued")
  (#match? @_jwt "^(jwt|JWT|jsonwebtoken|jsonWebToken|Jwt|jwtLib)$")
  (#eq? @_method "sign"))

; jwt.sign(payload, secret, { algorithm, issuer }), jwt.sign(payload, secret, (err, token) => …)
((call_expression
  function: (member_expression
    object: (identifier) @_jwt
    property: (property_identifier) @_method)
  arguments: (arguments
    .
    (_) @sink
    .
    (_)
    .
    [
      (object) @_options
      (arrow_function)
      (function_expression)
    ]))
  (#set! flow "issued")
  (#match? @_jwt "^(jwt|JWT|jsonwebtoken|jsonWebToken|Jwt|jwtLib)$")
  (#eq? @_method "sign")
  (#not-match? @_options "expiresIn|\\.\\.\\."))

; ---- flow "ignored": ignoreExpiration: true --------------------------------------------------

((true) @source
  (#set! flow "ignored")
  (#set! variant "not-enforced"))

; jwt.verify(token, key, { ignoreExpiration: true }), new JwtStrategy({ …, ignoreExpiration: true }, verify)
((pair
  key: [
    (property_identifier)
    (string)
  ] @_key
  value: (_) @sink)
  (#set! flow "ignored")
  (#match? @_key "^['\"]?ignoreExpiration['\"]?$")
  (#sc-argument-of? @sink "list:jwt-option-callees"))

; ---- direct: an hour or more of clock tolerance ------------------------------------------------

; jwt.verify(token, key, { clockTolerance: 86400 })
((pair
  key: [
    (property_identifier)
    (string)
  ] @_key
  value: (_) @finding)
  (#match? @_key "^['\"]?clockTolerance['\"]?$")
  (#sc-value-matches? @finding "^(\\d{5,}|[4-9]\\d{3}|3[6-9]\\d{2})$")
  (#sc-argument-of? @finding "list:jwt-option-callees")
  (#set! variant "not-enforced"))
