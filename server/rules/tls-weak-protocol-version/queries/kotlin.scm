; SSL 3.0, TLS 1.0 and TLS 1.1 enabled or requested (CWE-327, RFC 8996). Every pattern
; captures the protocol name as @version, which the message shows and the fixes rewrite
; ("TLSv1" → "TLSv1.2", TlsVersion.TLS_1_0 → TlsVersion.TLS_1_2). "TLS", "TLSv1.2" and
; "TLSv1.3" never match: the literal must be exactly an obsolete name.
;
; The context name "SSL" is the `ssl-alias` variant (a note, fix "TLS"): current JDKs and
; Android negotiate with it exactly as with "TLS", but it reads as SSL 3.0 and old runtimes
; enabled SSLv3 with it. Only the APIs that take a context name report it; a protocol list
; (enabledProtocols…) rejects "SSL" at run time, so it is no finding there.

; SSLContext.getInstance("SSL"), javax.net.ssl.SSLContext.getInstance("SSL", "AndroidOpenSSL")
((call_expression
  (navigation_expression
    [(identifier) (navigation_expression)] @_owner
    .
    (identifier) @_method .)
  (value_arguments
    .
    (value_argument
      (string_literal) @version @finding)))
  (#match? @_owner "(^|\\.)SSLContext$")
  (#eq? @_method "getInstance")
  (#eq? @version "\"SSL\"")
  (#set! variant "ssl-alias"))

; SSLContexts.custom().setProtocol("SSL") (Apache HttpClient: the name goes to SSLContext.getInstance)
((call_expression
  (navigation_expression
    (identifier) @_method .)
  (value_arguments
    .
    (value_argument
      (string_literal) @version @finding) .))
  (#match? @_method "^(setProtocol|setSslProtocol|setSSLProtocol|setSecureSocketProtocol)$")
  (#eq? @version "\"SSL\"")
  (#set! variant "ssl-alias"))

; private const val SSL_PROTOCOL = "SSL" (a context name kept for getInstance)
((property_declaration
  (variable_declaration
    (identifier) @_name)
  (string_literal) @version @finding)
  (#match? @_name "[Pp]rotocol|PROTOCOL|[Tt]ls|TLS|[Ss]sl|SSL")
  (#not-match? @_name "[Dd]isallow|DISALLOW|[Dd]isabled?|DISABLED?|[Dd]eny|DENY|[Bb]lock|BLOCK|[Bb]lacklist|BLACKLIST|[Ee]xclude|EXCLUDE|[Ff]orbidden|FORBIDDEN|[Uu]nsupported|UNSUPPORTED|[Ii]nsecure|INSECURE|[Ww]eak|WEAK|[Dd]eprecated|DEPRECATED|[Oo]bsolete|OBSOLETE|[Bb]roken|BROKEN")
  (#eq? @version "\"SSL\"")
  (#set! variant "ssl-alias"))

; SSLContext.getInstance("TLSv1"), javax.net.ssl.SSLContext.getInstance("SSLv3", "AndroidOpenSSL")
((call_expression
  (navigation_expression
    [(identifier) (navigation_expression)] @_owner
    .
    (identifier) @_method .)
  (value_arguments
    .
    (value_argument
      (string_literal) @version @finding)))
  (#match? @_owner "(^|\\.)SSLContext$")
  (#eq? @_method "getInstance")
  (#match? @version "^\"(SSLv2|SSLv3|TLSv1|TLSv1\\.1)\"$"))

; sslSocket.setEnabledProtocols(arrayOf("TLSv1", "TLSv1.1", "TLSv1.2")) — each weak name
; sslParameters.setProtocols(arrayOf("TLSv1.1")), SSLContexts.custom().setProtocol("SSLv3"),
; ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS).tlsVersions("TLSv1", "TLSv1.2")
((call_expression
  (navigation_expression
    (identifier) @_method .)
  (value_arguments
    (value_argument
      [
        (string_literal) @version @finding
        (call_expression
          (value_arguments
            (value_argument
              (string_literal) @version @finding)))
        (call_expression
          (navigation_expression
            (call_expression
              (value_arguments
                (value_argument
                  (string_literal) @version @finding)))))
      ])))
  (#match? @_method "^(setEnabledProtocols|setProtocols|setProtocol|tlsVersions)$")
  (#match? @version "^\"(SSLv2|SSLv3|TLSv1|TLSv1\\.1)\"$"))

; socket.enabledProtocols = arrayOf("TLSv1", "TLSv1.1"); sslParameters.protocols = listOf("TLSv1").toTypedArray()
; (socket as SSLSocket).apply { enabledProtocols = arrayOf("TLSv1") }
((assignment
  left: [
    (identifier) @_property
    (navigation_expression
      (identifier) @_property .)
  ]
  right: [
    (string_literal) @version @finding
    (call_expression
      (value_arguments
        (value_argument
          (string_literal) @version @finding)))
    (call_expression
      (navigation_expression
        (call_expression
          (value_arguments
            (value_argument
              (string_literal) @version @finding)))))
  ])
  (#match? @_property "^(enabledProtocols|protocols|protocol)$")
  (#match? @version "^\"(SSLv2|SSLv3|TLSv1|TLSv1\\.1)\"$"))

; private val PROTOCOLS = arrayOf("TLSv1", "TLSv1.1", "TLSv1.2"); const val LEGACY_TLS = "TLSv1"
; (deny-lists such as DISALLOWED_PROTOCOLS name what is switched off)
((property_declaration
  (variable_declaration
    (identifier) @_name)
  [
    (string_literal) @version @finding
    (call_expression
      (value_arguments
        (value_argument
          (string_literal) @version @finding)))
  ])
  (#match? @_name "[Pp]rotocol|PROTOCOL|[Tt]ls|TLS|[Ss]sl|SSL")
  (#not-match? @_name "[Dd]isallow|DISALLOW|[Dd]isabled?|DISABLED?|[Dd]eny|DENY|[Bb]lock|BLOCK|[Bb]lacklist|BLACKLIST|[Ee]xclude|EXCLUDE|[Ff]orbidden|FORBIDDEN|[Uu]nsupported|UNSUPPORTED|[Ii]nsecure|INSECURE|[Ww]eak|WEAK|[Dd]eprecated|DEPRECATED|[Oo]bsolete|OBSOLETE|[Bb]roken|BROKEN")
  (#match? @version "^\"(SSLv2|SSLv3|TLSv1|TLSv1\\.1)\"$"))

; SSLConnectionSocketFactory(sslContext, arrayOf("TLSv1"), null, verifier); SSLParameters(suites, arrayOf("TLSv1"))
((call_expression
  [
    (identifier) @_type
    (navigation_expression
      (identifier) @_type .)
  ]
  (value_arguments
    (value_argument
      (call_expression
        (value_arguments
          (value_argument
            (string_literal) @version @finding))))))
  (#match? @_type "^(SSLConnectionSocketFactory|SSLParameters)$")
  (#match? @version "^\"(SSLv2|SSLv3|TLSv1|TLSv1\\.1)\"$"))

; ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS).tlsVersions(TlsVersion.TLS_1_0, TlsVersion.TLS_1_1)
; listOf(TlsVersion.TLS_1_1, TlsVersion.TLS_1_2) — any OkHttp TlsVersion constant handed to a
; call, except to assertions (comparisons and `when` branches are not arguments)
((call_expression
  (value_arguments
    (value_argument
      (navigation_expression
        [(identifier) (navigation_expression)] @_owner
        .
        (identifier) @version .) @finding))) @_call
  (#match? @_owner "(^|\\.)TlsVersion$")
  (#match? @version "^(TLS_1_0|TLS_1_1|SSL_3_0)$")
  (#sc-may-send? @_call))

; socket.enabledProtocols = arrayOf(TlsVersion.TLS_1_1.javaName, TlsVersion.TLS_1_2.javaName)
((call_expression
  (value_arguments
    (value_argument
      (navigation_expression
        (navigation_expression
          [(identifier) (navigation_expression)] @_owner
          .
          (identifier) @version .) @finding
        .
        (identifier) @_javaName .)))) @_call
  (#match? @_owner "(^|\\.)TlsVersion$")
  (#match? @version "^(TLS_1_0|TLS_1_1|SSL_3_0)$")
  (#any-of? @_javaName "javaName" "name")
  (#sc-may-send? @_call))

; .tlsVersions(TLS_1_0) after `import okhttp3.TlsVersion.TLS_1_0`
((call_expression
  (navigation_expression
    (identifier) @_method .)
  (value_arguments
    (value_argument
      (identifier) @version @finding)))
  (#eq? @_method "tlsVersions")
  (#match? @version "^(TLS_1_0|TLS_1_1|SSL_3_0)$"))

; System.setProperty("https.protocols", "TLSv1,TLSv1.1"); also jdk.tls.client.protocols
((call_expression
  (navigation_expression
    (identifier) @_owner
    .
    (identifier) @_method .)
  (value_arguments
    .
    (value_argument
      (string_literal) @_key)
    .
    (value_argument
      (string_literal) @version @finding)))
  (#eq? @_owner "System")
  (#eq? @_method "setProperty")
  (#match? @_key "^\"(https\\.protocols|jdk\\.tls\\.client\\.protocols|jdk\\.tls\\.server\\.protocols)\"$")
  (#match? @version "^\"([^\"]*,)?\\s*(SSLv2|SSLv3|TLSv1|TLSv1\\.1)\\s*(,[^\"]*)?\"$"))
