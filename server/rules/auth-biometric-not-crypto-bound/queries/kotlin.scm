; Biometric authentication that is not bound to a key (CWE-287), Kotlin. A prompt shown
; without a CryptoObject only tells the app that *some* code path reported success: on a
; rooted device a hook on onAuthenticationSucceeded, or a patched `if`, unlocks without a
; fingerprint. With a CryptoObject, the Keystore only releases the key (to decrypt a
; token, sign a challenge) after the user really authenticated, so the unlock cannot be
; faked by code. MASVS-AUTH-2.
;
; Whether the receiver is a BiometricPrompt is read from its declaration or initializer
; (#sc-declared-as?): a field `lateinit var prompt: BiometricPrompt`, a local
; `val prompt = BiometricPrompt(activity, executor, callback)`, a constructor call used in
; place. App wrappers with an `authenticate(activity)` of their own are not prompts.

; androidx.biometric: prompt.authenticate(promptInfo); BiometricPrompt(activity, executor, cb).authenticate(info)
; (the CryptoObject overload authenticate(promptInfo, crypto) is the fix)
((call_expression
  (navigation_expression
    (_) @_prompt
    .
    (identifier) @_fn .)
  (value_arguments
    .
    (value_argument) .)) @finding
  (#eq? @_fn "authenticate")
  (#sc-declared-as? @_prompt "(^|[^.\\w]|remember|create|build|make|new|get)BiometricPrompt\\s*\\(|:\\s*(androidx\\.biometric\\.)?BiometricPrompt\\s*$"))

; the receiver is not declared in this file (a parameter of an interface, a getter), but the
; argument is a PromptInfo: prompt().authenticate(promptInfo)
((call_expression
  (navigation_expression
    (_)
    .
    (identifier) @_fn .)
  (value_arguments
    .
    (value_argument
      (_) @_info) .)) @finding
  (#eq? @_fn "authenticate")
  (#sc-declared-as? @_info "PromptInfo(\\.Builder)?\\s*(\\(|$)"))

; android.hardware.biometrics (API 28+): prompt.authenticate(cancel, executor, callback), the
; overload without the CryptoObject that authenticate(crypto, cancel, executor, callback) takes
((call_expression
  (navigation_expression
    (_) @_prompt
    .
    (identifier) @_fn .)
  (value_arguments
    .
    (value_argument)
    .
    (value_argument)
    .
    (value_argument) .)) @finding
  (#eq? @_fn "authenticate")
  (#sc-declared-as? @_prompt "(^|[^.\\w])BiometricPrompt\\s*(\\.Builder\\s*)?\\(|:\\s*(android\\.hardware\\.biometrics\\.)?BiometricPrompt\\s*$|\\.build\\(\\)$"))

; FingerprintManager / FingerprintManagerCompat (deprecated): authenticate(null, …) passes no CryptoObject
((call_expression
  (navigation_expression
    (_) @_manager
    .
    (identifier) @_fn .)
  (value_arguments
    .
    (value_argument
      (identifier) @_null))) @finding
  (#eq? @_fn "authenticate")
  (#eq? @_null "null")
  (#sc-declared-as? @_manager "FingerprintManager")
  (#set! deprecated))
