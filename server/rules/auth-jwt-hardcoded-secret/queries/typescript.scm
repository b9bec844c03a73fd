; A JWT signing or verification key written in the code (CWE-798, CWE-321): a literal or a
; constant reaches the key of jsonwebtoken's sign/verify, the `secret` / `secretOrKey` option
; of express-jwt, koa-jwt, passport-jwt and @nestjs/jwt, or jose's SignJWT.sign / jwtVerify.
; It is a flow through constants, object properties and helpers, and through calls that only
; turn the secret into key material (`new TextEncoder().encode(…)`, `Buffer.from(…)`,
; `createSecretKey(…)`: word list jwt-key-conversions, see dataflow/derived.ts). A key from
; `process.env`, a secret manager or a PEM public key is not reported; a literal that is only
; the fallback of a setting (`process.env.JWT_SECRET || 'dev'`) is the `fallback` variant.

; ---- sources ---------------------------------------------------------------------------------

; process.env.JWT_SECRET || 'dev-secret', config.get('jwt') ?? 'dev-secret'
((binary_expression
  left: (_)
  operator: [
    "||"
    "??"
  ]
  right: [
    (string)
    (template_string)
  ] @_fallback) @source
  (#not-match? @_fallback "^(''|\"\"|``)$")
  (#set! variant "fallback"))

; 'super-secret', `secret` (no substitution); not empty, not a PEM public key or certificate,
; not a charset or algorithm name given alongside the key ('utf8', 'base64', 'HS256')
([
  (string)
  (template_string)
 ] @source
  (#not-match? @source "^(''|\"\"|``)$")
  (#not-match? @source "\\$\\{")
  (#not-match? @source "^['\"`](?:[Uu][Tt][Ff]-?8|utf16le|ucs-?2|ascii|latin1|binary|base64|base64url|hex|HS(256|384|512)|sha\\d+|SHA-?\\d+)['\"`]$")
  (#not-match? @source "BEGIN (RSA )?PUBLIC KEY|BEGIN CERTIFICATE")
  (#set! through "jwt-key-conversions"))

; new Uint8Array([0x13, 0x37, …]), Buffer.from([…])
((array
  .
  (number)) @source)

; ---- sinks: the key --------------------------------------------------------------------------

; jwt.sign(payload, secret, options), jwt.verify(token, secret), jwt-simple's jwt.encode(payload, secret)
((call_expression
  function: (member_expression
    object: (identifier) @_jwt
    property: (property_identifier) @_method)
  arguments: (arguments
    .
    (_)
    .
    (_) @sink))
  (#match? @_jwt "^(jwt|JWT|jsonwebtoken|jsonWebToken|Jwt|jwtLib|jwtSimple)$")
  (#any-of? @_method "sign" "verify" "encode" "decode"))

; expressjwt({ secret }), new JwtStrategy({ secretOrKey }), jwtService.signAsync(p, { secret }),
; jwt.sign(p, key, { … }) options with a key: only where the object reaches such a call
((pair
  key: [
    (property_identifier)
    (string)
  ] @_key
  value: (_) @sink)
  (#match? @_key "^['\"]?(secret|secretOrKey|secretOrPrivateKey|secretOrPublicKey|privateKey|signingKey)['\"]?$")
  (#sc-argument-of? @sink "list:jwt-option-callees"))

; JwtModule.register({ secret }), JwtModule.registerAsync({ useFactory: () => ({ secret }) })
((call_expression
  function: (member_expression
    object: (identifier) @_module
    property: (property_identifier) @_method)
  arguments: (arguments
    (object
      (pair
        key: (property_identifier) @_key
        value: (_) @sink))))
  (#eq? @_module "JwtModule")
  (#any-of? @_method "register" "forRoot")
  (#any-of? @_key "secret" "privateKey" "secretOrPrivateKey"))

; new SignJWT(claims)….sign(key), new EncryptJWT(claims)….encrypt(key) (jose)
((call_expression
  function: (member_expression
    object: (_) @_chain
    property: (property_identifier) @_method)
  arguments: (arguments
    .
    (_) @sink))
  (#any-of? @_method "sign" "encrypt")
  (#match? @_chain "^new\\s+(jose\\.)?(SignJWT|EncryptJWT|CompactSign|FlattenedSign|GeneralSign)\\b"))

; jwtVerify(token, key), jose.jwtDecrypt(token, key), compactVerify(token, key)
((call_expression
  function: [
    (identifier) @_fn
    (member_expression
      property: (property_identifier) @_fn)
  ]
  arguments: (arguments
    .
    (_)
    .
    (_) @sink))
  (#any-of? @_fn "jwtVerify" "jwtDecrypt" "compactVerify" "flattenedVerify" "compactDecrypt"))
