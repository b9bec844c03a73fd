; Authentication decided on the device (CWE-603), Kotlin. The app checks an entered PIN,
; password or one-time code against a value it holds itself, so the check runs where the
; attacker is: patching the comparison, hooking it, or reading the expected value out of the
; APK or the app's storage passes it. A second factor or a login is only a control when the
; server verifies it. MASVS-AUTH-1 / MASVS-AUTH-2.
;
; A flow: the expected value (@source) is a literal (`"1234"`), a value read from local
; storage (SharedPreferences `getString`, DataStore, MMKV), or a code generated on the
; device (`Random.nextInt`, `(100000..999999).random()`); the sink is the other operand of a
; comparison (`==`, `equals`, `contentEquals`, `TextUtils.equals`) whose first operand is an
; entered credential (#sc-entered-credential?: `pin`, `enteredOtp`, `passwordInput.text`).
; Two entered values compared with each other (`password == confirmPassword` on a sign-up
; form) have no source and stay silent, as do comparisons of a server response
; (`response.code == 200`, `result.status == "verified"`) and length checks (`pin.length == 4`).
; A second-factor state written to local storage as `true` (`putBoolean("otp_verified", true)`)
; is reported where it is written: whoever edits the preferences file passes the factor.

; ---- sources: the expected value is known to the app ----------------------------------

; "1234", "s3cret-Admin"; 4321 (a numeric PIN of four or more digits)
((string_literal) @source
  (#match? @source "^\"[^\"$]{3,}\"$")
  (#not-match? @source "^\"(null|undefined|none|true|false|nil)\"$"))

((number_literal) @source
  (#match? @source "^\\d{4,}$"))

; prefs.getString("pin", null), mmkv.decodeString("pin"): the receiver is local storage (its name or
; declaration says so), not a Bundle or an Intent's extras (`args.getString("password")`)
((call_expression
  (navigation_expression
    (_) @_storage
    .
    (identifier) @_fn .)) @source
  (#sc-in-list? @_fn "local-storage-read-callees")
  (#sc-declared-as? @_storage "(SharedPreferences|[Pp]references|[Pp]refs?\\b|[Pp]refs?[A-Z]|MMKV|[Mm]mkv|UserDefaults|[Dd]efaults\\b|AsyncStorage|localStorage|sessionStorage|SecureStore|[Ss]ettings\\b|[Ss]torage\\b|DataStore|dataStore|NSUbiquitousKeyValueStore|Keychain|keychain)"))

; Random.nextInt(100000, 999999), SecureRandom().nextInt(1_000_000), (1000..9999).random():
; a code generated on the device and checked on it
((call_expression
  [
    (identifier) @_fn
    (navigation_expression
      (identifier) @_fn .)
  ]) @source
  (#sc-in-list? @_fn "random-number-callees"))

; ---- sinks: the other operand of a comparison with an entered credential ----------------
; A value read from a response header (`headers.get("X-Seafile-OTP")`) is the server's answer, not
; something entered: comparing it with "required" decides nothing on the device.

; if (pin == "1234"); if (enteredOtp != generatedOtp); val ok = input.text.toString() == storedPassword
((binary_expression
  left: (_) @_entered
  operator: ["==" "!=" "===" "!=="]
  right: (_) @sink)
  (#sc-entered-credential? @_entered)
  (#sc-not-made-by? @_entered "[Hh]eaders?$|^(getHeaderField|headerField|getResponseHeader|value\\(forHTTPHeaderField|allHeaderFields)$"))

((binary_expression
  left: (_) @sink
  operator: ["==" "!=" "===" "!=="]
  right: (_) @_entered)
  (#sc-entered-credential? @_entered)
  (#sc-not-made-by? @_entered "[Hh]eaders?$|^(getHeaderField|headerField|getResponseHeader|value\\(forHTTPHeaderField|allHeaderFields)$"))

; enteredPin.equals(savedPin); otp.contentEquals(expected); "1234".equals(pin)
((call_expression
  (navigation_expression
    (_) @_entered
    .
    (identifier) @_fn .)
  (value_arguments
    .
    (value_argument
      (_) @sink) .))
  (#any-of? @_fn "equals" "contentEquals" "equalsIgnoreCase" "compareTo")
  (#sc-entered-credential? @_entered)
  (#sc-not-made-by? @_entered "[Hh]eaders?$|^(getHeaderField|headerField|getResponseHeader|value\\(forHTTPHeaderField|allHeaderFields)$"))

((call_expression
  (navigation_expression
    (_) @sink
    .
    (identifier) @_fn .)
  (value_arguments
    .
    (value_argument
      (_) @_entered) .))
  (#any-of? @_fn "equals" "contentEquals" "equalsIgnoreCase" "compareTo")
  (#sc-entered-credential? @_entered)
  (#sc-not-made-by? @_entered "[Hh]eaders?$|^(getHeaderField|headerField|getResponseHeader|value\\(forHTTPHeaderField|allHeaderFields)$"))

; TextUtils.equals(pin, savedPin); Objects.equals(otp, code); MessageDigest.isEqual(hash(pin), stored)
((call_expression
  (navigation_expression
    (identifier) @_type
    .
    (identifier) @_fn .)
  (value_arguments
    .
    (value_argument
      (_) @_entered)
    .
    (value_argument
      (_) @sink) .))
  (#any-of? @_type "TextUtils" "Objects" "MessageDigest" "Arrays")
  (#any-of? @_fn "equals" "isEqual")
  (#sc-entered-credential? @_entered)
  (#sc-not-made-by? @_entered "[Hh]eaders?$|^(getHeaderField|headerField|getResponseHeader|value\\(forHTTPHeaderField|allHeaderFields)$"))

((call_expression
  (navigation_expression
    (identifier) @_type
    .
    (identifier) @_fn .)
  (value_arguments
    .
    (value_argument
      (_) @sink)
    .
    (value_argument
      (_) @_entered) .))
  (#any-of? @_type "TextUtils" "Objects" "MessageDigest" "Arrays")
  (#any-of? @_fn "equals" "isEqual")
  (#sc-entered-credential? @_entered)
  (#sc-not-made-by? @_entered "[Hh]eaders?$|^(getHeaderField|headerField|getResponseHeader|value\\(forHTTPHeaderField|allHeaderFields)$"))

; ---- a second-factor state kept in local storage ------------------------------------------

; prefs.edit().putBoolean("otp_verified", true).apply(); editor.putBoolean(KEY_2FA_PASSED, true)
((call_expression
  (navigation_expression
    (identifier) @_fn .)
  (value_arguments
    .
    (value_argument
      (_) @_key)
    .
    (value_argument
      (identifier) @_value) .)) @finding
  (#eq? @_fn "putBoolean")
  (#eq? @_value "true")
  (#set! variant "stored-flag")
  (#sc-value-matches? @_key "list:second-factor-flag-names"))
