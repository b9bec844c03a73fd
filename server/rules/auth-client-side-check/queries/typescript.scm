; Authentication decided on the device (CWE-603), TypeScript and JavaScript (React Native,
; Ionic/Capacitor, Electron and web front ends). The app checks an entered PIN, password or
; one-time code against a value it holds itself, so the check runs where the attacker is:
; changing the bundle, a breakpoint in the comparison, or reading the expected value out of
; the bundle or AsyncStorage/localStorage passes it. MASVS-AUTH-1 / MASVS-AUTH-2.
;
; A flow, as in the Kotlin query: the expected value (@source) is a literal, a value read from
; local storage (`AsyncStorage.getItem('pin')`, `localStorage.getItem(…)`) or a code generated
; in the app (`Math.random()`, `crypto.randomInt`); the sink is the other operand of a
; comparison whose first operand is an entered credential (#sc-entered-credential?). Two
; entered values compared, server responses and length checks stay silent, and so does a
; server's own check of a submitted value (`req.body.otp === …` runs on the server), and so
; does a search of a list by a stored value (`methods.some(m => m.password === storedPassword)`:
; de-duplicating saved entries, no one enters anything there). A
; second-factor state written to local storage as 'true' is variant `stored-flag`.

; ---- sources: the expected value is known to the app ----------------------------------

; '4826', "vendor-S3cret"; 4321
((string) @source
  (#match? @source "^['\"][^'\"]{3,}['\"]$")
  (#not-match? @source "^['\"](null|undefined|none|true|false|nil)['\"]$"))

((number) @source
  (#match? @source "^\\d{4,}$"))

; await AsyncStorage.getItem('pin'), localStorage.getItem('password'), SecureStore.getItemAsync('pin')
((call_expression
  function: (member_expression
    object: (_) @_storage
    property: (property_identifier) @_fn)) @source
  (#sc-in-list? @_fn "local-storage-read-callees")
  (#sc-declared-as? @_storage "(SharedPreferences|[Pp]references|[Pp]refs?\\b|[Pp]refs?[A-Z]|MMKV|[Mm]mkv|UserDefaults|[Dd]efaults\\b|AsyncStorage|localStorage|sessionStorage|SecureStore|[Ss]ettings\\b|[Ss]torage\\b|DataStore|dataStore|NSUbiquitousKeyValueStore|Keychain|keychain)"))

((await_expression
  (call_expression
    function: (member_expression
      object: (_) @_storage
      property: (property_identifier) @_fn))) @source
  (#sc-in-list? @_fn "local-storage-read-callees")
  (#sc-declared-as? @_storage "(SharedPreferences|[Pp]references|[Pp]refs?\\b|[Pp]refs?[A-Z]|MMKV|[Mm]mkv|UserDefaults|[Dd]efaults\\b|AsyncStorage|localStorage|sessionStorage|SecureStore|[Ss]ettings\\b|[Ss]torage\\b|DataStore|dataStore|NSUbiquitousKeyValueStore|Keychain|keychain)"))

; Math.floor(100000 + Math.random() * 900000), crypto.randomInt(100000, 1000000): a code made in the app
((call_expression
  function: [
    (identifier) @_fn
    (member_expression
      property: (property_identifier) @_fn)
  ]) @source
  (#sc-in-list? @_fn "random-number-callees"))

; ---- sinks: the other operand of a comparison with an entered credential ----------------

; if (pin === '4826'); if (enteredOtp !== generatedOtp); passwordInput.value == storedPassword
((binary_expression
  left: (_) @_entered
  operator: ["==" "===" "!=" "!=="]
  right: (_) @sink)
  (#not-match? @_entered "^(req|request|ctx|context\\.req)\\.")
  (#sc-not-inside? @_entered "call-to" "(^|\\.)(some|find|findIndex|findLast|findLastIndex|filter|every)$")
  (#sc-entered-credential? @_entered))

((binary_expression
  left: (_) @sink
  operator: ["==" "===" "!=" "!=="]
  right: (_) @_entered)
  (#not-match? @_entered "^(req|request|ctx|context\\.req)\\.")
  (#sc-not-inside? @_entered "call-to" "(^|\\.)(some|find|findIndex|findLast|findLastIndex|filter|every)$")
  (#sc-entered-credential? @_entered))

; ---- a second-factor state kept in local storage ------------------------------------------

; localStorage.setItem('mfaVerified', 'true'); await AsyncStorage.setItem('otp_verified', JSON.stringify(true))
((call_expression
  function: (member_expression
    property: (property_identifier) @_fn)
  arguments: (arguments
    .
    (_) @_key
    .
    (_) @_value .)) @finding
  (#set! variant "stored-flag")
  (#eq? @_fn "setItem")
  (#match? @_value "^(['\"`]true['\"`]|true|JSON\\.stringify\\(true\\)|String\\(true\\))$")
  (#sc-value-matches? @_key "list:second-factor-flag-names"))
