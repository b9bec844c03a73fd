; Authentication decided on the device (CWE-603), Swift. The app checks an entered PIN,
; password or one-time code against a value it holds itself, so the check runs where the
; attacker is: patching or hooking the comparison, or reading the expected value out of the
; IPA or UserDefaults, passes it. MASVS-AUTH-1 / MASVS-AUTH-2.
;
; A flow, as in the Kotlin query: the expected value (@source) is a literal, a value read from
; UserDefaults (`string(forKey:)`) or a code generated on the device (`Int.random(in:)`,
; `arc4random_uniform`); the sink is the other operand of a comparison whose first operand
; is an entered credential (#sc-entered-credential?: `pin`, `otpField.text`). Two entered
; values compared, server responses and length checks stay silent, and so does server code (a
; Vapor authenticator or route given `request: Request` or a `BasicAuthorization`): a check on
; the server is not one on the device. A second-factor state
; written to UserDefaults as `true` is variant `stored-flag`.

; ---- sources: the expected value is known to the app ----------------------------------

; "1234", "vendor-S3cret"; 4321
((line_string_literal) @source
  (#match? @source "^\"[^\"\\\\]{3,}\"$")
  (#not-match? @source "^\"(null|undefined|none|true|false|nil)\"$"))

((integer_literal) @source
  (#match? @source "^\\d{4,}$"))

; UserDefaults.standard.string(forKey: "pin"), defaults.string(forKey: "passcode")
((call_expression
  (navigation_expression
    target: (_) @_storage
    suffix: (navigation_suffix
      suffix: (simple_identifier) @_fn))) @source
  (#sc-in-list? @_fn "local-storage-read-callees")
  (#sc-declared-as? @_storage "(SharedPreferences|[Pp]references|[Pp]refs?\\b|[Pp]refs?[A-Z]|MMKV|[Mm]mkv|UserDefaults|[Dd]efaults\\b|AsyncStorage|localStorage|sessionStorage|SecureStore|[Ss]ettings\\b|[Ss]torage\\b|DataStore|dataStore|NSUbiquitousKeyValueStore|Keychain|keychain)"))

; Int.random(in: 100000...999999), arc4random_uniform(900000) + 100000: a code generated on the device
((call_expression
  [
    (simple_identifier) @_fn
    (navigation_expression
      suffix: (navigation_suffix
        suffix: (simple_identifier) @_fn))
  ]) @source
  (#sc-in-list? @_fn "random-number-callees"))

; ---- sinks: the other operand of a comparison with an entered credential ----------------

; if pinField.text == "4826"; guard enteredOtp == generatedOtp
((equality_expression
  lhs: (_) @_entered
  rhs: (_) @sink)
  (#sc-entered-credential? @_entered)
  (#sc-not-mentions? @_entered "\\b(request|req): Request\\b|BasicAuthorization|BearerAuthorization" "member"))

((equality_expression
  lhs: (_) @sink
  rhs: (_) @_entered)
  (#sc-entered-credential? @_entered)
  (#sc-not-mentions? @_entered "\\b(request|req): Request\\b|BasicAuthorization|BearerAuthorization" "member"))

; enteredPin.elementsEqual(savedPin); otp.isEqual(to: code)
((call_expression
  (navigation_expression
    target: (_) @_entered
    suffix: (navigation_suffix
      suffix: (simple_identifier) @_fn))
  (call_suffix
    (value_arguments
      .
      (value_argument
        value: (_) @sink) .)))
  (#any-of? @_fn "elementsEqual" "isEqual" "isEqualToString" "caseInsensitiveCompare" "compare")
  (#sc-entered-credential? @_entered)
  (#sc-not-mentions? @_entered "\\b(request|req): Request\\b|BasicAuthorization|BearerAuthorization" "member"))

; ---- a second-factor state kept in local storage ------------------------------------------

; UserDefaults.standard.set(true, forKey: "otpVerified")
((call_expression
  (navigation_expression
    suffix: (navigation_suffix
      suffix: (simple_identifier) @_fn))
  (call_suffix
    (value_arguments
      .
      (value_argument
        value: (boolean_literal) @_value)
      .
      (value_argument
        name: (value_argument_label
          (simple_identifier) @_label)
        value: (_) @_key) .))) @finding
  (#set! variant "stored-flag")
  (#any-of? @_fn "set" "setValue")
  (#eq? @_value "true")
  (#eq? @_label "forKey")
  (#sc-value-matches? @_key "list:second-factor-flag-names"))
