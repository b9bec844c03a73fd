; Broken cipher suites enabled by name (CWE-327): NULL (no encryption), anonymous
; (DH_anon / ECDH_anon: no server authentication), EXPORT, RC4, RC2, DES, 3DES and MD5 suites.
; Suites are written in their standard (JSSE / IANA) names, `TLS_RSA_WITH_RC4_128_SHA`, or as
; OkHttp `CipherSuite` constants. Every source captures the name as @suite, which the message
; shows. Modern names and `ConnectionSpec.MODERN_TLS` / `RESTRICTED_TLS` never match.
;
; Most shapes are flows: a weak name (@source) reaches an API that enables suites (@sink),
; written in place or through vals, properties, companion and `object` constants, arrayOf /
; listOf (`.toTypedArray()`, `*spread`) and helpers. The finding sits at the sink, once per
; call however many weak names reach it. A name only compared, used to filter
; supportedCipherSuites, logged or never used reaches no sink.

; ---- sources ------------------------------------------------------------------------------

; "TLS_RSA_WITH_RC4_128_SHA", "SSL_DH_anon_WITH_3DES_EDE_CBC_SHA", comma lists (https.cipherSuites)
((string_literal) @source @suite
  (#match? @suite "^\"(?:[^\"]*[,\\s])?(?:SSL|TLS)_(?=\\w*_WITH_)(?:\\w+_)?(?:NULL|anon|EXPORT\\d*|RC4|RC2|DES40|DES|3DES|MD5)(?:_\\w+)?(?:[,\\s][^\"]*)?\"$"))

; CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA, okhttp3.CipherSuite.TLS_RSA_WITH_RC4_128_SHA
((navigation_expression
  [(identifier) (navigation_expression)] @_owner
  .
  (identifier) @suite .) @source
  (#match? @_owner "(^|\\.)CipherSuite$")
  (#match? @suite "^(?:SSL|TLS)_(?=\\w*_WITH_)(?:\\w+_)?(?:NULL|anon|EXPORT\\d*|RC4|RC2|DES40|DES|3DES|MD5)(?:_\\w+)?$"))

; CipherSuite.TLS_RSA_WITH_RC4_128_SHA.javaName
((navigation_expression
  (navigation_expression
    [(identifier) (navigation_expression)] @_owner
    .
    (identifier) @suite .)
  .
  (identifier) @_javaName .) @source
  (#match? @_owner "(^|\\.)CipherSuite$")
  (#match? @suite "^(?:SSL|TLS)_(?=\\w*_WITH_)(?:\\w+_)?(?:NULL|anon|EXPORT\\d*|RC4|RC2|DES40|DES|3DES|MD5)(?:_\\w+)?$")
  (#eq? @_javaName "javaName"))

; TLS_RSA_WITH_RC4_128_SHA after `import okhttp3.CipherSuite.Companion.TLS_RSA_WITH_RC4_128_SHA`
((identifier) @source @suite
  (#match? @suite "^(?:SSL|TLS)_(?=\\w*_WITH_)(?:\\w+_)?(?:NULL|anon|EXPORT\\d*|RC4|RC2|DES40|DES|3DES|MD5)(?:_\\w+)?$"))

; socket.supportedCipherSuites, factory.getSupportedCipherSuites(): every suite the provider
; implements, including those it leaves disabled by default (anonymous, NULL, export suites on
; many JDKs); filterNot { … } and loops are not followed, so a filtered list stays silent
((navigation_expression
  (_)
  .
  (identifier) @_property .) @source @suite
  (#eq? @_property "supportedCipherSuites")
  (#set! variant "all-supported"))

((call_expression
  (navigation_expression
    (identifier) @_method .)
  (value_arguments) @_args) @source @suite
  (#eq? @_method "getSupportedCipherSuites")
  (#match? @_args "^\\(\\s*\\)$")
  (#set! variant "all-supported"))

; ---- sinks --------------------------------------------------------------------------------

; socket.setEnabledCipherSuites(suites), sslParameters.setCipherSuites(…), Jetty setIncludeCipherSuites(…),
; Apache HttpClient 5 setCiphers(…), Vert.x addEnabledCipherSuite(…)
((call_expression
  (navigation_expression
    (identifier) @_method .)
  (value_arguments
    .
    (value_argument
      (_) @sink .) .))
  (#match? @_method "^(setEnabledCipherSuites|setCipherSuites|setIncludeCipherSuites|setCiphers|setSslCipherSuites|setEnabledCiphers|addEnabledCipherSuite)$"))

; ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS).cipherSuites(CipherSuite.TLS_RSA_WITH_RC4_128_SHA, …),
; .cipherSuites(*suites), Netty SslContextBuilder.forClient().ciphers(suites): the whole argument
; list, one finding per call
((call_expression
  (navigation_expression
    (identifier) @_method .)
  (value_arguments) @sink)
  (#match? @_method "^(cipherSuites|ciphers|enabledCipherSuites)$"))

; ConnectionSpec.Builder(spec).apply { cipherSuites(*suites) }
((call_expression
  (identifier) @_method
  (value_arguments) @sink)
  (#match? @_method "^(cipherSuites|ciphers)$"))

; socket.enabledCipherSuites = suites; sslParameters.cipherSuites = arrayOf(…)
; SSLParameters().apply { cipherSuites = listOf(…).toTypedArray() }
((assignment
  left: [
    (identifier) @_property
    (navigation_expression
      (identifier) @_property .)
  ]
  right: (_) @sink)
  (#match? @_property "^(enabledCipherSuites|cipherSuites)$"))

; SSLParameters(suites, protocols); SSLConnectionSocketFactory(ctx, protocols, suites, verifier)
((call_expression
  [
    (identifier) @_type
    (navigation_expression
      (identifier) @_type .)
  ]
  (value_arguments
    (value_argument
      (_) @sink .)))
  (#match? @_type "^(SSLParameters|SSLConnectionSocketFactory)$"))

; System.setProperty("https.cipherSuites", suites); also jdk.tls.client.cipherSuites, and the key in a constant
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
  (#sc-value-matches? @_key "^(https\\.cipherSuites|jdk\\.tls\\.(client|server)\\.cipherSuites)$"))

; ---- declarations that reach no sink in this file -------------------------------------------
; A suite list handed to code this file cannot see (a public constant other classes read) is
; reported where it is declared; one that is unused, only logged or compared, or named as a
; deny-list (WEAK_CIPHERS, DISABLED_SUITES, EXCLUDED_CIPHER_SUITES) is not.

; val LEGACY_CIPHER_SUITES = arrayOf("TLS_RSA_WITH_RC4_128_SHA", …); const val FALLBACK_SUITE = "…"
((property_declaration
  (variable_declaration
    (identifier) @_name)
  [
    (string_literal) @suite @finding
    (call_expression
      (identifier) @_builder
      (value_arguments
        (value_argument
          (string_literal) @suite @finding)))
  ])
  ; a collection builder when there is one (a missing capture passes #not-match?)
  (#not-match? @_builder "^(?!(?:arrayOf|listOf|mutableListOf|arrayListOf|setOf|mutableSetOf|hashSetOf)$)")
  (#match? @_name "[Cc]ipher|CIPHER|[Ss]uite|SUITE")
  (#not-match? @_name "[Dd]isallow|DISALLOW|[Dd]isabled?|DISABLED?|[Dd]eny|DENY|[Bb]lock|BLOCK|[Bb]lacklist|BLACKLIST|[Ee]xclud|EXCLUD|[Ff]orbidden|FORBIDDEN|[Uu]nsupported|UNSUPPORTED|[Ii]nsecure|INSECURE|[Ww]eak|WEAK|[Dd]eprecated|DEPRECATED|[Oo]bsolete|OBSOLETE|[Bb]roken|BROKEN|[Bb]anned|BANNED|[Bb]ad|BAD|[Uu]nsafe|UNSAFE|[Rr]emove|REMOVE")
  (#match? @suite "^\"(?:[^\"]*[,\\s])?(?:SSL|TLS)_(?=\\w*_WITH_)(?:\\w+_)?(?:NULL|anon|EXPORT\\d*|RC4|RC2|DES40|DES|3DES|MD5)(?:_\\w+)?(?:[,\\s][^\"]*)?\"$")
  (#sc-used-beyond? @_name "logged compared unused debug"))

; val COMPAT_SUITES = listOf(CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA, …) (an OkHttp suite list, whatever its name)
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
          (identifier) @suite .) @finding))))
  (#match? @_builder "^(arrayOf|listOf|mutableListOf|arrayListOf|setOf|mutableSetOf|hashSetOf)$")
  (#not-match? @_name "[Dd]isallow|DISALLOW|[Dd]isabled?|DISABLED?|[Dd]eny|DENY|[Bb]lock|BLOCK|[Bb]lacklist|BLACKLIST|[Ee]xclud|EXCLUD|[Ff]orbidden|FORBIDDEN|[Uu]nsupported|UNSUPPORTED|[Ii]nsecure|INSECURE|[Ww]eak|WEAK|[Dd]eprecated|DEPRECATED|[Oo]bsolete|OBSOLETE|[Bb]roken|BROKEN|[Bb]anned|BANNED|[Bb]ad|BAD|[Uu]nsafe|UNSAFE|[Rr]emove|REMOVE")
  (#match? @_owner "(^|\\.)CipherSuite$")
  (#match? @suite "^(?:SSL|TLS)_(?=\\w*_WITH_)(?:\\w+_)?(?:NULL|anon|EXPORT\\d*|RC4|RC2|DES40|DES|3DES|MD5)(?:_\\w+)?$")
  (#sc-used-beyond? @_name "logged compared unused debug"))
