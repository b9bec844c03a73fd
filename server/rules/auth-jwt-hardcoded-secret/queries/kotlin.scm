; A JWT signing or verification key written in the code (CWE-798, CWE-321): a literal or a
; constant (a string, its bytes, a byte array) reaches the key argument of an HMAC algorithm
; or a signer / verifier. Kotlin apps use the Java libraries: the sinks are those of
; java.scm. It is a flow through constants, `object`s, properties and helpers, and through
; calls that only turn the secret into key material (`toByteArray()`, `encodeToByteArray()`,
; a Base64 decoding, `SecretKeySpec`: word list jwt-key-conversions, see dataflow/derived.ts).
; Keys read from the Keystore, preferences or the environment are no such conversion.

; ---- sources ---------------------------------------------------------------------------------

; System.getenv("JWT_SECRET") ?: "dev-secret", System.getProperty("jwt.secret", "dev-secret"),
; prefs.getString("jwt", "dev-secret"): the literal is only the fallback of a setting
((binary_expression
  left: (_)
  "?:"
  right: (string_literal) @_fallback) @source
  (#not-match? @_fallback "^\"\"$")
  (#set! variant "fallback"))

((call_expression
  (navigation_expression
    (identifier) @_method .)
  (value_arguments
    (value_argument
      (string_literal) @_fallback .) .)) @source
  (#any-of? @_method "getProperty" "orElse" "getOrDefault" "getString")
  (#not-match? @_fallback "^\"\"$")
  (#set! variant "fallback"))

; "my-super-secret", a Base64 text; not an empty string, not a PEM public key or certificate,
; not the name of a charset or algorithm given alongside the key ("UTF-8", "HmacSHA256")
((string_literal) @source
  (#not-match? @source "^\"\"$")
  (#not-match? @source "^\"(?:[Uu][Tt][Ff]-?(8|16\\w*)|US-ASCII|ASCII|ISO-8859-1|[Hh]mac\\w*|HMAC\\w*|HS(256|384|512)|SHA-?\\d+|AES|RSA|EC|DES\\w*)\"$")
  (#not-match? @source "BEGIN (RSA )?PUBLIC KEY|BEGIN CERTIFICATE")
  (#set! through "jwt-key-conversions"))

; byteArrayOf(0x13, 0x37, …)
((call_expression
  (identifier) @_fn) @source
  (#eq? @_fn "byteArrayOf"))

; ---- sinks: the key argument ---------------------------------------------------------------

; Algorithm.HMAC256(secret), HMAC384, HMAC512 (auth0 java-jwt)
((call_expression
  (navigation_expression
    .
    (_) @_owner
    (identifier) @_method .)
  (value_arguments
    .
    (value_argument
      (_) @sink .)))
  (#match? @_owner "(^|\\.)Algorithm$")
  (#match? @_method "^HMAC(256|384|512)$"))

; Keys.hmacShaKeyFor(bytes) (jjwt)
((call_expression
  (navigation_expression
    .
    (_) @_owner
    (identifier) @_method .)
  (value_arguments
    .
    (value_argument
      (_) @sink .)))
  (#match? @_owner "(^|\\.)Keys$")
  (#eq? @_method "hmacShaKeyFor"))

; .signWith(SignatureAlgorithm.HS256, secret), .signWith(key), .setSigningKey(secret), .verifyWith(key)
((call_expression
  (navigation_expression
    (identifier) @_method .)
  (value_arguments
    (value_argument
      (_) @sink .)))
  (#any-of? @_method "signWith" "setSigningKey" "verifyWith"))

; HMACSigner.newSHA256Signer(secret), HMACVerifier.newVerifier(secret) (FusionAuth)
((call_expression
  (navigation_expression
    .
    (identifier) @_owner
    (identifier) @_method .)
  (value_arguments
    .
    (value_argument
      (_) @sink .)))
  (#any-of? @_owner "HMACSigner" "HMACVerifier")
  (#match? @_method "^new(SHA(256|384|512)Signer|Verifier)$"))

; MACSigner(secret), MACVerifier(secret) (Nimbus), HmacKey(bytes) (jose4j)
((call_expression
  [
    (identifier) @_type
    (navigation_expression
      (identifier) @_type .)
  ]
  (value_arguments
    .
    (value_argument
      (_) @sink .)))
  (#any-of? @_type "MACSigner" "MACVerifier" "HmacKey"))

; SecretKeySpec(bytes, "HmacSHA256"): an HMAC key (an AES key is another matter)
; of a token: only where the class (else the file) speaks of JWT/JWS/JOSE, claims or bearer tokens - an HMAC key of a
; key derivation or a ping packet (Mac.init(SecretKeySpec("LOKI"…))) signs no token
((call_expression
  [
    (identifier) @_type
    (navigation_expression
      (identifier) @_type .)
  ]
  (value_arguments
    .
    (value_argument
      (_) @sink .)
    .
    (value_argument
      (_) @_algorithm .)))
  (#eq? @_type "SecretKeySpec")
  (#sc-value-matches? @_algorithm "^[Hh][Mm][Aa][Cc]")
  (#sc-mentions? @_type "[Jj][Ww][TtSsEeKk]|JOSE|[Jj]ose\\b|[Cc]laims|[Bb]earer" "type"))
