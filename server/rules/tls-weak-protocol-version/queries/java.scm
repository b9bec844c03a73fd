; SSL 3.0, TLS 1.0 and TLS 1.1 enabled or requested (CWE-327, RFC 8996). Every source
; captures the protocol name as @version, which the message shows and the fixes rewrite
; ("TLSv1" → "TLSv1.2", TlsVersion.TLS_1_0 → TlsVersion.TLS_1_2). "TLS", "TLSv1.2" and
; "TLSv1.3" never match: the literal must be exactly an obsolete name.
;
; Most shapes are flows: an obsolete name (@source) reaches an API that configures the
; protocol (@sink), written in place or through locals, fields, constants of any class of
; the file, arrays, Arrays.asList / List.of, ternaries and helpers. The finding sits at the
; sink, once per call however many obsolete names reach it (related locations point at
; each one, and the fix rewrites each one). A name that is overwritten before the call, only
; compared or logged, or in a deny-list filtered out of getSupportedProtocols() reaches no sink.
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
((field_access
  object: [(identifier) (field_access)] @_owner
  field: (identifier) @version) @source
  (#match? @_owner "(^|\\.)TlsVersion$")
  (#match? @version "^(TLS_1_0|TLS_1_1|SSL_3_0)$"))

; TlsVersion.TLS_1_1.javaName()
((method_invocation
  object: (field_access
    object: [(identifier) (field_access)] @_owner
    field: (identifier) @version)
  name: (identifier) @_javaName) @source
  (#match? @_owner "(^|\\.)TlsVersion$")
  (#match? @version "^(TLS_1_0|TLS_1_1|SSL_3_0)$")
  (#any-of? @_javaName "javaName" "name"))

; TLS_1_0 after `import static okhttp3.TlsVersion.TLS_1_0`
((identifier) @source @version
  (#match? @version "^(TLS_1_0|TLS_1_1|SSL_3_0)$"))

; ---- sinks --------------------------------------------------------------------------------

; SSLContext.getInstance(protocol), javax.net.ssl.SSLContext.getInstance(protocol, "AndroidOpenSSL")
((method_invocation
  object: [(identifier) (field_access)] @_owner
  name: (identifier) @_method
  arguments: (argument_list
    .
    (_) @sink))
  (#match? @_owner "(^|\\.)SSLContext$")
  (#eq? @_method "getInstance"))

; SSLContexts.custom().setProtocol(protocol) (Apache HttpClient: the name goes to SSLContext.getInstance)
; socket.setEnabledProtocols(protocols), sslParameters.setProtocols(protocols),
; ActiveMQ setEnabledSSLProtocols(…)
((method_invocation
  name: (identifier) @_method
  arguments: (argument_list
    .
    (_) @sink .))
  (#match? @_method "^(setProtocol|setSslProtocol|setSSLProtocol|setSecureSocketProtocol|setEnabledProtocols|setProtocols|setEnabledSSLProtocols|setEnabledTlsProtocols)$"))

; new ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS).tlsVersions(TlsVersion.TLS_1_0, TlsVersion.TLS_1_2)
; .tlsVersions(versions), .tlsVersions("TLSv1", "TLSv1.2"): the whole argument list, one finding per call
((method_invocation
  name: (identifier) @_method
  arguments: (argument_list) @sink)
  (#eq? @_method "tlsVersions"))

; new SSLConnectionSocketFactory(ctx, protocols, null, verifier); new SSLParameters(suites, protocols);
; new CustomSSLSocketFactory(ctx, protocols)
((object_creation_expression
  type: [(type_identifier) (scoped_type_identifier)] @_type
  arguments: (argument_list
    (_) @sink))
  (#match? @_type "(^|\\.)(\\w*SocketFactory|SSLParameters)$"))

; System.setProperty("https.protocols", protocols); also jdk.tls.client.protocols, and the key in a constant
((method_invocation
  object: (identifier) @_owner
  name: (identifier) @_method
  arguments: (argument_list
    .
    (_) @_key
    .
    (_) @sink .))
  (#eq? @_owner "System")
  (#eq? @_method "setProperty")
  (#sc-value-matches? @_key "^(https\\.protocols|jdk\\.tls\\.(client|server)\\.protocols)$"))

; ---- declarations that reach no sink in this file -------------------------------------------
; A protocol constant handed to code this file cannot see (another class's setter, a public
; constant other files read) is reported where it is declared; one that is unused, only
; logged or compared, or overwritten before any read is not. Deny-lists such as
; DISABLED_PROTOCOLS / WEAK_TLS_VERSIONS name what is switched off.

; private static final String SSL_PROTOCOL = "SSL"; (a context name kept for getInstance)
(variable_declarator
  name: (identifier) @_name
  value: (string_literal) @version @finding
  (#match? @_name "(?:[Pp]rotocol|PROTOCOL|[Tt]ls|TLS|[Ss]sl|SSL)")
  (#not-match? @_name "[Dd]isallow|DISALLOW|[Dd]isabled?|DISABLED?|[Dd]eny|DENY|[Bb]lock|BLOCK|[Bb]lacklist|BLACKLIST|[Ee]xclude|EXCLUDE|[Ff]orbidden|FORBIDDEN|[Uu]nsupported|UNSUPPORTED|[Ii]nsecure|INSECURE|[Ww]eak|WEAK|[Dd]eprecated|DEPRECATED|[Oo]bsolete|OBSOLETE|[Bb]roken|BROKEN")
  (#eq? @version "\"SSL\"")
  (#sc-used-beyond? @_name "logged compared unused debug")
  (#set! variant "ssl-alias"))

; public static final String[] LEGACY_PROTOCOLS = {"TLSv1", "TLSv1.2"}; String legacyTls = "TLSv1";
(variable_declarator
  name: (identifier) @_name
  value: [
    (string_literal) @version @finding
    (array_initializer (string_literal) @version @finding)
    (array_creation_expression value: (array_initializer (string_literal) @version @finding))
  ]
  (#match? @_name "(?:[Pp]rotocol|PROTOCOL|[Tt]ls|TLS|[Ss]sl|SSL)")
  (#not-match? @_name "[Dd]isallow|DISALLOW|[Dd]isabled?|DISABLED?|[Dd]eny|DENY|[Bb]lock|BLOCK|[Bb]lacklist|BLACKLIST|[Ee]xclude|EXCLUDE|[Ff]orbidden|FORBIDDEN|[Uu]nsupported|UNSUPPORTED|[Ii]nsecure|INSECURE|[Ww]eak|WEAK|[Dd]eprecated|DEPRECATED|[Oo]bsolete|OBSOLETE|[Bb]roken|BROKEN")
  (#match? @version "^\"(SSLv2|SSLv3|TLSv1|TLSv1\\.1)\"$")
  (#sc-used-beyond? @_name "logged compared unused debug"))

; configure(TlsVersion.TLS_1_0.javaName()), socket.setEnabledProtocols(new String[] {TlsVersion.TLS_1_1.javaName()})
; (any call but an assertion: a comparison is not an argument)
([
  (method_invocation
    arguments: (argument_list
      (method_invocation
        object: (field_access
          object: [(identifier) (field_access)] @_owner
          field: (identifier) @version)
        name: (identifier) @_javaName) @finding))
  (method_invocation
    arguments: (argument_list
      (array_creation_expression
        value: (array_initializer
          (method_invocation
            object: (field_access
              object: [(identifier) (field_access)] @_owner
              field: (identifier) @version)
            name: (identifier) @_javaName) @finding))))
 ] @_call
  (#match? @_owner "(^|\\.)TlsVersion$")
  (#match? @version "^(TLS_1_0|TLS_1_1|SSL_3_0)$")
  (#any-of? @_javaName "javaName" "name")
  (#sc-may-send? @_call))
