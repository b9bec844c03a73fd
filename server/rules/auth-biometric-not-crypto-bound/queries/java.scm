; Biometric authentication that is not bound to a key (CWE-287), Java. A prompt shown
; without a CryptoObject only tells the app that *some* code path reported success: on a
; rooted device a hook on onAuthenticationSucceeded, or a patched `if`, unlocks without a
; fingerprint. With a CryptoObject, the Keystore only releases the key (to decrypt a
; token, sign a challenge) after the user really authenticated. MASVS-AUTH-2.
;
; Whether the receiver is a BiometricPrompt is read from its declaration or initializer
; (#sc-declared-as?): `BiometricPrompt prompt = new BiometricPrompt(activity, executor, cb)`,
; a field `private BiometricPrompt prompt;`, a constructor used in place. App wrappers with
; an `authenticate(activity)` of their own are not prompts.

; androidx.biometric: prompt.authenticate(promptInfo); new BiometricPrompt(this, executor, cb).authenticate(info)
; (the CryptoObject overload authenticate(promptInfo, crypto) is the fix)
((method_invocation
  object: (_) @_prompt
  name: (identifier) @_fn
  arguments: (argument_list
    .
    (_) .)) @finding
  (#eq? @_fn "authenticate")
  (#sc-declared-as? @_prompt "(^|[^.\\w]|remember|create|build|make|new|get)BiometricPrompt\\s*\\(|(^|\\s)(androidx\\.biometric\\.)?BiometricPrompt\\s+\\w+\\s*(=|;|$)"))

; the receiver is not declared in this file, but the argument is a PromptInfo
((method_invocation
  name: (identifier) @_fn
  arguments: (argument_list
    .
    (_) @_info .)) @finding
  (#eq? @_fn "authenticate")
  (#sc-declared-as? @_info "PromptInfo(\\.Builder)?\\s*(\\(|\\w)|PromptInfo\\s+\\w+\\s*(=|;|$)"))

; android.hardware.biometrics (API 28+): prompt.authenticate(cancel, executor, callback), the
; overload without the CryptoObject that authenticate(crypto, cancel, executor, callback) takes
((method_invocation
  object: (_) @_prompt
  name: (identifier) @_fn
  arguments: (argument_list
    .
    (_)
    .
    (_)
    .
    (_) .)) @finding
  (#eq? @_fn "authenticate")
  (#sc-declared-as? @_prompt "(^|[^.\\w])BiometricPrompt\\s*(\\.Builder\\s*)?\\(|(^|\\s)([\\w.]*\\.)?BiometricPrompt\\s+\\w+\\s*(=|;|$)|\\.build\\(\\)$"))

; FingerprintManager / FingerprintManagerCompat (deprecated): authenticate(null, …) passes no CryptoObject
((method_invocation
  object: (_) @_manager
  name: (identifier) @_fn
  arguments: (argument_list
    .
    (null_literal))) @finding
  (#eq? @_fn "authenticate")
  (#sc-declared-as? @_manager "FingerprintManager")
  (#set! deprecated))
