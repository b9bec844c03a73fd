; Session ids, tokens, nonces, OAuth `state`, OTPs, PINs and passwords made from a predictable
; generator (CWE-330): java.util.Random (also seeded with the clock), kotlin.random.Random and
; `random()` on ranges and collections, ThreadLocalRandom, or the clock itself. Where the value
; comes from is #sc-made-by? (dataflow/origins.ts): the generator behind `random.nextLong()`,
; the parts of `String.format("%06d", …)` and `1000 + r.nextInt(9000)`, a StringBuilder
; appended to in a loop, a byte array filled by `nextBytes`, the lambda of `map { CHARS.random() }`,
; a helper of this file. A value that also comes from SecureRandom, `asKotlinRandom()` of one,
; or UUID.randomUUID() (SecureRandom-backed) is not weak.
;
; Only values that become secrets are reported: kept under a name from `secret-like-names` or
; `generated-secret-names` (not `secret-name-qualifiers`: tokenExpiry, retryJitterMs), returned by a
; function named like one (generateToken, newSessionId), or passed as the `state` / `nonce` /
; token parameter of a request. Random values for animation, jitter or sampling are silent. A
; value already kept under a secret name (`return sessionId`) is reported where it is made.

; val sessionId = java.lang.Long.toHexString(random.nextLong()); var otp = …
((property_declaration
  (variable_declaration
    (identifier) @_name)
  .
  (_) @finding)
  (#sc-in-list? @_name "secret-like-names,generated-secret-names/session-words,session-id-words,refresh-words,cookie-words!secret-name-qualifiers")
  (#sc-made-by? @finding "list:insecure-random-origins")
  (#sc-not-made-by? @finding "list:secure-random-origins"))

; token = …; this.sessionId = …
((assignment
  left: [
    (identifier) @_name
    (navigation_expression (identifier) @_name .)
  ]
  right: (_) @finding)
  (#sc-in-list? @_name "secret-like-names,generated-secret-names/session-words,session-id-words,refresh-words,cookie-words!secret-name-qualifiers")
  (#sc-made-by? @finding "list:insecure-random-origins")
  (#sc-not-made-by? @finding "list:secure-random-origins"))

; fun generateOtp(): String = String.format("%06d", Random.nextInt(1_000_000))
((function_declaration
  name: (identifier) @_name
  (function_body
    .
    "="
    .
    (_) @finding))
  (#sc-in-list? @_name "secret-like-names,generated-secret-names/session-words,session-id-words,refresh-words,cookie-words!secret-name-qualifiers,not-secret-call-words")
  (#sc-not-in-list? @finding "secret-like-names,generated-secret-names/session-words,session-id-words,refresh-words,cookie-words!secret-name-qualifiers")
  (#sc-made-by? @finding "list:insecure-random-origins")
  (#sc-not-made-by? @finding "list:secure-random-origins"))

; fun generateToken(): String { …; return sb.toString() }
((return_expression
  (_) @finding) @_return
  (#sc-inside? @_return "function-named" "list:secret-like-names,generated-secret-names/session-words,session-id-words,refresh-words,cookie-words!secret-name-qualifiers,not-secret-call-words")
  (#sc-not-in-list? @finding "secret-like-names,generated-secret-names/session-words,session-id-words,refresh-words,cookie-words!secret-name-qualifiers")
  (#sc-made-by? @finding "list:insecure-random-origins")
  (#sc-not-made-by? @finding "list:secure-random-origins"))

; .appendQueryParameter("state", …), put("nonce", …), mapOf("session_id" to …)
((call_expression
  (navigation_expression (identifier) @_put .)
  (value_arguments
    .
    (value_argument (string_literal) @_key)
    .
    (value_argument (_) @finding) .))
  (#sc-in-list? @_put "parameter-setter-callees")
  (#match? @_key "^\"[\\w.-]+\"$")
  (#match? @_key "^\"(state|nonce)\"$")
  (#sc-not-in-list? @finding "secret-like-names,generated-secret-names/session-words,session-id-words,refresh-words,cookie-words!secret-name-qualifiers")
  (#sc-made-by? @finding "list:insecure-random-origins")
  (#sc-not-made-by? @finding "list:secure-random-origins"))

((call_expression
  (navigation_expression (identifier) @_put .)
  (value_arguments
    .
    (value_argument (string_literal) @_key)
    .
    (value_argument (_) @finding) .))
  (#sc-in-list? @_put "parameter-setter-callees")
  (#match? @_key "^\"[\\w.-]+\"$")
  (#sc-in-list? @_key "secret-like-names,generated-secret-names/session-words,session-id-words,refresh-words,cookie-words!secret-name-qualifiers")
  (#sc-not-in-list? @finding "secret-like-names,generated-secret-names/session-words,session-id-words,refresh-words,cookie-words!secret-name-qualifiers")
  (#sc-made-by? @finding "list:insecure-random-origins")
  (#sc-not-made-by? @finding "list:secure-random-origins"))

((infix_expression
  (string_literal) @_key
  .
  (identifier) @_to
  .
  (_) @finding)
  (#eq? @_to "to")
  (#sc-in-list? @_key "secret-like-names,generated-secret-names/session-words,session-id-words,refresh-words,cookie-words!secret-name-qualifiers")
  (#sc-not-in-list? @finding "secret-like-names,generated-secret-names/session-words,session-id-words,refresh-words,cookie-words!secret-name-qualifiers")
  (#sc-made-by? @finding "list:insecure-random-origins")
  (#sc-not-made-by? @finding "list:secure-random-origins"))

; AuthRequest(state = …, nonce = …), Session(token = …)
((value_argument
  (identifier) @_name
  .
  (_) @finding)
  (#sc-in-list? @_name "secret-like-names,generated-secret-names/session-words,session-id-words,refresh-words,cookie-words!secret-name-qualifiers")
  (#sc-not-in-list? @finding "secret-like-names,generated-secret-names/session-words,session-id-words,refresh-words,cookie-words!secret-name-qualifiers")
  (#sc-made-by? @finding "list:insecure-random-origins")
  (#sc-not-made-by? @finding "list:secure-random-origins"))

; the clock as the secret itself: val nonce = System.currentTimeMillis().toString(); { nonce: `${Date.now()}` }
; (a clock reading is not followed further: tokens carry expiry times everywhere); the clock as the
; moving factor of a TOTP / HOTP call (`getTotpToken(secret, 30, now / 1000)`) is that algorithm's
; definition: the secret is the key it is given
((property_declaration
  (variable_declaration
    (identifier) @_name)
  .
  (_) @finding)
  (#sc-in-list? @_name "secret-like-names,generated-secret-names/session-words,session-id-words,refresh-words,cookie-words!secret-name-qualifiers")
  (#not-match? @finding "^[\\[{]")
  (#match? @finding "(currentTimeMillis|nanoTime|uptimeMillis|elapsedRealtime|Date\\.now)\\s*\\(")
  (#not-match? @finding "([Tt]otp|TOTP|[Hh]otp|HOTP)\\w*\\s*\\(")
  (#sc-not-made-by? @finding "list:secure-random-origins"))

((value_argument
  (identifier) @_name
  .
  (_) @finding)
  (#sc-in-list? @_name "secret-like-names,generated-secret-names/session-words,session-id-words,refresh-words,cookie-words!secret-name-qualifiers")
  (#sc-not-in-list? @finding "secret-like-names,generated-secret-names/session-words,session-id-words,refresh-words,cookie-words!secret-name-qualifiers")
  (#not-match? @finding "^[\\[{]")
  (#match? @finding "(currentTimeMillis|nanoTime|uptimeMillis|elapsedRealtime|Date\\.now)\\s*\\(")
  (#not-match? @finding "([Tt]otp|TOTP|[Hh]otp|HOTP)\\w*\\s*\\(")
  (#sc-not-made-by? @finding "list:secure-random-origins"))

