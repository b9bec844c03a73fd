; Socket factories that check nothing (CWE-295): Android's SSLCertificateSocketFactory.getInsecure()
; and legacy Apache HttpClient clients whose https scheme is served by a socket factory that
; accepts any host name or any certificate.
;
; What the neighbouring rules already report is not reported again here: the host name verifier
; itself (ALLOW_ALL_HOSTNAME_VERIFIER, AllowAllHostnameVerifier: tls-hostname-verification-disabled)
; and the trust strategy or trust manager itself (tls-trust-all-certificates). This rule reports
; where such a factory becomes the https transport of a client, `Scheme("https", factory, 443)`,
; and points back to what made the factory insecure.

; ---- android.net.SSLCertificateSocketFactory.getInsecure ----------------------------------
; getInsecure() turns off every check: the chain is not validated and createSocket(host, …) skips
; the host name check it otherwise makes. Deprecated since API 29 (shown struck through). The fix
; swaps in getDefault(), which takes the same (handshakeTimeoutMillis, cache) parameters.

; (SSLCertificateSocketFactory.getInsecure(TIMEOUT, null) as SSLCertificateSocketFactory).apply { setTrustManagers(pinning) }
; (variant custom-trust: the trust managers set afterwards replace the one that accepts everything,
; so what is certainly off is the host name check; written above the general patterns, which it
; takes precedence over for the same call)
((call_expression
  (navigation_expression
    [(identifier) (navigation_expression)] @_owner
    (identifier) @method .)
  (value_arguments)) @finding
  (#eq? @method "getInsecure")
  (#match? @_owner "(^|\\.)SSLCertificateSocketFactory$|^[A-Z]\\w*$")
  (#sc-mentions? @finding "\\bSSLCertificateSocketFactory\\b" "file")
  (#sc-called-on? @finding "^(setTrustManagers|trustManagers)$")
  (#set! variant "custom-trust")
  (#set! deprecated))
((call_expression
  (identifier) @_method
  (value_arguments)) @finding
  (#eq? @_method "getInsecure")
  (#sc-mentions? @finding "\\bSSLCertificateSocketFactory\\b" "file")
  (#sc-called-on? @finding "^(setTrustManagers|trustManagers)$")
  (#set! variant "custom-trust")
  (#set! deprecated))

; SSLCertificateSocketFactory.getInsecure(0, null); android.net.SSLCertificateSocketFactory.getInsecure(TIMEOUT, cache)
((call_expression
  (navigation_expression
    [(identifier) (navigation_expression)] @_owner
    (identifier) @method .)
  (value_arguments)) @finding
  (#eq? @method "getInsecure")
  (#match? @_owner "(^|\\.)SSLCertificateSocketFactory$")
  (#set! deprecated))

; import android.net.SSLCertificateSocketFactory as CertSockets … CertSockets.getInsecure(0, cache)
; class LegacySockets : SSLCertificateSocketFactory(…) … LegacySockets.getInsecure(0, cache)
((call_expression
  (navigation_expression
    (identifier) @_owner
    (identifier) @method .)
  (value_arguments)) @finding
  (#eq? @method "getInsecure")
  (#match? @_owner "^[A-Z]")
  (#not-eq? @_owner "SSLCertificateSocketFactory")
  (#sc-mentions? @finding "import\\s+android\\.net\\.SSLCertificateSocketFactory\\s+as\\s|:\\s*(android\\.net\\.)?SSLCertificateSocketFactory\\s*\\(" "file")
  (#set! deprecated))

; import android.net.SSLCertificateSocketFactory.getInsecure … getInsecure(0, null)
; (no fix: getDefault is not imported)
((call_expression
  (identifier) @_method
  (value_arguments)) @finding
  (#eq? @_method "getInsecure")
  (#sc-mentions? @finding "import\\s+android\\.net\\.SSLCertificateSocketFactory\\.(getInsecure|\\*)" "file")
  (#set! deprecated))

; ---- flow "apache": a legacy Apache socket factory that checks nothing, serving https -------
; The sink is the factory given to the https scheme of a client; the search goes back through
; locals, properties and helpers, and into the arguments of the calls that make a factory or an
; SSL context (word list apache-socket-factory-makers: `SSLSocketFactory(strategy, verifier)`,
; `SSLContexts.custom().loadTrustMaterial(…).build()`).

; -- sources: a host name verifier that accepts any host (variant any-host)

; val sf = MySSLSocketFactory(trustStore); sf.hostnameVerifier = SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER
; val sf = SSLSocketFactory.getSocketFactory().apply { setHostnameVerifier(AllowAllHostnameVerifier()) }
; (whatever makes the factory, whatever its class is called: an allow-all verifier is set on it
; afterwards, wherever that happens; sources are only tried where the search from a sink meets them)
((call_expression) @source
  (#set! flow "apache")
  (#sc-called-on? @source "^(setHostnameVerifier|hostnameVerifier)$" "file" "list:allow-all-hostname-verifiers")
  (#set! variant "any-host"))

; SSLSocketFactory(sslContext, SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER); NoopHostnameVerifier.INSTANCE
((navigation_expression
  (_) @_owner
  (identifier) @_field .) @source
  (#set! flow "apache")
  (#match? @source "(^|\\.)(ALLOW_ALL_HOSTNAME_VERIFIER|(AllowAllHostnameVerifier|NoopHostnameVerifier)\\.INSTANCE)$")
  (#set! variant "any-host"))

; SSLSocketFactory(trustStrategy, AllowAllHostnameVerifier())
((call_expression
  [
    (identifier) @_type
    (navigation_expression
      (identifier) @_type .)
  ]
  (value_arguments)) @source
  (#set! flow "apache")
  (#any-of? @_type "AllowAllHostnameVerifier" "NoopHostnameVerifier")
  (#set! variant "any-host"))

; -- sources: a trust strategy that accepts any certificate (variant any-certificate)

; SSLSocketFactory({ _, _ -> true }, verifier)
((lambda_literal) @source
  (#set! flow "apache")
  (#sc-returns-only? @source "^true$")
  (#set! variant "any-certificate"))

; val strategy = TrustStrategy { _, _ -> true }; SSLSocketFactory(strategy, verifier)
((call_expression
  (identifier) @_sam
  (annotated_lambda
    (lambda_literal) @_body)) @source
  (#set! flow "apache")
  (#eq? @_sam "TrustStrategy")
  (#sc-returns-only? @_body "^true$")
  (#set! variant "any-certificate"))

; object : TrustStrategy { override fun isTrusted(chain: Array<X509Certificate>, authType: String) = true }
((object_literal
  (delegation_specifiers
    (delegation_specifier
      (user_type
        (identifier) @_type .)))
  (class_body
    (function_declaration
      name: (identifier) @_method
      (function_body) @_body))) @source
  (#set! flow "apache")
  (#eq? @_type "TrustStrategy")
  (#eq? @_method "isTrusted")
  (#sc-returns-only? @_body "^true$")
  (#sc-not-has-call? @_body "^checkServerTrusted$")
  (#set! variant "any-certificate"))

; private fun acceptAnyChain(chain: Array<X509Certificate>, authType: String) = true … SSLSocketFactory(::acceptAnyChain, verifier)
((function_declaration
  (function_value_parameters
    .
    (parameter
      (user_type
        (identifier) @_array
        (type_arguments) @_element)))
  (function_body) @_body) @source
  (#set! flow "apache")
  (#eq? @_array "Array")
  (#match? @_element "X509Certificate")
  (#sc-returns-only? @_body "^true$")
  (#set! variant "any-certificate"))

; TrustSelfSignedStrategy(), TrustAllStrategy(), TrustAllStrategy.INSTANCE
([
  (call_expression
    [
      (identifier) @_type
      (navigation_expression
        (identifier) @_type .)
    ]
    (value_arguments))
  (navigation_expression
    (identifier) @_type
    (identifier) @_instance .)
 ] @source
  (#set! flow "apache")
  (#any-of? @_type "TrustSelfSignedStrategy" "TrustAllStrategy")
  (#set! variant "any-certificate"))

; -- sources: a factory whose class is named for skipping checks (variant named-factory)

; registry.register(Scheme("https", EasySSLSocketFactory(), 443))
((call_expression
  [
    (identifier) @_type
    (navigation_expression
      (identifier) @_type .)
  ]
  (value_arguments)) @source
  (#set! flow "apache")
  (#sc-in-list? @_type "trust-all-socket-factory-names")
  (#set! variant "named-factory"))

; ---- the factory a client already serves https with, made to accept any host ---------------

; val ssl = client.connectionManager.schemeRegistry.getScheme("https").socketFactory as SSLSocketFactory
; ssl.hostnameVerifier = SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER
([
  (navigation_expression
    (call_expression
      (navigation_expression
        (_)
        (identifier) @_get .)
      (value_arguments
        .
        (value_argument
          (_) @_scheme) .))
    (identifier) @_factory .) @finding
  (call_expression
    (navigation_expression
      (call_expression
        (navigation_expression
          (_)
          (identifier) @_get .)
        (value_arguments
          .
          (value_argument
            (_) @_scheme) .))
      (identifier) @_factory .)) @finding
 ]
  (#eq? @_get "getScheme")
  (#any-of? @_factory "socketFactory" "getSocketFactory" "schemeSocketFactory" "getSchemeSocketFactory")
  (#sc-value-matches? @_scheme "^\"?[Hh][Tt][Tt][Pp][Ss]\"?$")
  (#sc-called-on? @finding "^(setHostnameVerifier|hostnameVerifier)$" "file" "list:allow-all-hostname-verifiers")
  (#set! variant "any-host")
  (#set! deprecated))

; -- sinks: the factory serving the https scheme

; registry.register(Scheme("https", sf, 443)); Scheme("https", 443, sf) (HttpClient 4.1+)
((call_expression
  [
    (identifier) @_type
    (navigation_expression
      (identifier) @_type .)
  ]
  (value_arguments
    .
    (value_argument
      (_) @_scheme)
    (value_argument
      (_) @sink)))
  (#set! flow "apache")
  (#set! through "apache-socket-factory-makers")
  (#eq? @_type "Scheme")
  (#not-match? @sink "^[0-9]+$")
  (#sc-value-matches? @_scheme "^\"?[Hh][Tt][Tt][Pp][Ss]\"?$")
  (#set! deprecated))

; RegistryBuilder.create<ConnectionSocketFactory>().register("https", sslSocketFactory) (HttpClient 4.3+)
((call_expression
  (navigation_expression
    (_)
    (identifier) @_method .)
  (value_arguments
    .
    (value_argument
      (_) @_scheme)
    .
    (value_argument
      (_) @sink) .))
  (#set! flow "apache")
  (#set! through "apache-socket-factory-makers")
  (#eq? @_method "register")
  (#sc-value-matches? @_scheme "^\"?[Hh][Tt][Tt][Pp][Ss]\"?$"))
