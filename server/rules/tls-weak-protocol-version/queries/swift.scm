; Obsolete SSL/TLS versions (SSL 2/3, TLS 1.0, TLS 1.1, DTLS 1.0; RFC 8996, CWE-327), Swift.
; A weak version is reported where it is configured: assigned, passed to a call, put in a
; settings dictionary, bound to a constant, returned or used as a parameter default.
; Comparisons (`negotiated == .TLSv10`) and `case .TLSv10:` labels read the negotiated version
; and stay silent. The value is matched on its text, one regex for every spelling:
; `.TLSv10`, `tls_protocol_version_t.TLSv10`, `kTLSProtocol1`, `SSLProtocol.tlsProtocol1.rawValue`,
; `kCFStreamSocketSecurityLevelSSLv3 as Any` (a wildcard plus #match? compiles ~8x faster
; than the equivalent structural alternation on the Swift grammar). @version is that value.

; A weak version written elsewhere (a `let`, a static constant, a ternary, a settings
; dictionary in a variable) and handed to the APIs that set the protocol is a flow: the
; finding sits at that call or assignment, the constant is its related location. A constant
; that is unused, only logged or compared, reaches nothing and stays silent.

; ---- sources: every spelling of an obsolete version ------------------------------------

([(prefix_expression) (navigation_expression) (simple_identifier) (as_expression)] @source @version
  (#match? @version "^(\\.|[A-Za-z_][\\w.]*\\.)?(TLSv1[01]|DTLSv10|tlsProtocol1(1|Only)?|sslProtocol(2|3|3Only|All)|dtlsProtocol1|ssLv[23]|tlSv1|k(TLSProtocol1(1|Only)?|SSLProtocol(2|3|3Only|All)|DTLSProtocol1)|(kCF|NS)StreamSocketSecurityLevel(SSLv2|SSLv3|TLSv1|None))(\\.rawValue)?(\\s+as[!?]?\\s+\\w+)?$"))

; StreamSocketSecurityLevel.none: no TLS at all
((navigation_expression
  target: (simple_identifier) @_type
  suffix: (navigation_suffix
    suffix: (simple_identifier) @_level)) @source @version
  (#eq? @_type "StreamSocketSecurityLevel")
  (#eq? @_level "none"))

; ---- sinks: where the version is set ----------------------------------------------------

; configuration.tlsMinimumSupportedProtocolVersion = minimum
; configuration.tlsMinimumSupportedProtocolVersion = legacy ? .TLSv10 : .TLSv12
(assignment
  target: (directly_assignable_expression
    [
      (simple_identifier) @_property
      (navigation_expression
        suffix: (navigation_suffix
          suffix: (simple_identifier) @_property))
    ])
  result: (_) @sink
  (#match? @_property "^tls(Minimum|Maximum)SupportedProtocol(Version)?$"))

; sec_protocol_options_set_min_tls_protocol_version(options, minimum), SSLSetProtocolVersionMin(context, version)
; CFReadStreamSetProperty(stream, kCFStreamPropertySSLSettings, settings)
((call_expression
  (simple_identifier) @_function
  (call_suffix
    (value_arguments
      (value_argument
        value: (_) @sink))))
  (#match? @_function "^(sec_protocol_options_set_(min|max)_tls_protocol_version|SSLSetProtocolVersion(Min|Max|Enabled)|CF(Read|Write)StreamSetProperty)$"))

; input.setProperty(level, forKey: .socketSecurityLevelKey), stream.setProperty(settings, forKey: …)
((call_expression
  (navigation_expression
    suffix: (navigation_suffix
      suffix: (simple_identifier) @_method))
  (call_suffix
    (value_arguments
      .
      (value_argument
        value: (_) @sink))))
  (#eq? @_method "setProperty"))

; ---- where it is written ----------------------------------------------------------------

; configuration.tlsMinimumSupportedProtocol = .tlsProtocol1
; configuration.tlsMinimumSupportedProtocolVersion = tls_protocol_version_t.TLSv10
; configuration.tlsMaximumSupportedProtocolVersion = .TLSv11      (caps the session below TLS 1.2)
(assignment
  result: (_) @finding @version
  (#match? @version "^(\\.|[A-Za-z_][\\w.]*\\.)?(TLSv1[01]|DTLSv10|tlsProtocol1(1|Only)?|sslProtocol(2|3|3Only|All)|dtlsProtocol1|ssLv[23]|tlSv1|k(TLSProtocol1(1|Only)?|SSLProtocol(2|3|3Only|All)|DTLSProtocol1)|(kCF|NS)StreamSocketSecurityLevel(SSLv2|SSLv3|TLSv1|None))(\\.rawValue)?(\\s+as[!?]?\\s+\\w+)?$"))

; sec_protocol_options_set_min_tls_protocol_version(options.securityProtocolOptions, .TLSv10)
; SSLSetProtocolVersionMin(context, kTLSProtocol1)
; inputStream.setProperty(StreamSocketSecurityLevel.ssLv3, forKey: .socketSecurityLevelKey)
; NSNumber(value: SSLProtocol.tlsProtocol1.rawValue)
((call_expression
  (call_suffix
    (value_arguments
      (value_argument
        value: (_) @finding @version)))) @_call
  (#match? @version "^(\\.|[A-Za-z_][\\w.]*\\.)?(TLSv1[01]|DTLSv10|tlsProtocol1(1|Only)?|sslProtocol(2|3|3Only|All)|dtlsProtocol1|ssLv[23]|tlSv1|k(TLSProtocol1(1|Only)?|SSLProtocol(2|3|3Only|All)|DTLSProtocol1)|(kCF|NS)StreamSocketSecurityLevel(SSLv2|SSLv3|TLSv1|None))(\\.rawValue)?(\\s+as[!?]?\\s+\\w+)?$")
  (#sc-may-send? @_call))

; [kCFStreamSSLLevel as String: kCFStreamSocketSecurityLevelSSLv3]
(dictionary_literal
  value: (_) @finding @version
  (#match? @version "^(\\.|[A-Za-z_][\\w.]*\\.)?(TLSv1[01]|DTLSv10|tlsProtocol1(1|Only)?|sslProtocol(2|3|3Only|All)|dtlsProtocol1|ssLv[23]|tlSv1|k(TLSProtocol1(1|Only)?|SSLProtocol(2|3|3Only|All)|DTLSProtocol1)|(kCF|NS)StreamSocketSecurityLevel(SSLv2|SSLv3|TLSv1|None))(\\.rawValue)?(\\s+as[!?]?\\s+\\w+)?$"))

; let minimumTLS: tls_protocol_version_t = .TLSv11
; static let legacyProtocol = SSLProtocol.sslProtocol3
; (unless unused, only logged or compared, or overwritten before it is read)
(property_declaration
  name: (pattern
    bound_identifier: (simple_identifier) @_name)
  value: (_) @finding @version
  (#match? @version "^(\\.|[A-Za-z_][\\w.]*\\.)?(TLSv1[01]|DTLSv10|tlsProtocol1(1|Only)?|sslProtocol(2|3|3Only|All)|dtlsProtocol1|ssLv[23]|tlSv1|k(TLSProtocol1(1|Only)?|SSLProtocol(2|3|3Only|All)|DTLSProtocol1)|(kCF|NS)StreamSocketSecurityLevel(SSLv2|SSLv3|TLSv1|None))(\\.rawValue)?(\\s+as[!?]?\\s+\\w+)?$")
  (#sc-used-beyond? @_name "logged compared unused debug"))

; var minimumVersion: tls_protocol_version_t { return .TLSv10 }
; (any return outside a `switch`: function and getter bodies, if/guard/do blocks, closures)
([
   (function_body (statements (control_transfer_statement result: (_) @finding @version)))
   (computed_property (statements (control_transfer_statement result: (_) @finding @version)))
   (computed_getter (statements (control_transfer_statement result: (_) @finding @version)))
   (if_statement (statements (control_transfer_statement result: (_) @finding @version)))
   (guard_statement (statements (control_transfer_statement result: (_) @finding @version)))
   (do_statement (statements (control_transfer_statement result: (_) @finding @version)))
   (catch_block (statements (control_transfer_statement result: (_) @finding @version)))
   (lambda_literal (statements (control_transfer_statement result: (_) @finding @version)))
 ]
  (#match? @version "^(\\.|[A-Za-z_][\\w.]*\\.)?(TLSv1[01]|DTLSv10|tlsProtocol1(1|Only)?|sslProtocol(2|3|3Only|All)|dtlsProtocol1|ssLv[23]|tlSv1|k(TLSProtocol1(1|Only)?|SSLProtocol(2|3|3Only|All)|DTLSProtocol1)|(kCF|NS)StreamSocketSecurityLevel(SSLv2|SSLv3|TLSv1|None))(\\.rawValue)?(\\s+as[!?]?\\s+\\w+)?$"))

; switch setting.minimumTLS { case .legacy: return .TLSv10 … } — a return in a `switch` counts
; unless the case it answers already names a protocol version: `case .tlsv1: return .TLSv10`
; converts one library's version type into another's (AsyncHTTPClient, NIO), configuring nothing.
(switch_entry
  .
  (switch_pattern) @_case
  (statements
    (control_transfer_statement
      result: (_) @finding @version))
  (#not-match? @_case "([Tt][Ll][Ss]|[Ss][Ss][Ll])_?[Vv]?(1|2|3)|[Tt][Ll][Ss][Pp]rotocol|[Ss][Ss][Ll][Pp]rotocol|\\b[Vv]1(_?[0-3])?\\b")
  (#match? @version "^(\\.|[A-Za-z_][\\w.]*\\.)?(TLSv1[01]|DTLSv10|tlsProtocol1(1|Only)?|sslProtocol(2|3|3Only|All)|dtlsProtocol1|ssLv[23]|tlSv1|k(TLSProtocol1(1|Only)?|SSLProtocol(2|3|3Only|All)|DTLSProtocol1)|(kCF|NS)StreamSocketSecurityLevel(SSLv2|SSLv3|TLSv1|None))(\\.rawValue)?(\\s+as[!?]?\\s+\\w+)?$"))

; init(minimumTLSVersion: tls_protocol_version_t = .TLSv10)
(_
  default_value: (_) @finding @version
  (#match? @version "^(\\.|[A-Za-z_][\\w.]*\\.)?(TLSv1[01]|DTLSv10|tlsProtocol1(1|Only)?|sslProtocol(2|3|3Only|All)|dtlsProtocol1|ssLv[23]|tlSv1|k(TLSProtocol1(1|Only)?|SSLProtocol(2|3|3Only|All)|DTLSProtocol1)|(kCF|NS)StreamSocketSecurityLevel(SSLv2|SSLv3|TLSv1|None))(\\.rawValue)?(\\s+as[!?]?\\s+\\w+)?$"))

; stream.setProperty(StreamSocketSecurityLevel.none, forKey: .socketSecurityLevelKey): no TLS at all
((navigation_expression
  target: (simple_identifier) @_type
  suffix: (navigation_suffix
    suffix: (simple_identifier) @_level)) @finding @version
  (#eq? @_type "StreamSocketSecurityLevel")
  (#eq? @_level "none"))
