; SSL 3.0, TLS 1.0 and TLS 1.1 enabled or requested (CWE-327, RFC 8996). Every pattern
; captures the protocol name as @version, which the message shows and the fixes rewrite
; ("TLSv1" → "TLSv1.2", TlsVersion.TLS_1_0 → TlsVersion.TLS_1_2). "TLS", "TLSv1.2" and
; "TLSv1.3" never match: the literal must be exactly an obsolete name.
;
; The context name "SSL" is the `ssl-alias` variant (a note, fix "TLS"): current JDKs and
; Android negotiate with it exactly as with "TLS", but it reads as SSL 3.0 and old runtimes
; enabled SSLv3 with it. Only the APIs that take a context name report it; a protocol list
; (setEnabledProtocols…) rejects "SSL" at run time, so it is no finding there.

; SSLContext.getInstance("SSL"), SSLContext.getInstance("SSL", "AndroidOpenSSL")
((method_invocation
  object: [(identifier) (field_access)] @_owner
  name: (identifier) @_method
  arguments: (argument_list
    .
    (string_literal) @version @finding))
  (#match? @_owner "(^|\\.)SSLContext$")
  (#eq? @_method "getInstance")
  (#eq? @version "\"SSL\"")
  (#set! variant "ssl-alias"))

; SSLContexts.custom().setProtocol("SSL") (Apache HttpClient: the name goes to SSLContext.getInstance)
((method_invocation
  name: (identifier) @_method
  arguments: (argument_list
    .
    (string_literal) @version @finding .))
  (#match? @_method "^(setProtocol|setSslProtocol|setSSLProtocol|setSecureSocketProtocol)$")
  (#eq? @version "\"SSL\"")
  (#set! variant "ssl-alias"))

; static final String SSL_PROTOCOL = "SSL"; (a context name kept for getInstance)
(variable_declarator
  name: (identifier) @_name
  value: (string_literal) @version @finding
  (#match? @_name "(?:[Pp]rotocol|PROTOCOL|[Tt]ls|TLS|[Ss]sl|SSL)")
  (#not-match? @_name "[Dd]isallow|DISALLOW|[Dd]isabled?|DISABLED?|[Dd]eny|DENY|[Bb]lock|BLOCK|[Bb]lacklist|BLACKLIST|[Ee]xclude|EXCLUDE|[Ff]orbidden|FORBIDDEN|[Uu]nsupported|UNSUPPORTED|[Ii]nsecure|INSECURE|[Ww]eak|WEAK|[Dd]eprecated|DEPRECATED|[Oo]bsolete|OBSOLETE|[Bb]roken|BROKEN")
  (#eq? @version "\"SSL\"")
  (#set! variant "ssl-alias"))

; SSLContext.getInstance("TLSv1.1", "AndroidOpenSSL"), javax.net.ssl.SSLContext.getInstance("SSLv3")
((method_invocation
  object: [(identifier) (field_access)] @_owner
  name: (identifier) @_method
  arguments: (argument_list
    .
    (string_literal) @version @finding))
  (#match? @_owner "(^|\\.)SSLContext$")
  (#eq? @_method "getInstance")
  (#match? @version "^\"(SSLv2|SSLv3|TLSv1|TLSv1\\.1)\"$"))

; socket.setEnabledProtocols(new String[] {"TLSv1", "TLSv1.1", "TLSv1.2"}) — each weak name
; sslParameters.setProtocols(new String[] {"TLSv1.1"})
((method_invocation
  name: (identifier) @_method
  arguments: (argument_list
    (array_creation_expression
      value: (array_initializer
        (string_literal) @version @finding))))
  (#match? @_method "^(setEnabledProtocols|setProtocols|setEnabledSSLProtocols|setEnabledTlsProtocols)$")
  (#match? @version "^\"(SSLv2|SSLv3|TLSv1|TLSv1\\.1)\"$"))

; new SSLConnectionSocketFactory(ctx, new String[] {"TLSv1"}, null, verifier); new SSLParameters(suites, new String[] {"TLSv1"})
((object_creation_expression
  type: [(type_identifier) (scoped_type_identifier)] @_type
  arguments: (argument_list
    (array_creation_expression
      value: (array_initializer
        (string_literal) @version @finding))))
  (#match? @_type "(^|\\.)(\\w*SocketFactory|SSLParameters)$")
  (#match? @version "^\"(SSLv2|SSLv3|TLSv1|TLSv1\\.1)\"$"))

; String[] protocols = {"TLSv1", "TLSv1.2"}; static final String LEGACY_PROTOCOL = "TLSv1";
; (deny-lists such as DISABLED_PROTOCOLS / WEAK_TLS_VERSIONS name what is switched off)
(variable_declarator
  name: (identifier) @_name
  value: [
    (string_literal) @version @finding
    (array_initializer (string_literal) @version @finding)
    (array_creation_expression value: (array_initializer (string_literal) @version @finding))
  ]
  (#match? @_name "(?:[Pp]rotocol|PROTOCOL|[Tt]ls|TLS|[Ss]sl|SSL)")
  (#not-match? @_name "[Dd]isallow|DISALLOW|[Dd]isabled?|DISABLED?|[Dd]eny|DENY|[Bb]lock|BLOCK|[Bb]lacklist|BLACKLIST|[Ee]xclude|EXCLUDE|[Ff]orbidden|FORBIDDEN|[Uu]nsupported|UNSUPPORTED|[Ii]nsecure|INSECURE|[Ww]eak|WEAK|[Dd]eprecated|DEPRECATED|[Oo]bsolete|OBSOLETE|[Bb]roken|BROKEN")
  (#match? @version "^\"(SSLv2|SSLv3|TLSv1|TLSv1\\.1)\"$"))

; new ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS).tlsVersions(TlsVersion.TLS_1_0, TlsVersion.TLS_1_2)
((method_invocation
  name: (identifier) @_method
  arguments: (argument_list
    (field_access
      object: [(identifier) (field_access)] @_owner
      field: (identifier) @version) @finding))
  (#eq? @_method "tlsVersions")
  (#match? @_owner "(^|\\.)TlsVersion$")
  (#match? @version "^(TLS_1_0|TLS_1_1|SSL_3_0)$"))

; SSLContext.getInstance(TlsVersion.TLS_1_0.javaName()), socket.setEnabledProtocols(new String[] {TlsVersion.TLS_1_1.javaName()})
; (any call but an assertion: a comparison is not an argument)
([
  (method_invocation
    arguments: (argument_list
      (method_invocation
        object: (field_access
          object: [(identifier) (field_access)] @_owner
          field: (identifier) @version) @finding
        name: (identifier) @_javaName)))
  (method_invocation
    arguments: (argument_list
      (array_creation_expression
        value: (array_initializer
          (method_invocation
            object: (field_access
              object: [(identifier) (field_access)] @_owner
              field: (identifier) @version) @finding
            name: (identifier) @_javaName)))))
 ] @_call
  (#match? @_owner "(^|\\.)TlsVersion$")
  (#match? @version "^(TLS_1_0|TLS_1_1|SSL_3_0)$")
  (#any-of? @_javaName "javaName" "name")
  (#sc-may-send? @_call))

; .tlsVersions(TLS_1_0) after a static import
((method_invocation
  name: (identifier) @_method
  arguments: (argument_list
    (identifier) @version @finding))
  (#eq? @_method "tlsVersions")
  (#match? @version "^(TLS_1_0|TLS_1_1|SSL_3_0)$"))

; .tlsVersions("TLSv1", "TLSv1.2"); SSLContexts.custom().setProtocol("SSLv3")
((method_invocation
  name: (identifier) @_method
  arguments: (argument_list
    (string_literal) @version @finding))
  (#match? @_method "^(tlsVersions|setProtocol|setSslProtocol|setSSLProtocol|setSecureSocketProtocol)$")
  (#match? @version "^\"(SSLv2|SSLv3|TLSv1|TLSv1\\.1)\"$"))

; System.setProperty("https.protocols", "TLSv1,TLSv1.1"); also jdk.tls.client.protocols
((method_invocation
  object: (identifier) @_owner
  name: (identifier) @_method
  arguments: (argument_list
    .
    (string_literal) @_key
    .
    (string_literal) @version @finding))
  (#eq? @_owner "System")
  (#eq? @_method "setProperty")
  (#match? @_key "^\"(https\\.protocols|jdk\\.tls\\.client\\.protocols|jdk\\.tls\\.server\\.protocols)\"$")
  (#match? @version "^\"([^\"]*,)?\\s*(SSLv2|SSLv3|TLSv1|TLSv1\\.1)\\s*(,[^\"]*)?\"$"))
