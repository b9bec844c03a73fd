; SSL 3.0, TLS 1.0 and TLS 1.1 enabled or requested (CWE-327, RFC 8996). Every source
; captures the protocol name as @version, which the message shows and the fixes rewrite
; ("TLSv1" → "TLSv1.2", TlsVersion.TLS_1_0 → TlsVersion.TLS_1_2). "TLS", "TLSv1.2" and
; "TLSv1.3" never match: the literal must be exactly an obsolete name.
;
; Most shapes are flows: an obsolete name (@source) reaches an API that configures the
; protocol (@sink), written in place or through vals, properties, companion and `object`
; constants, arrayOf / listOf (`.toTypedArray()`, `*spread`), if / when expressions and
; helpers. The finding sits at the sink, once per call however many obsolete names reach it
; (related locations point at each one, and the fix rewrites each one). A name that is
; overwritten before the call, only compared or logged, or in a deny-list filtered out of
; supportedProtocols reaches no sink.
;
; The context name "SSL" is the `ssl-alias` variant (a note, fix "TLS"): current JDKs and
; Android negotiate with it exactly as with "TLS", but it reads as SSL 3.0 and old runtimes
; enabled SSLv3 with it.

; ---- sources ------------------------------------------------------------------------------

; "SSL" (a context name: SSLContext.getInstance("SSL"))
((string_literal) @source @version
  (#eq? @version "\"SSL\"")
  (#set! variant "ssl-alias"))

; "TLSv1", "SSLv3", "TLSv1.1", and lists such as "TLSv1,TLSv1.1" (system property values)
((string_literal) @source @version
  (#match? @version "^\"\\s*([^\"]*,\\s*)?(SSLv2|SSLv3|TLSv1|TLSv1\\.1)\\s*(,[^\"]*)?\"$"))

; TlsVersion.TLS_1_0, okhttp3.TlsVersion.SSL_3_0
((navigation_expression
  [(identifier) (navigation_expression)] @_owner
  .
  (identifier) @version .) @source
  (#match? @_owner "(^|\\.)TlsVersion$")
  (#match? @version "^(TLS_1_0|TLS_1_1|SSL_3_0)$"))

; TlsVersion.TLS_1_1.javaName
((navigation_expression
  (navigation_expression
    [(identifier) (navigation_expression)] @_owner
    .
    (identifier) @version .)
  .
  (identifier) @_javaName .) @source
  (#match? @_owner "(^|\\.)TlsVersion$")
  (#match? @version "^(TLS_1_0|TLS_1_1|SSL_3_0)$")
  (#any-of? @_javaName "javaName" "name"))

; TLS_1_0 after `import okhttp3.TlsVersion.TLS_1_0`
((identifier) @source @version
  (#match? @version "^(TLS_1_0|TLS_1_1|SSL_3_0)$"))

; ---- sinks --------------------------------------------------------------------------------

; SSLContext.getInstance(protocol), javax.net.ssl.SSLContext.getInstance(protocol, "AndroidOpenSSL")
((call_expression
  (navigation_expression
    [(identifier) (navigation_expression)] @_owner
    .
    (identifier) @_method .)
  (value_arguments
    .
    (value_argument
      (_) @sink .)))
  (#match? @_owner "(^|\\.)SSLContext$")
  (#eq? @_method "getInstance"))

; SSLContexts.custom().setProtocol(protocol) (Apache HttpClient), socket.setEnabledProtocols(protocols),
; sslParameters.setProtocols(protocols)
((call_expression
  (navigation_expression
    (identifier) @_method .)
  (value_arguments
    .
    (value_argument
      (_) @sink .) .))
  (#match? @_method "^(setProtocol|setSslProtocol|setSSLProtocol|setSecureSocketProtocol|setEnabledProtocols|setProtocols|setEnabledSSLProtocols|setEnabledTlsProtocols)$"))

; ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS).tlsVersions(TlsVersion.TLS_1_0, TlsVersion.TLS_1_2)
; .tlsVersions(*versions), .tlsVersions("TLSv1", "TLSv1.2"): the whole argument list, one finding per call
((call_expression
  (navigation_expression
    (identifier) @_method .)
  (value_arguments) @sink)
  (#eq? @_method "tlsVersions"))

; socket.enabledProtocols = protocols; sslParameters.protocols = versions.toTypedArray()
; (socket as SSLSocket).apply { enabledProtocols = arrayOf("TLSv1") }
((assignment
  left: [
    (identifier) @_property
    (navigation_expression
      (identifier) @_property .)
  ]
  right: (_) @sink)
  (#match? @_property "^(enabledProtocols|protocols|protocol)$"))

; SSLConnectionSocketFactory(sslContext, protocols, null, verifier); SSLParameters(suites, protocols)
((call_expression
  [
    (identifier) @_type
    (navigation_expression
      (identifier) @_type .)
  ]
  (value_arguments
    (value_argument
      (_) @sink .)))
  (#match? @_type "^(SSLConnectionSocketFactory|SSLParameters)$"))

; System.setProperty("https.protocols", protocols); also jdk.tls.client.protocols, and the key in a constant
((call_expression
  (navigation_expression
    (identifier) @_owner
    .
    (identifier) @_method .)
  (value_arguments
    .
    (value_argument
      (_) @_key .)
    .
    (value_argument
      (_) @sink .) .))
  (#eq? @_owner "System")
  (#eq? @_method "setProperty")
  (#sc-value-matches? @_key "^(https\\.protocols|jdk\\.tls\\.(client|server)\\.protocols)$"))

; ---- declarations and calls that reach no sink in this file ---------------------------------
; A protocol constant handed to code this file cannot see (another class's setter, a public
; constant other files read) is reported where it is declared; one that is unused, only
; logged or compared, or overwritten before any read is not. Deny-lists such as
; DISALLOWED_PROTOCOLS name what is switched off.

; const val SSL_PROTOCOL = "SSL" (a context name kept for getInstance)
((property_declaration
  (variable_declaration
    (identifier) @_name)
  (string_literal) @version @finding)
  (#match? @_name "[Pp]rotocol|PROTOCOL|[Tt]ls|TLS|[Ss]sl|SSL")
  (#not-match? @_name "[Dd]isallow|DISALLOW|[Dd]isabled?|DISABLED?|[Dd]eny|DENY|[Bb]lock|BLOCK|[Bb]lacklist|BLACKLIST|[Ee]xclude|EXCLUDE|[Ff]orbidden|FORBIDDEN|[Uu]nsupported|UNSUPPORTED|[Ii]nsecure|INSECURE|[Ww]eak|WEAK|[Dd]eprecated|DEPRECATED|[Oo]bsolete|OBSOLETE|[Bb]roken|BROKEN")
  (#eq? @version "\"SSL\"")
  (#sc-used-beyond? @_name "logged compared unused debug")
  (#set! variant "ssl-alias"))

; val LEGACY_PROTOCOLS = arrayOf("TLSv1", "TLSv1.2"); const val LEGACY_TLS = "TLSv1"
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
  (#match? @version "^\"(SSLv2|SSLv3|TLSv1|TLSv1\\.1)\"$")
  (#sc-used-beyond? @_name "logged compared unused debug"))

; val versions = listOf(TlsVersion.TLS_1_1, TlsVersion.TLS_1_2) (a TlsVersion list, whatever its name)
((property_declaration
  (variable_declaration
    (identifier) @_name)
  (call_expression
    (identifier) @_builder
    (value_arguments
      (value_argument
        (navigation_expression
          [(identifier) (navigation_expression)] @_owner
          .
          (identifier) @version .) @finding))))
  (#match? @_builder "^(arrayOf|listOf|mutableListOf|arrayListOf|setOf|mutableSetOf|hashSetOf)$")
  (#match? @_owner "(^|\\.)TlsVersion$")
  (#match? @version "^(TLS_1_0|TLS_1_1|SSL_3_0)$")
  (#sc-used-beyond? @_name "logged compared unused debug"))

; configure(TlsVersion.TLS_1_0), spec.copy(tlsVersions = listOf(TlsVersion.TLS_1_1)) — any OkHttp
; TlsVersion constant handed to a call, except to assertions (comparisons and `when` branches
; are not arguments) and to list builders (their list is judged where it goes)
((call_expression
  (_) @_callee
  (value_arguments
    (value_argument
      (navigation_expression
        [(identifier) (navigation_expression)] @_owner
        .
        (identifier) @version .) @finding))) @_call
  (#not-match? @_callee "^(arrayOf|listOf|mutableListOf|arrayListOf|setOf|mutableSetOf|hashSetOf)$")
  (#match? @_owner "(^|\\.)TlsVersion$")
  (#match? @version "^(TLS_1_0|TLS_1_1|SSL_3_0)$")
  (#sc-may-send? @_call))

; configure(TlsVersion.TLS_1_1.javaName), socket.enabledProtocols = arrayOf(TlsVersion.TLS_1_1.javaName, …)
((call_expression
  (_) @_callee
  (value_arguments
    (value_argument
      (navigation_expression
        (navigation_expression
          [(identifier) (navigation_expression)] @_owner
          .
          (identifier) @version .)
        .
        (identifier) @_javaName .) @finding))) @_call
  (#not-match? @_callee "^(arrayOf|listOf|mutableListOf|arrayListOf|setOf|mutableSetOf|hashSetOf)$")
  (#match? @_owner "(^|\\.)TlsVersion$")
  (#match? @version "^(TLS_1_0|TLS_1_1|SSL_3_0)$")
  (#any-of? @_javaName "javaName" "name")
  (#sc-may-send? @_call))
