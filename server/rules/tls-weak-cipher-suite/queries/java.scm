; Broken cipher suites enabled by name (CWE-327): NULL (no encryption), anonymous
; (DH_anon / ECDH_anon: no server authentication), EXPORT, RC4, RC2, DES, 3DES and MD5 suites.
; Suites are written in their standard (JSSE / IANA) names, `TLS_RSA_WITH_RC4_128_SHA`, or as
; OkHttp `CipherSuite` constants. Every source captures the name as @suite, which the message
; shows. Modern names (`TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256`, `TLS_AES_128_GCM_SHA256`) and
; `ConnectionSpec.MODERN_TLS` / `RESTRICTED_TLS` never match.
;
; Most shapes are flows: a weak name (@source) reaches an API that enables suites (@sink),
; written in place or through constants, fields, locals, arrays, Arrays.asList / List.of and
; helpers. The finding sits at the sink, once per call however many weak names reach it;
; related locations point at each of them. A name only compared (`suite.equals(…)`), used
; to filter getSupportedCipherSuites(), logged or never used reaches no sink.

; ---- sources ------------------------------------------------------------------------------

; "TLS_RSA_WITH_RC4_128_SHA", "SSL_DH_anon_WITH_3DES_EDE_CBC_SHA", and comma lists such as the
; value of https.cipherSuites ("TLS_ECDHE_…,SSL_RSA_WITH_DES_CBC_SHA")
((string_literal) @source @suite
  (#match? @suite "^\"(?:[^\"]*[,\\s])?(?:SSL|TLS)_(?=\\w*_WITH_)(?:\\w+_)?(?:NULL|anon|EXPORT\\d*|RC4|RC2|DES40|DES|3DES|MD5)(?:_\\w+)?(?:[,\\s][^\"]*)?\"$"))

; CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA, okhttp3.CipherSuite.TLS_RSA_WITH_RC4_128_SHA
((field_access
  object: [(identifier) (field_access)] @_owner
  field: (identifier) @suite) @source
  (#match? @_owner "(^|\\.)CipherSuite$")
  (#match? @suite "^(?:SSL|TLS)_(?=\\w*_WITH_)(?:\\w+_)?(?:NULL|anon|EXPORT\\d*|RC4|RC2|DES40|DES|3DES|MD5)(?:_\\w+)?$"))

; CipherSuite.TLS_RSA_WITH_RC4_128_SHA.javaName()
((method_invocation
  object: (field_access
    object: [(identifier) (field_access)] @_owner
    field: (identifier) @suite)
  name: (identifier) @_javaName) @source
  (#match? @_owner "(^|\\.)CipherSuite$")
  (#match? @suite "^(?:SSL|TLS)_(?=\\w*_WITH_)(?:\\w+_)?(?:NULL|anon|EXPORT\\d*|RC4|RC2|DES40|DES|3DES|MD5)(?:_\\w+)?$")
  (#eq? @_javaName "javaName"))

; TLS_RSA_WITH_RC4_128_SHA after `import static okhttp3.CipherSuite.TLS_RSA_WITH_RC4_128_SHA`
((identifier) @source @suite
  (#match? @suite "^(?:SSL|TLS)_(?=\\w*_WITH_)(?:\\w+_)?(?:NULL|anon|EXPORT\\d*|RC4|RC2|DES40|DES|3DES|MD5)(?:_\\w+)?$"))

; socket.getSupportedCipherSuites(), factory.getSupportedCipherSuites(): every suite the provider
; implements, including those it leaves disabled by default (anonymous, NULL, export suites on
; many JDKs); a loop or stream that filters it is not followed, so a filtered list stays silent
((method_invocation
  name: (identifier) @_method
  arguments: (argument_list) @_args) @source @suite
  (#eq? @_method "getSupportedCipherSuites")
  (#match? @_args "^\\(\\s*\\)$")
  (#set! variant "all-supported"))

; ---- sinks --------------------------------------------------------------------------------

; socket.setEnabledCipherSuites(suites), engine.setEnabledCipherSuites(…), sslParameters.setCipherSuites(…),
; Jetty setIncludeCipherSuites(…), Apache HttpClient 5 setCiphers(…), Vert.x addEnabledCipherSuite(…)
((method_invocation
  name: (identifier) @_method
  arguments: (argument_list
    .
    (_) @sink .))
  (#match? @_method "^(setEnabledCipherSuites|setCipherSuites|setIncludeCipherSuites|setCiphers|setSslCipherSuites|setEnabledCiphers|addEnabledCipherSuite)$"))

; new ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS).cipherSuites(CipherSuite.TLS_RSA_WITH_RC4_128_SHA, …),
; Netty SslContextBuilder.forClient().ciphers(suites), HiveMQ .cipherSuites(list): the whole
; argument list, one finding per call
((method_invocation
  name: (identifier) @_method
  arguments: (argument_list) @sink)
  (#match? @_method "^(cipherSuites|ciphers|enabledCipherSuites)$"))

; new SSLParameters(suites, protocols); new SSLConnectionSocketFactory(ctx, protocols, suites, verifier)
((object_creation_expression
  type: [(type_identifier) (scoped_type_identifier)] @_type
  arguments: (argument_list
    (_) @sink))
  (#match? @_type "(^|\\.)(SSLParameters|SSLConnectionSocketFactory|SSLSocketFactory\\w*)$"))

; System.setProperty("https.cipherSuites", suites); also jdk.tls.client.cipherSuites, and the key in a constant
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
  (#sc-value-matches? @_key "^(https\\.cipherSuites|jdk\\.tls\\.(client|server)\\.cipherSuites)$"))

; ---- declarations that reach no sink in this file -------------------------------------------
; A suite list handed to code this file cannot see (a public constant other classes read) is
; reported where it is declared; one that is unused, only logged or compared, or named as a
; deny-list (WEAK_CIPHERS, DISABLED_SUITES, EXCLUDED_CIPHER_SUITES) is not.

; public static final String[] LEGACY_CIPHER_SUITES = {"TLS_RSA_WITH_RC4_128_SHA", …};
(variable_declarator
  name: (identifier) @_name
  value: [
    (string_literal) @suite @finding
    (array_initializer (string_literal) @suite @finding)
    (array_creation_expression value: (array_initializer (string_literal) @suite @finding))
  ]
  (#match? @_name "[Cc]ipher|CIPHER|[Ss]uite|SUITE")
  (#not-match? @_name "[Dd]isallow|DISALLOW|[Dd]isabled?|DISABLED?|[Dd]eny|DENY|[Bb]lock|BLOCK|[Bb]lacklist|BLACKLIST|[Ee]xclud|EXCLUD|[Ff]orbidden|FORBIDDEN|[Uu]nsupported|UNSUPPORTED|[Ii]nsecure|INSECURE|[Ww]eak|WEAK|[Dd]eprecated|DEPRECATED|[Oo]bsolete|OBSOLETE|[Bb]roken|BROKEN|[Bb]anned|BANNED|[Bb]ad|BAD|[Uu]nsafe|UNSAFE|[Rr]emove|REMOVE")
  (#match? @suite "^\"(?:[^\"]*[,\\s])?(?:SSL|TLS)_(?=\\w*_WITH_)(?:\\w+_)?(?:NULL|anon|EXPORT\\d*|RC4|RC2|DES40|DES|3DES|MD5)(?:_\\w+)?(?:[,\\s][^\"]*)?\"$")
  (#sc-used-beyond? @_name "logged compared unused debug"))
