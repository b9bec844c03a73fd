; A JWT signing or verification key written in the code (CWE-798, CWE-321): a literal or a
; constant reaches the key of JWTKit (`.hs256(key:)`, `keys.add(hmac:)`, `HMACKey(from:)`,
; `ES256PrivateKey(pem:)`) or Kitura Swift-JWT (`JWTSigner.hs256(key:)`, `.es256(privateKey:)`).
; It is a flow through constants, enum and struct members and helpers, and through calls that
; only turn the secret into key material (`Data(s.utf8)`, `s.data(using:)`, `SymmetricKey(data:)`:
; word list jwt-key-conversions, see dataflow/derived.ts). A key from the Keychain, the
; environment or Info.plist is not reported; a literal that is only the fallback of a setting
; (`Environment.get("JWT_SECRET") ?? "dev"`) is the `fallback` variant.

; ---- sources ---------------------------------------------------------------------------------

; Environment.get("JWT_SECRET") ?? "dev-secret", ProcessInfo.processInfo.environment["JWT"] ?? "dev-secret"
((nil_coalescing_expression
  if_nil: [
    (line_string_literal)
    (multi_line_string_literal)
  ] @_fallback) @source
  (#not-match? @_fallback "^\"\"$")
  (#set! variant "fallback"))

; "my-super-secret", a PEM private key; not empty, not a public key or certificate, no
; interpolation, not a charset or algorithm name given alongside the key
([
  (line_string_literal)
  (multi_line_string_literal)
  (raw_string_literal)
 ] @source
  (#not-match? @source "^\"\"$")
  (#not-match? @source "\\\\\\(")
  (#not-match? @source "^\"(?:[Uu][Tt][Ff]-?8|HS(256|384|512)|ES(256|384|512)|RS(256|384|512))\"$")
  (#not-match? @source "BEGIN (RSA )?PUBLIC KEY|BEGIN CERTIFICATE")
  (#set! through "jwt-key-conversions"))

; [0x13, 0x37, …] as key bytes
((array_literal
  .
  (integer_literal)) @source)

; ---- sinks: the key --------------------------------------------------------------------------

; .hs256(key: secret), JWTSigner.hs384(key:), JWTVerifier.hs512(key:), .es256(privateKey:), .rs256(privateKey:)
((call_expression
  [
    (prefix_expression
      target: (simple_identifier) @_method)
    (navigation_expression
      suffix: (navigation_suffix
        suffix: (simple_identifier) @_method))
  ]
  (call_suffix
    (value_arguments
      (value_argument
        name: (value_argument_label) @_label
        value: (_) @sink))))
  (#match? @_method "^(hs|es|rs|ps)(256|384|512)$")
  (#any-of? @_label "key" "privateKey"))

; keys.add(hmac: key, digestAlgorithm: .sha256), keys.add(ecdsa: privateKey) (JWTKit 5)
((call_expression
  (navigation_expression
    suffix: (navigation_suffix
      suffix: (simple_identifier) @_method))
  (call_suffix
    (value_arguments
      (value_argument
        name: (value_argument_label) @_label
        value: (_) @sink))))
  (#eq? @_method "add")
  (#any-of? @_label "hmac" "ecdsa" "rsa" "eddsa"))

; HMACKey(from: secret), ES256PrivateKey(pem: pem), ECDSAKey.private(pem: pem), RSAKey.private(pem: pem)
((call_expression
  [
    (simple_identifier) @_type
    (navigation_expression
      suffix: (navigation_suffix
        suffix: (simple_identifier) @_type))
  ]
  (call_suffix
    (value_arguments
      .
      (value_argument
        value: (_) @sink))))
  (#match? @_type "^(HMACKey|ES(256|384|512)PrivateKey|EdDSAPrivateKey|private)$"))
