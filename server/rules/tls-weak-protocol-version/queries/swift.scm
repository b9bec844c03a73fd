; Obsolete SSL/TLS versions (SSL 2/3, TLS 1.0, TLS 1.1, DTLS 1.0; RFC 8996, CWE-327), Swift.
; A weak version is reported where it is configured: assigned, passed to a call, put in a
; settings dictionary, bound to a constant or returned. Comparisons and `case .TLSv10:`
; labels (code that reads the negotiated version) are not configuration and stay silent.
; Every pattern accepts the value as `.TLSv10`, `tls_protocol_version_t.TLSv10`,
; `kTLSProtocol1`, `SSLProtocol.tlsProtocol1.rawValue` or `kCFStreamSocketSecurityLevelSSLv3 as Any`;
; @version is the bare name (`TLSv10`, `kTLSProtocol1`) or the implicit member (`.tlsProtocol1`).

; configuration.tlsMinimumSupportedProtocol = .tlsProtocol1
; configuration.tlsMinimumSupportedProtocolVersion = tls_protocol_version_t.TLSv10
; configuration.tlsMaximumSupportedProtocolVersion = .TLSv11      (caps the session below TLS 1.2)
(assignment
  result: [
    (prefix_expression) @version
    (simple_identifier) @version
    (navigation_expression
      suffix: (navigation_suffix
        suffix: (simple_identifier) @version))
    (navigation_expression
      target: [
        (prefix_expression) @version
        (simple_identifier) @version
        (navigation_expression
          suffix: (navigation_suffix
            suffix: (simple_identifier) @version))
      ])
    (as_expression
      expr: [
        (prefix_expression) @version
        (simple_identifier) @version
        (navigation_expression
          suffix: (navigation_suffix
            suffix: (simple_identifier) @version))
      ])
  ] @finding
  (#match? @version "^\\.?(TLSv1[01]|DTLSv10|tlsProtocol1(1|Only)?|sslProtocol(2|3|3Only|All)|dtlsProtocol1|ssLv[23]|tlSv1|k(TLSProtocol1(1|Only)?|SSLProtocol(2|3|3Only|All)|DTLSProtocol1)|(kCF|NS)StreamSocketSecurityLevel(SSLv2|SSLv3|TLSv1|None))$"))

; sec_protocol_options_set_min_tls_protocol_version(options.securityProtocolOptions, .TLSv10)
; SSLSetProtocolVersionMin(context, kTLSProtocol1)
; inputStream.setProperty(StreamSocketSecurityLevel.ssLv3, forKey: .socketSecurityLevelKey)
; NSNumber(value: SSLProtocol.tlsProtocol1.rawValue)
((call_expression
  (call_suffix
    (value_arguments
      (value_argument
        value: [
          (prefix_expression) @version
          (simple_identifier) @version
          (navigation_expression
            suffix: (navigation_suffix
              suffix: (simple_identifier) @version))
          (navigation_expression
            target: [
              (prefix_expression) @version
              (simple_identifier) @version
              (navigation_expression
                suffix: (navigation_suffix
                  suffix: (simple_identifier) @version))
            ])
          (as_expression
            expr: [
              (prefix_expression) @version
              (simple_identifier) @version
              (navigation_expression
                suffix: (navigation_suffix
                  suffix: (simple_identifier) @version))
            ])
        ] @finding)))) @_call
  (#match? @version "^\\.?(TLSv1[01]|DTLSv10|tlsProtocol1(1|Only)?|sslProtocol(2|3|3Only|All)|dtlsProtocol1|ssLv[23]|tlSv1|k(TLSProtocol1(1|Only)?|SSLProtocol(2|3|3Only|All)|DTLSProtocol1)|(kCF|NS)StreamSocketSecurityLevel(SSLv2|SSLv3|TLSv1|None))$")
  (#sc-may-send? @_call))

; [kCFStreamSSLLevel as String: kCFStreamSocketSecurityLevelSSLv3]
(dictionary_literal
  value: [
    (prefix_expression) @version
    (simple_identifier) @version
    (navigation_expression
      suffix: (navigation_suffix
        suffix: (simple_identifier) @version))
    (navigation_expression
      target: [
        (prefix_expression) @version
        (simple_identifier) @version
        (navigation_expression
          suffix: (navigation_suffix
            suffix: (simple_identifier) @version))
      ])
    (as_expression
      expr: [
        (prefix_expression) @version
        (simple_identifier) @version
        (navigation_expression
          suffix: (navigation_suffix
            suffix: (simple_identifier) @version))
      ])
  ] @finding
  (#match? @version "^\\.?(TLSv1[01]|DTLSv10|tlsProtocol1(1|Only)?|sslProtocol(2|3|3Only|All)|dtlsProtocol1|ssLv[23]|tlSv1|k(TLSProtocol1(1|Only)?|SSLProtocol(2|3|3Only|All)|DTLSProtocol1)|(kCF|NS)StreamSocketSecurityLevel(SSLv2|SSLv3|TLSv1|None))$"))

; let minimumTLS: tls_protocol_version_t = .TLSv11
; static let legacyProtocol = SSLProtocol.sslProtocol3
(property_declaration
  value: [
    (prefix_expression) @version
    (simple_identifier) @version
    (navigation_expression
      suffix: (navigation_suffix
        suffix: (simple_identifier) @version))
    (navigation_expression
      target: [
        (prefix_expression) @version
        (simple_identifier) @version
        (navigation_expression
          suffix: (navigation_suffix
            suffix: (simple_identifier) @version))
      ])
    (as_expression
      expr: [
        (prefix_expression) @version
        (simple_identifier) @version
        (navigation_expression
          suffix: (navigation_suffix
            suffix: (simple_identifier) @version))
      ])
  ] @finding
  (#match? @version "^\\.?(TLSv1[01]|DTLSv10|tlsProtocol1(1|Only)?|sslProtocol(2|3|3Only|All)|dtlsProtocol1|ssLv[23]|tlSv1|k(TLSProtocol1(1|Only)?|SSLProtocol(2|3|3Only|All)|DTLSProtocol1)|(kCF|NS)StreamSocketSecurityLevel(SSLv2|SSLv3|TLSv1|None))$"))

; var minimumVersion: tls_protocol_version_t { return .TLSv10 }
(control_transfer_statement
  result: [
    (prefix_expression) @version
    (simple_identifier) @version
    (navigation_expression
      suffix: (navigation_suffix
        suffix: (simple_identifier) @version))
    (navigation_expression
      target: [
        (prefix_expression) @version
        (simple_identifier) @version
        (navigation_expression
          suffix: (navigation_suffix
            suffix: (simple_identifier) @version))
      ])
    (as_expression
      expr: [
        (prefix_expression) @version
        (simple_identifier) @version
        (navigation_expression
          suffix: (navigation_suffix
            suffix: (simple_identifier) @version))
      ])
  ] @finding
  (#match? @version "^\\.?(TLSv1[01]|DTLSv10|tlsProtocol1(1|Only)?|sslProtocol(2|3|3Only|All)|dtlsProtocol1|ssLv[23]|tlSv1|k(TLSProtocol1(1|Only)?|SSLProtocol(2|3|3Only|All)|DTLSProtocol1)|(kCF|NS)StreamSocketSecurityLevel(SSLv2|SSLv3|TLSv1|None))$"))

; stream.setProperty(StreamSocketSecurityLevel.none, forKey: .socketSecurityLevelKey): no TLS at all
((navigation_expression
  target: (simple_identifier) @_type
  suffix: (navigation_suffix
    suffix: (simple_identifier) @_level)) @finding @version
  (#eq? @_type "StreamSocketSecurityLevel")
  (#eq? @_level "none"))
