; Session ids, tokens, nonces, OAuth `state`, OTPs and passwords made from a predictable
; generator (CWE-330): Math.random (also through lodash `random`) or the clock (Date.now(),
; new Date()). Where the value comes from is #sc-made-by? (dataflow/origins.ts): the parts of
; `Math.random().toString(36).substring(2) + Date.now()`, `Math.floor(100000 + Math.random() * …)`,
; a string built with `+=` in a loop, a helper of this file. A value that also comes from Web
; Crypto or Node crypto (getRandomValues, randomUUID, randomBytes, randomInt), nanoid or
; uuid v4 is not weak.
;
; Only values that become secrets are reported: kept under a name from `secret-like-names` or
; `generated-secret-names` (not `secret-name-qualifiers`: sessionTimeout, retryDelay), returned by a
; function named like one (generateToken, newOtp), or set as the `state` / `nonce` / token
; parameter of a request. Random values for backoff, animation, keys of list items or sampling
; are silent. A value already kept under a secret name (`return token`) is reported where it
; is made.

; const sessionId = Math.random().toString(36).substring(2)
((variable_declarator
  name: (identifier) @_name
  value: (_) @finding)
  (#sc-in-list? @_name "secret-like-names,generated-secret-names/session-words,session-id-words,refresh-words,cookie-words!secret-name-qualifiers")
  (#not-match? @finding "^(async\\s+)?(function\\b|\\([^)]*\\)\\s*(:[^=]*)?=>|[\\w$]+\\s*=>)")
  (#sc-made-by? @finding "list:insecure-random-origins")
  (#sc-not-made-by? @finding "list:secure-random-origins"))

; token += CHARS.charAt(…); this.sessionId = …
([
  (assignment_expression
    left: [(identifier) @_name (member_expression property: (property_identifier) @_name)]
    right: (_) @finding)
  (augmented_assignment_expression
    left: [(identifier) @_name (member_expression property: (property_identifier) @_name)]
    right: (_) @finding)
 ]
  (#sc-in-list? @_name "secret-like-names,generated-secret-names/session-words,session-id-words,refresh-words,cookie-words!secret-name-qualifiers")
  (#not-match? @finding "^(async\\s+)?(function\\b|\\([^)]*\\)\\s*(:[^=]*)?=>|[\\w$]+\\s*=>)")
  (#sc-made-by? @finding "list:insecure-random-origins")
  (#sc-not-made-by? @finding "list:secure-random-origins"))

; { state: Math.random().toString(36), nonce: `${Date.now()}` }
((pair
  key: [(property_identifier) (string)] @_name
  value: (_) @finding)
  (#match? @_name "^['\"]?(state|nonce)['\"]?$")
  (#sc-not-in-list? @finding "secret-like-names,generated-secret-names/session-words,session-id-words,refresh-words,cookie-words!secret-name-qualifiers")
  (#not-match? @finding "^(async\\s+)?(function\\b|\\([^)]*\\)\\s*(:[^=]*)?=>|[\\w$]+\\s*=>)")
  (#sc-made-by? @finding "list:insecure-random-origins")
  (#sc-not-made-by? @finding "list:secure-random-origins"))

((pair
  key: [(property_identifier) (string)] @_name
  value: (_) @finding)
  (#sc-in-list? @_name "secret-like-names,generated-secret-names/session-words,session-id-words,refresh-words,cookie-words!secret-name-qualifiers")
  (#sc-not-in-list? @finding "secret-like-names,generated-secret-names/session-words,session-id-words,refresh-words,cookie-words!secret-name-qualifiers")
  (#not-match? @finding "^(async\\s+)?(function\\b|\\([^)]*\\)\\s*(:[^=]*)?=>|[\\w$]+\\s*=>)")
  (#sc-made-by? @finding "list:insecure-random-origins")
  (#sc-not-made-by? @finding "list:secure-random-origins"))

; function generateToken() { …; return token; }, const newOtp = () => Math.floor(…)
((return_statement
  (_) @finding) @_return
  (#sc-inside? @_return "function-named" "list:secret-like-names,generated-secret-names/session-words,session-id-words,refresh-words,cookie-words!secret-name-qualifiers,not-secret-call-words")
  (#sc-not-in-list? @finding "secret-like-names,generated-secret-names/session-words,session-id-words,refresh-words,cookie-words!secret-name-qualifiers")
  (#not-match? @finding "^(async\\s+)?(function\\b|\\([^)]*\\)\\s*(:[^=]*)?=>|[\\w$]+\\s*=>)")
  (#sc-made-by? @finding "list:insecure-random-origins")
  (#sc-not-made-by? @finding "list:secure-random-origins"))

; url.searchParams.set('state', …), params.append('nonce', …), res.cookie('sid', …)
((call_expression
  function: (member_expression property: (property_identifier) @_put)
  arguments: (arguments
    .
    (string) @_key
    .
    (_) @finding))
  (#sc-in-list? @_put "parameter-setter-callees")
  (#match? @_key "^['\"][\\w.-]+['\"]$")
  (#match? @_key "^['\"](state|nonce)['\"]$")
  (#sc-not-in-list? @finding "secret-like-names,generated-secret-names/session-words,session-id-words,refresh-words,cookie-words!secret-name-qualifiers")
  (#not-match? @finding "^(async\\s+)?(function\\b|\\([^)]*\\)\\s*(:[^=]*)?=>|[\\w$]+\\s*=>)")
  (#sc-made-by? @finding "list:insecure-random-origins")
  (#sc-not-made-by? @finding "list:secure-random-origins"))

((call_expression
  function: (member_expression property: (property_identifier) @_put)
  arguments: (arguments
    .
    (string) @_key
    .
    (_) @finding))
  (#sc-in-list? @_put "parameter-setter-callees")
  (#match? @_key "^['\"][\\w.-]+['\"]$")
  (#sc-in-list? @_key "secret-like-names,generated-secret-names/session-words,session-id-words,refresh-words,cookie-words!secret-name-qualifiers")
  (#sc-not-in-list? @finding "secret-like-names,generated-secret-names/session-words,session-id-words,refresh-words,cookie-words!secret-name-qualifiers")
  (#not-match? @finding "^(async\\s+)?(function\\b|\\([^)]*\\)\\s*(:[^=]*)?=>|[\\w$]+\\s*=>)")
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
  (#not-match? @finding "^(async\\s+)?(function\\b|\\([^)]*\\)\\s*(:[^=]*)?=>|[\\w$]+\\s*=>)")
  (#not-match? @finding "^[\\[{]")
  (#match? @finding "(currentTimeMillis|nanoTime|uptimeMillis|elapsedRealtime|Date\\.now)\\s*\\(")
  (#not-match? @finding "([Tt]otp|TOTP|[Hh]otp|HOTP)\\w*\\s*\\(")
  (#sc-not-made-by? @finding "list:secure-random-origins"))

((pair
  key: [(property_identifier) (string)] @_name
  value: (_) @finding)
  (#match? @_name "^['\"]?(state|nonce)['\"]?$")
  (#sc-not-in-list? @finding "secret-like-names,generated-secret-names/session-words,session-id-words,refresh-words,cookie-words!secret-name-qualifiers")
  (#not-match? @finding "^(async\\s+)?(function\\b|\\([^)]*\\)\\s*(:[^=]*)?=>|[\\w$]+\\s*=>)")
  (#not-match? @finding "^[\\[{]")
  (#match? @finding "(currentTimeMillis|nanoTime|uptimeMillis|elapsedRealtime|Date\\.now)\\s*\\(")
  (#not-match? @finding "([Tt]otp|TOTP|[Hh]otp|HOTP)\\w*\\s*\\(")
  (#sc-not-made-by? @finding "list:secure-random-origins"))

((pair
  key: [(property_identifier) (string)] @_name
  value: (_) @finding)
  (#sc-in-list? @_name "secret-like-names,generated-secret-names/session-words,session-id-words,refresh-words,cookie-words!secret-name-qualifiers")
  (#sc-not-in-list? @finding "secret-like-names,generated-secret-names/session-words,session-id-words,refresh-words,cookie-words!secret-name-qualifiers")
  (#not-match? @finding "^(async\\s+)?(function\\b|\\([^)]*\\)\\s*(:[^=]*)?=>|[\\w$]+\\s*=>)")
  (#not-match? @finding "^[\\[{]")
  (#match? @finding "(currentTimeMillis|nanoTime|uptimeMillis|elapsedRealtime|Date\\.now)\\s*\\(")
  (#not-match? @finding "([Tt]otp|TOTP|[Hh]otp|HOTP)\\w*\\s*\\(")
  (#sc-not-made-by? @finding "list:secure-random-origins"))
