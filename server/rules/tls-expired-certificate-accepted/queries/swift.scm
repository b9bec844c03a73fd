; Expired (or not yet valid) server certificates forgiven (CWE-298), Swift: a trust evaluation
; moved into the past, an evaluation whose expiry failure still leads to `.useCredential`,
; and the deprecated CFStream settings that accept expired certificates. The handler does
; evaluate the trust (else tls-trust-all-certificates reports it): it then ignores the
; answer when the answer is "expired".

; SecTrustSetVerifyDate(trust, Date(timeIntervalSince1970: 1_577_836_800) as CFDate)
; SecTrustSetVerifyDate(serverTrust, buildDate as CFDate) — any moment but now
((call_expression
  (simple_identifier) @finding
  (call_suffix
    (value_arguments
      (value_argument)
      .
      (value_argument
        value: (_) @_date) .)))
  (#eq? @finding "SecTrustSetVerifyDate")
  (#not-match? @_date "^\\(?\\s*(Date\\(\\)|Date\\.now|\\.now|NSDate\\(\\))\\s*\\)?(\\s+as[?!]?\\s+(CFDate|NSDate))?$"))

; } else if let error, CFErrorGetCode(error) == Int(errSecCertificateExpired) { completionHandler(.useCredential, URLCredential(trust: trust)) }
; if result == .unspecified || result == .recoverableTrustFailure { … .useCredential … }
; switch result { case .proceed, .unspecified, .recoverableTrustFailure: completionHandler(.useCredential, …) }
; guard [.proceed, .unspecified, .recoverableTrustFailure].contains(result) else { … }; … .useCredential
; (.recoverableTrustFailure is what an expired certificate evaluates to)
((simple_identifier) @finding
  (#any-of? @finding "recoverableTrustFailure" "errSecCertificateExpired" "errSecCertificateNotValidYet" "CSSMERR_TP_CERT_EXPIRED" "CSSMERR_TP_CERT_NOT_VALID_YET")
  (#sc-condition-leads-to? @finding "\\.useCredential\\b"))

; [kCFStreamSSLAllowsExpiredCertificates: true, kCFStreamSSLAllowsExpiredRoots: kCFBooleanTrue]
; (deprecated CFStream / NSStream SSL settings)
(dictionary_literal
  key: (_) @finding
  .
  value: (_) @flag
  (#match? @finding "^(String\\(\\s*)?kCFStreamSSL(AllowsExpiredRoots|AllowsExpiredCertificates)(\\s*\\)|\\s+as\\s+\\w+)?$")
  (#match? @flag "^(NSNumber\\(\\s*value:\\s*)?(true|kCFBooleanTrue)\\b"))

; sslSettings[kCFStreamSSLAllowsExpiredCertificates as String] = true
(assignment
  target: (directly_assignable_expression
    (call_expression
      (call_suffix
        (value_arguments
          .
          (value_argument
            value: (_) @finding)
          .))))
  result: (_) @flag
  (#match? @finding "^(String\\(\\s*)?kCFStreamSSL(AllowsExpiredRoots|AllowsExpiredCertificates)(\\s*\\)|\\s+as\\s+\\w+)?$")
  (#match? @flag "^(NSNumber\\(\\s*value:\\s*)?(true|kCFBooleanTrue)\\b"))
