; Certificate pinning that does not protect what it seems to (CWE-295), Swift:
; - TrustKit: `kTSKEnforcePinning: false` (report-only: a mismatch is reported, the connection
;   goes on), a domain whose `kTSKPublicKeyHashes` holds a single hash (`no-backup-pin`: TrustKit
;   itself refuses that while enforcing), and placeholder hashes (`AAAA…=`, `"public key 1"`,
;   anything that is not the 44-character Base64 of a SHA-256, which TrustKit rejects at start-up);
; - Alamofire: `PinnedCertificatesTrustEvaluator` / `PublicKeysTrustEvaluator` with
;   `performDefaultValidation: false` and `validateHost: false`, and Alamofire 4
;   `.pinCertificates` / `.pinPublicKeys` with `validateCertificateChain: false`: the chain is
;   never evaluated, so any chain that contains the pinned (public) certificate passes
;   (`chain-not-validated`). `validateHost: false` alone is tls-hostname-verification-disabled's.
; Two or more real hashes, enforced pinning, hashes read from configuration, and
; `performDefaultValidation: false` with host validation left on (Alamofire still evaluates the
; chain for the host) stay silent.

; ---- TrustKit ---------------------------------------------------------------------------------

; [kTSKEnforcePinning: false, kTSKPublicKeyHashes: […]]
(dictionary_literal
  key: (_) @_key
  .
  value: (boolean_literal) @finding
  (#match? @_key "^(kTSKEnforcePinning|\"TSKEnforcePinning\")(\\s+as\\s+\\w+)?$")
  (#eq? @finding "false")
  (#set! variant "report-only"))

; let enforce = false; … [kTSKEnforcePinning: enforce]: the flag comes from a constant
((boolean_literal) @source
  (#eq? @source "false")
  (#set! flow "enforce")
  (#set! variant "report-only"))

(dictionary_literal
  key: (_) @_key
  .
  value: (_) @sink
  (#match? @_key "^(kTSKEnforcePinning|\"TSKEnforcePinning\")(\\s+as\\s+\\w+)?$")
  (#not-match? @sink "^(true|false)$")
  (#set! flow "enforce"))

; kTSKPublicKeyHashes: ["r8tN2Ybe8ZxKSaOHq7XRuB0Sl9HmPvZFv2NaRnt+7Lk="]   (one hash the file shows)
(dictionary_literal
  key: (_) @_key
  .
  value: (array_literal
    .
    (_) @finding .)
  (#match? @_key "^(kTSKPublicKeyHashes|\"TSKPublicKeyHashes\")(\\s+as\\s+\\w+)?$")
  (#sc-value-matches? @finding "^[A-Za-z0-9+/]+=*$")
  (#set! variant "no-backup-pin"))

; kTSKPublicKeyHashes: ["AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "public key 2"]
(dictionary_literal
  key: (_) @_key
  .
  value: (array_literal
    (line_string_literal) @finding)
  (#match? @_key "^(kTSKPublicKeyHashes|\"TSKPublicKeyHashes\")(\\s+as\\s+\\w+)?$")
  (#match? @finding "^\"(?:(.)\\1+=?|[^\"\\\\]*(?:[Ee](?:XAMPLE|xample)|[Pp](?:LACEHOLDER|laceholder))[^\"\\\\]*|(?![A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=\"$)[^\"\\\\]*)\"$"))

; ---- Alamofire ----------------------------------------------------------------------------

; PinnedCertificatesTrustEvaluator(certificates: certs, performDefaultValidation: false, validateHost: false)
; PublicKeysTrustEvaluator(keys: keys, performDefaultValidation: false, validateHost: false)
; .pinnedCertificates(performDefaultValidation: false, validateHost: false), .publicKeys(…)
((call_expression
  [
    (simple_identifier) @_type
    (navigation_expression
      suffix: (navigation_suffix
        suffix: (simple_identifier) @_type))
    (prefix_expression
      target: (simple_identifier) @_type)
  ]
  (call_suffix
    (value_arguments
      (value_argument
        name: (value_argument_label
          (simple_identifier) @_label)
        value: (boolean_literal) @_value) @finding))) @_call
  (#match? @_type "^(PinnedCertificatesTrustEvaluator|PublicKeysTrustEvaluator|pinnedCertificates|publicKeys)$")
  (#eq? @_label "performDefaultValidation")
  (#eq? @_value "false")
  (#match? @_call "\\bvalidateHost\\s*:\\s*false\\b")
  (#set! variant "chain-not-validated"))

; ServerTrustPolicy.pinCertificates(certificates: certs, validateCertificateChain: false, validateHost: true)
; .pinPublicKeys(publicKeys: keys, validateCertificateChain: false, validateHost: true)   (Alamofire 4)
((call_expression
  [
    (simple_identifier) @_type
    (navigation_expression
      suffix: (navigation_suffix
        suffix: (simple_identifier) @_type))
    (prefix_expression
      target: (simple_identifier) @_type)
  ]
  (call_suffix
    (value_arguments
      (value_argument
        name: (value_argument_label
          (simple_identifier) @_label)
        value: (boolean_literal) @_value) @finding)))
  (#match? @_type "^(pinCertificates|pinPublicKeys)$")
  (#eq? @_label "validateCertificateChain")
  (#eq? @_value "false")
  (#set! variant "chain-not-validated"))
