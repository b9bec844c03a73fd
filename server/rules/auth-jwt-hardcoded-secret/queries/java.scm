; A JWT signing or verification key written in the code (CWE-798, CWE-321): a literal or a
; constant (a string, its bytes, a byte array) reaches the key argument of an HMAC algorithm
; or a signer / verifier. Whoever can read the app or its source can then mint tokens that
; the verifier accepts. It is a flow: the literal (@source) may sit in a constant, a field, a
; helper's return, and pass through calls that only turn it into key material (its bytes,
; a Base64 decoding, a SecretKeySpec: word list jwt-key-conversions, see
; dataflow/derived.ts). Keys read from a KeyStore, the environment or configuration
; (getKey, getenv, getProperty) are no such conversion, so their lookup names are not keys.

; ---- sources ---------------------------------------------------------------------------------

; System.getProperty("jwt.secret", "dev-secret"), Optional.ofNullable(System.getenv("JWT_SECRET")).orElse("dev-secret"),
; System.getenv().getOrDefault("JWT_SECRET", "dev-secret"), prefs.getString("jwt", "dev-secret"):
; the literal is only the fallback of a setting (variant "fallback")
((method_invocation
  name: (identifier) @_method
  arguments: (argument_list
    (string_literal) @_fallback .)) @source
  (#any-of? @_method "getProperty" "orElse" "getOrDefault" "getString" "requireNonNullElse" "or")
  (#not-match? @_fallback "^\"\"$")
  (#set! variant "fallback"))

; "my-super-secret", a Base64 text; not an empty string, not a PEM public key or certificate,
; not the name of a charset or algorithm given alongside the key ("UTF-8", "HmacSHA256")
((string_literal) @source
  (#not-match? @source "^\"\"$")
  (#not-match? @source "^\"(?:[Uu][Tt][Ff]-?(8|16\\w*)|US-ASCII|ASCII|ISO-8859-1|[Hh]mac\\w*|HMAC\\w*|HS(256|384|512)|SHA-?\\d+|AES|RSA|EC|DES\\w*)\"$")
  (#not-match? @source "BEGIN (RSA )?PUBLIC KEY|BEGIN CERTIFICATE")
  (#set! through "jwt-key-conversions"))

; new byte[] {0x13, 0x37, …}
((array_creation_expression
  type: (integral_type) @_type
  value: (array_initializer)) @source
  (#eq? @_type "byte"))

; ---- sinks: the key argument ---------------------------------------------------------------

; Algorithm.HMAC256(secret), HMAC384, HMAC512 (auth0 java-jwt)
((method_invocation
  object: [(identifier) (field_access)] @_owner
  name: (identifier) @_method
  arguments: (argument_list
    .
    (_) @sink))
  (#match? @_owner "(^|\\.)Algorithm$")
  (#match? @_method "^HMAC(256|384|512)$"))

; Keys.hmacShaKeyFor(bytes) (jjwt)
((method_invocation
  object: [(identifier) (field_access)] @_owner
  name: (identifier) @_method
  arguments: (argument_list
    .
    (_) @sink))
  (#match? @_owner "(^|\\.)Keys$")
  (#eq? @_method "hmacShaKeyFor"))

; .signWith(SignatureAlgorithm.HS256, secret), .signWith(key), .setSigningKey(secret),
; .verifyWith(key) (jjwt)
((method_invocation
  name: (identifier) @_method
  arguments: (argument_list
    (_) @sink))
  (#any-of? @_method "signWith" "setSigningKey" "verifyWith"))

; HMACSigner.newSHA256Signer(secret), HMACVerifier.newVerifier(secret) (FusionAuth)
((method_invocation
  object: (identifier) @_owner
  name: (identifier) @_method
  arguments: (argument_list
    .
    (_) @sink))
  (#any-of? @_owner "HMACSigner" "HMACVerifier")
  (#match? @_method "^new(SHA(256|384|512)Signer|Verifier)$"))

; new MACSigner(secret), new MACVerifier(secret) (Nimbus), new HmacKey(bytes) (jose4j)
((object_creation_expression
  type: [(type_identifier) (scoped_type_identifier)] @_type
  arguments: (argument_list
    .
    (_) @sink))
  (#match? @_type "(^|\\.)(MACSigner|MACVerifier|HmacKey)$"))

; new SecretKeySpec(bytes, "HmacSHA256"): an HMAC key (an AES key is another matter)
; of a token: only where the class (else the file) speaks of JWT/JWS/JOSE, claims or bearer tokens - an HMAC key of a
; key derivation or a ping packet (Mac.init(SecretKeySpec("LOKI"…))) signs no token
((object_creation_expression
  type: [(type_identifier) (scoped_type_identifier)] @_type
  arguments: (argument_list
    .
    (_) @sink
    .
    (_) @_algorithm))
  (#match? @_type "(^|\\.)SecretKeySpec$")
  (#sc-value-matches? @_algorithm "^[Hh][Mm][Aa][Cc]")
  (#sc-mentions? @_type "[Jj][Ww][TtSsEeKk]|JOSE|[Jj]ose\\b|[Cc]laims|[Bb]earer" "type"))
