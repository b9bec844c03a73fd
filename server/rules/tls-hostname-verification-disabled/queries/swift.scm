; Host name not checked against the server certificate (CWE-297), Swift.
;
; A `false` or `.noHostnameVerification` written in place is reported where it is written. One
; kept in a constant, a property or a parameter and handed to `validateHost:`,
; `validatesDomainName` or `certificateVerification` is a flow: the finding sits at that
; argument, the constant is its related location (and the fix flips it).

; ---- sources ------------------------------------------------------------------------------

((boolean_literal) @source @value
  (#eq? @value "false"))

([(prefix_expression) (navigation_expression)] @source
  (#match? @source "^(CertificateVerification)?\\.noHostnameVerification$"))

; ---- sinks: flags and modes that are not written in place ----------------------------------

; DefaultTrustEvaluator(validateHost: checkHost), PinnedCertificatesTrustEvaluator(…, validateHost: Config.validateHost)
; HTTPClient.Configuration(certificateVerification: verification)
((value_argument
  name: (value_argument_label
    (simple_identifier) @_label)
  value: (_) @sink)
  (#match? @_label "^(validateHost|certificateVerification)$")
  (#not-match? @sink "^(true|false|(CertificateVerification)?\\.\\w+)$"))

; policy.validatesDomainName = strict; tls.certificateVerification = verification
(assignment
  target: (directly_assignable_expression
    [
      (simple_identifier) @_name
      (navigation_expression
        suffix: (navigation_suffix
          suffix: (simple_identifier) @_name))
    ])
  result: (_) @sink
  (#match? @_name "^(validatesDomainName|certificateVerification)$")
  (#not-match? @sink "^(true|false|(CertificateVerification)?\\.\\w+)$"))

; ---- written in place ---------------------------------------------------------------------

; DefaultTrustEvaluator(validateHost: false)
; RevocationTrustEvaluator(performDefaultValidation: true, validateHost: false)
; PinnedCertificatesTrustEvaluator(certificates: certs, validateHost: false)
; PublicKeysTrustEvaluator(keys: keys, performDefaultValidation: true, validateHost: false)
; .performDefaultEvaluation(validateHost: false) / .pinCertificates(…, validateHost: false)   (Alamofire 4)
((value_argument
  name: (value_argument_label
    (simple_identifier) @_label)
  value: (boolean_literal) @value) @finding
  (#eq? @_label "validateHost")
  (#eq? @value "false"))

; manager.securityPolicy.validatesDomainName = false   (AFNetworking's AFSecurityPolicy from Swift)
(assignment
  target: (directly_assignable_expression
    [
      (simple_identifier) @finding
      (navigation_expression
        suffix: (navigation_suffix
          suffix: (simple_identifier) @finding))
    ])
  result: (boolean_literal) @value
  (#eq? @finding "validatesDomainName")
  (#eq? @value "false"))

; A policy that does not match the host name, put on a server trust: SecPolicyCreateBasicX509()
; (chain only) or SecPolicyCreateSSL(true, nil) (SSL policy with no host). The same calls used
; only to read a bundled certificate (SecTrustCreateWithCertificates + SecTrustCopyKey) or to
; define a policy constant that nothing nearby sets on a trust stay silent.

; SecTrustSetPolicies(serverTrust, SecPolicyCreateBasicX509())
; SecTrustSetPolicies(serverTrust, [SecPolicyCreateBasicX509()] as CFArray)
((call_expression
  (simple_identifier) @_set
  (call_suffix
    (value_arguments
      (value_argument
        value: [
          (call_expression
            (simple_identifier) @_policy) @finding
          (array_literal
            (call_expression
              (simple_identifier) @_policy) @finding)
          (as_expression
            expr: (array_literal
              (call_expression
                (simple_identifier) @_policy) @finding))
        ]))))
  (#eq? @_set "SecTrustSetPolicies")
  (#eq? @_policy "SecPolicyCreateBasicX509"))

; SecTrustSetPolicies(serverTrust, SecPolicyCreateSSL(true, nil))
((call_expression
  (simple_identifier) @_set
  (call_suffix
    (value_arguments
      (value_argument
        value: [
          (call_expression
            (simple_identifier) @_policy
            (call_suffix
              (value_arguments
                .
                (value_argument
                  value: (boolean_literal) @_server)
                .
                (value_argument
                  value: "nil")
                .))) @finding
          (array_literal
            (call_expression
              (simple_identifier) @_policy
              (call_suffix
                (value_arguments
                  .
                  (value_argument
                    value: (boolean_literal) @_server)
                  .
                  (value_argument
                    value: "nil")
                  .))) @finding)
          (as_expression
            expr: (array_literal
              (call_expression
                (simple_identifier) @_policy
                (call_suffix
                  (value_arguments
                    .
                    (value_argument
                      value: (boolean_literal) @_server)
                    .
                    (value_argument
                      value: "nil")
                    .))) @finding))
        ]))))
  (#eq? @_set "SecTrustSetPolicies")
  (#eq? @_policy "SecPolicyCreateSSL")
  (#eq? @_server "true"))

; let policy = SecPolicyCreateBasicX509()
; SecTrustSetPolicies(serverTrust, policy)        (set on a trust in the same method)
((property_declaration
  value: [
    (call_expression
      (simple_identifier) @_policy) @finding
    (array_literal
      (call_expression
        (simple_identifier) @_policy) @finding)
  ])
  (#eq? @_policy "SecPolicyCreateBasicX509")
  (#sc-scope-has-call? @finding "^SecTrustSetPolicies$"))

; let policy = SecPolicyCreateSSL(true, nil)
; SecTrustSetPolicies(serverTrust, policy)
((property_declaration
  value: [
    (call_expression
      (simple_identifier) @_policy
      (call_suffix
        (value_arguments
          .
          (value_argument
            value: (boolean_literal) @_server)
          .
          (value_argument
            value: "nil")
          .))) @finding
    (array_literal
      (call_expression
        (simple_identifier) @_policy
        (call_suffix
          (value_arguments
            .
            (value_argument
              value: (boolean_literal) @_server)
            .
            (value_argument
              value: "nil")
            .))) @finding)
  ])
  (#eq? @_policy "SecPolicyCreateSSL")
  (#eq? @_server "true")
  (#sc-scope-has-call? @finding "^SecTrustSetPolicies$"))

; SwiftNIO / AsyncHTTPClient: the chain is checked, the host name is not
; tls.certificateVerification = .noHostnameVerification
; HTTPClient.Configuration(certificateVerification: .noHostnameVerification)
(assignment
  target: (directly_assignable_expression
    [
      (simple_identifier) @_name
      (navigation_expression
        suffix: (navigation_suffix
          suffix: (simple_identifier) @_name))
    ])
  result: (_) @finding
  (#eq? @_name "certificateVerification")
  (#match? @finding "^(CertificateVerification)?\\.noHostnameVerification$"))

(value_argument
  name: (value_argument_label
    (simple_identifier) @_label)
  value: (_) @finding
  (#eq? @_label "certificateVerification")
  (#match? @finding "^(CertificateVerification)?\\.noHostnameVerification$"))
