; Biometric authentication that is not bound to a key (CWE-287), Swift. LAContext's
; evaluatePolicy only answers a Bool to the app: on a jailbroken device a hook on the reply
; (or on the `if success`) unlocks without Face ID or Touch ID. A Keychain item stored with
; SecAccessControl (`.biometryCurrentSet`, `.userPresence`) is released by the Secure Enclave
; only after a real authentication, so the secret it guards cannot be had by faking a
; success. MASVS-AUTH-2.
;
; An evaluatePolicy is silent when the method around it (a helper of this file included)
; reads or writes such an item: SecItemCopyMatching / SecItemAdd / SecItemUpdate (with the
; context as kSecUseAuthenticationContext), SecAccessControlCreateWithFlags, SecKey
; operations on a Secure Enclave key, KeychainAccess `authenticationContext(_:)` /
; `authenticationPrompt(_:)`. canEvaluatePolicy only asks what the device supports.

; context.evaluatePolicy(.deviceOwnerAuthenticationWithBiometrics, localizedReason: reason) { success, _ in
;     if success { self.isUnlocked = true } }
; let ok = try await context.evaluatePolicy(.deviceOwnerAuthentication, localizedReason: reason)
((call_expression
  (navigation_expression
    suffix: (navigation_suffix
      suffix: (simple_identifier) @_fn))
  (call_suffix)) @finding
  (#eq? @_fn "evaluatePolicy")
  (#sc-not-has-call? @finding "^(SecItemCopyMatching|SecItemAdd|SecItemUpdate|SecAccessControlCreateWithFlags|SecKeyCreateSignature|SecKeyCreateDecryptedData|SecKeyCreateRandomKey|SecKeyCopyKeyExchangeResult|authenticationContext|authenticationPrompt|evaluateAccessControl)$" "member"))
