; Session ids, tokens, nonces, OAuth `state`, OTPs, PINs and passwords made from a predictable
; generator (CWE-330): java.util.Random (also seeded with the clock), ThreadLocalRandom,
; Math.random, or the clock itself. Where the value comes from is #sc-made-by?
; (dataflow/origins.ts): the generator behind `random.nextLong()`, the parts of
; `String.valueOf(100000 + …)`, a StringBuilder appended to in a loop, a byte array filled by
; `nextBytes`, a helper of this file. A value that also comes from SecureRandom or
; UUID.randomUUID() (SecureRandom-backed) is not weak.
;
; Only values that become secrets are reported: kept under a name from `secret-like-names` or
; `generated-secret-names` (not `secret-name-qualifiers`: sessionTimeout, jitter), returned by a
; method named like one (generatePassword, newOtp), or put as the `state` / `nonce` / token
; parameter of a request. Random values for backoff, animation or sampling are silent. A value
; already kept under a secret name (`return sessionId`) is reported where it is made.

; String sessionId = Long.toHexString(random.nextLong()); int pin = …
((variable_declarator
  name: (identifier) @_name
  value: (_) @finding)
  (#sc-in-list? @_name "secret-like-names,generated-secret-names/session-words,session-id-words,refresh-words,cookie-words!secret-name-qualifiers")
  (#sc-made-by? @finding "list:insecure-random-origins")
  (#sc-not-made-by? @finding "list:secure-random-origins"))

; token = …; this.sessionId = …
((assignment_expression
  left: [
    (identifier) @_name
    (field_access field: (identifier) @_name)
  ]
  right: (_) @finding)
  (#sc-in-list? @_name "secret-like-names,generated-secret-names/session-words,session-id-words,refresh-words,cookie-words!secret-name-qualifiers")
  (#sc-made-by? @finding "list:insecure-random-origins")
  (#sc-not-made-by? @finding "list:secure-random-origins"))

; public String generatePassword() { …; return sb.toString(); }
((return_statement
  (_) @finding) @_return
  (#sc-inside? @_return "function-named" "list:secret-like-names,generated-secret-names/session-words,session-id-words,refresh-words,cookie-words!secret-name-qualifiers,not-secret-call-words")
  (#sc-not-in-list? @finding "secret-like-names,generated-secret-names/session-words,session-id-words,refresh-words,cookie-words!secret-name-qualifiers")
  (#sc-made-by? @finding "list:insecure-random-origins")
  (#sc-not-made-by? @finding "list:secure-random-origins"))

; params.put("state", …), builder.appendQueryParameter("nonce", …), put("session_id", …)
((method_invocation
  name: (identifier) @_put
  arguments: (argument_list
    .
    (string_literal) @_key
    .
    (_) @finding .))
  (#sc-in-list? @_put "parameter-setter-callees")
  (#match? @_key "^\"[\\w.-]+\"$")
  (#match? @_key "^\"(state|nonce)\"$")
  (#sc-not-in-list? @finding "secret-like-names,generated-secret-names/session-words,session-id-words,refresh-words,cookie-words!secret-name-qualifiers")
  (#sc-made-by? @finding "list:insecure-random-origins")
  (#sc-not-made-by? @finding "list:secure-random-origins"))

((method_invocation
  name: (identifier) @_put
  arguments: (argument_list
    .
    (string_literal) @_key
    .
    (_) @finding .))
  (#sc-in-list? @_put "parameter-setter-callees")
  (#match? @_key "^\"[\\w.-]+\"$")
  (#sc-in-list? @_key "secret-like-names,generated-secret-names/session-words,session-id-words,refresh-words,cookie-words!secret-name-qualifiers")
  (#sc-not-in-list? @finding "secret-like-names,generated-secret-names/session-words,session-id-words,refresh-words,cookie-words!secret-name-qualifiers")
  (#sc-made-by? @finding "list:insecure-random-origins")
  (#sc-not-made-by? @finding "list:secure-random-origins"))

; the clock as the secret itself: val nonce = System.currentTimeMillis().toString(); { nonce: `${Date.now()}` }
; (a clock reading is not followed further: tokens carry expiry times everywhere); the clock as the
; moving factor of a TOTP / HOTP call (`getTotpToken(secret, 30, now / 1000)`) is that algorithm's
; definition: the secret is the key it is given
((variable_declarator
  name: (identifier) @_name
  value: (_) @finding)
  (#sc-in-list? @_name "secret-like-names,generated-secret-names/session-words,session-id-words,refresh-words,cookie-words!secret-name-qualifiers")
  (#not-match? @finding "^[\\[{]")
  (#match? @finding "(currentTimeMillis|nanoTime|uptimeMillis|elapsedRealtime|Date\\.now)\\s*\\(")
  (#not-match? @finding "([Tt]otp|TOTP|[Hh]otp|HOTP)\\w*\\s*\\(")
  (#sc-not-made-by? @finding "list:secure-random-origins"))
