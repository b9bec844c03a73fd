; Authentication decided on the device (CWE-603), Java. The app checks an entered PIN,
; password or one-time code against a value it holds itself, so the check runs where the
; attacker is: patching or hooking the comparison, or reading the expected value out of the
; APK or the app's storage, passes it. MASVS-AUTH-1 / MASVS-AUTH-2.
;
; A flow, as in the Kotlin query: the expected value (@source) is a literal, a value read
; from local storage (`prefs.getString("pin", "")`) or a code generated on the device
; (`new Random().nextInt(…)`); the sink is the other operand of a comparison whose first
; operand is an entered credential (#sc-entered-credential?). Two entered values compared
; (`password.equals(confirmPassword)`), server responses and length checks stay silent. A
; second-factor state written to local storage as `true` is variant `stored-flag`.

; ---- sources: the expected value is known to the app ----------------------------------

; "1234", "vendor-S3cret"; 4321
((string_literal) @source
  (#match? @source "^\"[^\"]{3,}\"$")
  (#not-match? @source "^\"(null|undefined|none|true|false|nil)\"$"))

((decimal_integer_literal) @source
  (#match? @source "^\\d{4,}$"))

; prefs.getString("pin", ""), mmkv.decodeString("password"): the receiver is local storage (its name
; or declaration says so), not a Bundle or an Intent's extras (`args.getString("password")`)
((method_invocation
  object: (_) @_storage
  name: (identifier) @_fn) @source
  (#sc-in-list? @_fn "local-storage-read-callees")
  (#sc-declared-as? @_storage "(SharedPreferences|[Pp]references|[Pp]refs?\\b|[Pp]refs?[A-Z]|MMKV|[Mm]mkv|UserDefaults|[Dd]efaults\\b|AsyncStorage|localStorage|sessionStorage|SecureStore|[Ss]ettings\\b|[Ss]torage\\b|DataStore|dataStore|NSUbiquitousKeyValueStore|Keychain|keychain)"))

; new Random().nextInt(9000) + 1000, secureRandom.nextInt(1000000): a code generated on the device
((method_invocation
  name: (identifier) @_fn) @source
  (#sc-in-list? @_fn "random-number-callees"))

; ---- sinks: the other operand of a comparison with an entered credential ----------------
; A value read from a response header (`headers.get("X-Seafile-OTP")`) is the server's answer, not
; something entered: comparing it with "required" decides nothing on the device.

; if (pin == 4826); if (otp != generatedOtp)
((binary_expression
  left: (_) @_entered
  operator: ["==" "!="]
  right: (_) @sink)
  (#sc-entered-credential? @_entered)
  (#sc-not-made-by? @_entered "[Hh]eaders?$|^(getHeaderField|headerField|getResponseHeader|value\\(forHTTPHeaderField|allHeaderFields)$"))

((binary_expression
  left: (_) @sink
  operator: ["==" "!="]
  right: (_) @_entered)
  (#sc-entered-credential? @_entered)
  (#sc-not-made-by? @_entered "[Hh]eaders?$|^(getHeaderField|headerField|getResponseHeader|value\\(forHTTPHeaderField|allHeaderFields)$"))

; enteredPin.equals(savedPin); "1234".equals(pin); pinView.getText().toString().equals(stored)
((method_invocation
  object: (_) @_entered
  name: (identifier) @_fn
  arguments: (argument_list
    .
    (_) @sink .))
  (#any-of? @_fn "equals" "equalsIgnoreCase" "contentEquals" "compareTo")
  (#sc-entered-credential? @_entered)
  (#sc-not-made-by? @_entered "[Hh]eaders?$|^(getHeaderField|headerField|getResponseHeader|value\\(forHTTPHeaderField|allHeaderFields)$"))

((method_invocation
  object: (_) @sink
  name: (identifier) @_fn
  arguments: (argument_list
    .
    (_) @_entered .))
  (#any-of? @_fn "equals" "equalsIgnoreCase" "contentEquals" "compareTo")
  (#sc-entered-credential? @_entered)
  (#sc-not-made-by? @_entered "[Hh]eaders?$|^(getHeaderField|headerField|getResponseHeader|value\\(forHTTPHeaderField|allHeaderFields)$"))

; TextUtils.equals(pin, savedPin); Objects.equals(otp, code); MessageDigest.isEqual(hash(pin), stored)
((method_invocation
  object: (identifier) @_type
  name: (identifier) @_fn
  arguments: (argument_list
    .
    (_) @_entered
    .
    (_) @sink .))
  (#any-of? @_type "TextUtils" "Objects" "MessageDigest" "Arrays")
  (#any-of? @_fn "equals" "isEqual")
  (#sc-entered-credential? @_entered)
  (#sc-not-made-by? @_entered "[Hh]eaders?$|^(getHeaderField|headerField|getResponseHeader|value\\(forHTTPHeaderField|allHeaderFields)$"))

((method_invocation
  object: (identifier) @_type
  name: (identifier) @_fn
  arguments: (argument_list
    .
    (_) @sink
    .
    (_) @_entered .))
  (#any-of? @_type "TextUtils" "Objects" "MessageDigest" "Arrays")
  (#any-of? @_fn "equals" "isEqual")
  (#sc-entered-credential? @_entered)
  (#sc-not-made-by? @_entered "[Hh]eaders?$|^(getHeaderField|headerField|getResponseHeader|value\\(forHTTPHeaderField|allHeaderFields)$"))

; ---- a second-factor state kept in local storage ------------------------------------------

; prefs.edit().putBoolean("otp_verified", true).apply()
((method_invocation
  name: (identifier) @_fn
  arguments: (argument_list
    .
    (_) @_key
    .
    (true) .)) @finding
  (#set! variant "stored-flag")
  (#eq? @_fn "putBoolean")
  (#sc-value-matches? @_key "list:second-factor-flag-names"))
