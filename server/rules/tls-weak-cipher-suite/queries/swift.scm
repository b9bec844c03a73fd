; Broken cipher suites enabled (CWE-327), Swift. Network.framework takes `tls_ciphersuite_t`
; cases (`.RSA_WITH_3DES_EDE_CBC_SHA`, `.ECDHE_RSA_WITH_3DES_EDE_CBC_SHA`: its only weak ones);
; Secure Transport and the deprecated `sec_protocol_options_add_tls_ciphersuite` take
; `SSLCipherSuite` constants (`TLS_RSA_WITH_RC4_128_SHA`, `SSL_RSA_WITH_RC4_128_MD5`,
; `TLS_DH_anon_WITH_AES_128_CBC_SHA`, `TLS_RSA_WITH_NULL_SHA`); SwiftNIO's `cipherSuites` takes
; an OpenSSL (BoringSSL) cipher list, read as OpenSSL applies it (#sc-cipher-list-enables?).
; Modern suites, `tls_ciphersuite_group_t` groups and reading the negotiated suite
; (`sec_protocol_metadata_get_negotiated_tls_ciphersuite`, `case .RSA_WITH_3DES_EDE_CBC_SHA:`)
; stay silent.
;
; A weak suite held in a constant, an array or a property flows to the call or property that
; enables it: the finding sits there, the suite is its related location.

; ---- sources ------------------------------------------------------------------------------

; .RSA_WITH_3DES_EDE_CBC_SHA, tls_ciphersuite_t.ECDHE_RSA_WITH_3DES_EDE_CBC_SHA,
; TLS_RSA_WITH_RC4_128_SHA, SSLCipherSuite.SSL_RSA_WITH_RC4_128_MD5
([(prefix_expression) (navigation_expression) (simple_identifier)] @source @suite
  (#match? @suite "^(?:\\.|(?:tls_ciphersuite_t|SSLCipherSuite)\\.)?(?:(?:SSL|TLS)_)?(?=\\w*_WITH_)(?:\\w+_)?(?:NULL|anon|EXPORT\\d*|RC4|RC2|DES40|DES|3DES|MD5)(?:_\\w+)?$"))

; SSLCipherSuite(TLS_RSA_WITH_RC4_128_SHA), tls_ciphersuite_t(rawValue: UInt16(TLS_RSA_WITH_3DES_EDE_CBC_SHA))!
([(call_expression) (postfix_expression)] @source @suite
  (#match? @suite "^(?:SSLCipherSuite|UInt16|tls_ciphersuite_t)\\((?:rawValue:\\s*)?(?:(?:SSLCipherSuite|UInt16)\\()?(?:SSL|TLS)_(?=\\w*_WITH_)(?:\\w+_)?(?:NULL|anon|EXPORT\\d*|RC4|RC2|DES40|DES|3DES|MD5)(?:_\\w+)?\\)+!?$"))

; OpenSSL cipher lists for SwiftNIO: one pattern per family, for the message
((line_string_literal) @source @suite
  (#match? @suite "NULL|ADH|AECDH")
  (#sc-cipher-list-enables? @suite "^aNULL$")
  (#set! variant "anonymous"))

((line_string_literal) @source @suite
  (#match? @suite "NULL")
  (#sc-cipher-list-enables? @suite "^eNULL$")
  (#set! variant "null-cipher"))

((line_string_literal) @source @suite
  (#match? @suite "RC4")
  (#sc-cipher-list-enables? @suite "^RC4$")
  (#set! variant "rc4"))

((line_string_literal) @source @suite
  (#match? @suite "DES|CBC3|EDE3")
  (#sc-cipher-list-enables? @suite "^(DES|3DES)$")
  (#set! variant "des"))

((line_string_literal) @source @suite
  (#match? @suite "EXP|LOW")
  (#sc-cipher-list-enables? @suite "^(EXPORT|LOW)$")
  (#set! variant "export"))

((line_string_literal) @source @suite
  (#match? @suite "@SECLEVEL=0")
  (#sc-cipher-list-enables? @suite "^@SECLEVEL=0$")
  (#set! variant "seclevel-zero"))

; ---- sinks --------------------------------------------------------------------------------

; sec_protocol_options_append_tls_ciphersuite(options, suite), sec_protocol_options_add_tls_ciphersuite(options, suite)
((call_expression
  (simple_identifier) @_function
  (call_suffix
    (value_arguments
      (value_argument
        value: (_) @sink))))
  (#match? @_function "^(sec_protocol_options_append_tls_ciphersuite|sec_protocol_options_add_tls_ciphersuite)$"))

; SSLSetEnabledCiphers(context, &ciphers, ciphers.count), SSLSetEnabledCiphers(context, suites, n)
((call_expression
  (simple_identifier) @_function
  (call_suffix
    (value_arguments
      (value_argument
        value: [
          (prefix_expression
            target: (_) @sink)
          (simple_identifier) @sink
          (array_literal) @sink
        ]))))
  (#eq? @_function "SSLSetEnabledCiphers"))

; configuration.cipherSuites = "…" (SwiftNIO TLSConfiguration)
(assignment
  target: (directly_assignable_expression
    [
      (simple_identifier) @_property
      (navigation_expression
        suffix: (navigation_suffix
          suffix: (simple_identifier) @_property))
    ])
  result: (_) @sink
  (#eq? @_property "cipherSuites")
  (#sc-cipher-list-enables? @sink "^(RC4|DES|3DES|eNULL|aNULL|EXPORT|LOW|MD5|@SECLEVEL=0)$" "or-unknown"))

; TLSConfiguration.forClient(cipherSuites: list)
((value_argument
  name: (value_argument_label
    (simple_identifier) @_label)
  value: (_) @sink)
  (#eq? @_label "cipherSuites")
  (#sc-cipher-list-enables? @sink "^(RC4|DES|3DES|eNULL|aNULL|EXPORT|LOW|MD5|@SECLEVEL=0)$" "or-unknown"))

; ---- declarations that reach no sink this file can follow ------------------------------------
; static let legacySuites: [tls_ciphersuite_t] = [.ECDHE_RSA_WITH_AES_128_GCM_SHA256, .RSA_WITH_3DES_EDE_CBC_SHA]
; (read in a `for suite in legacySuites` loop or by another file; unless unused, only logged or
; compared, or named as a deny-list)
(property_declaration
  name: (pattern
    bound_identifier: (simple_identifier) @_name)
  value: (array_literal
    element: [(prefix_expression) (navigation_expression) (simple_identifier) (call_expression) (postfix_expression)] @suite @finding)
  (#match? @_name "[Cc]ipher|CIPHER|[Ss]uite|SUITE")
  (#not-match? @_name "[Dd]isallow|DISALLOW|[Dd]isabled?|DISABLED?|[Dd]eny|DENY|[Bb]lock|BLOCK|[Bb]lacklist|BLACKLIST|[Ee]xclud|EXCLUD|[Ff]orbidden|FORBIDDEN|[Ii]nsecure|INSECURE|[Ww]eak|WEAK|[Dd]eprecated|DEPRECATED|[Oo]bsolete|OBSOLETE|[Bb]roken|BROKEN|[Bb]anned|BANNED|[Bb]ad|BAD|[Uu]nsafe|UNSAFE")
  (#match? @suite "^(?:\\.|(?:tls_ciphersuite_t|SSLCipherSuite)\\.|(?:SSLCipherSuite|UInt16|tls_ciphersuite_t)\\((?:rawValue:\\s*)?(?:(?:SSLCipherSuite|UInt16)\\()?)?(?:(?:SSL|TLS)_)?(?=\\w*_WITH_)(?:\\w+_)?(?:NULL|anon|EXPORT\\d*|RC4|RC2|DES40|DES|3DES|MD5)(?:_\\w+)?\\)*!?$")
  (#sc-used-beyond? @_name "logged compared unused debug"))
