; Socket factories that check nothing (CWE-295): Android's SSLCertificateSocketFactory.getInsecure()
; and legacy Apache HttpClient clients whose https scheme is served by a socket factory that
; accepts any host name or any certificate.
;
; What the neighbouring rules already report is not reported again here: the host name verifier
; itself (ALLOW_ALL_HOSTNAME_VERIFIER, AllowAllHostnameVerifier: tls-hostname-verification-disabled)
; and the trust strategy or trust manager itself (tls-trust-all-certificates). This rule reports
; where such a factory becomes the https transport of a client, `new Scheme("https", factory, 443)`,
; and points back to what made the factory insecure.

; ---- android.net.SSLCertificateSocketFactory.getInsecure ----------------------------------
; getInsecure() turns off every check: the chain is not validated and createSocket(host, …) skips
; the host name check it otherwise makes. Deprecated since API 29 (shown struck through). The fix
; swaps in getDefault(), which takes the same (handshakeTimeoutMillis, cache) parameters.

; (SSLCertificateSocketFactory) SSLCertificateSocketFactory.getInsecure(TIMEOUT, null) … factory.setTrustManagers(pinningManagers)
; (variant custom-trust: the trust managers set afterwards replace the one that accepts everything,
; so what is certainly off is the host name check; written above the general patterns, which it
; takes precedence over for the same call)
((method_invocation
  object: [(identifier) (field_access)] @_owner
  name: (identifier) @method
  arguments: (argument_list)) @finding
  (#eq? @method "getInsecure")
  (#match? @_owner "(^|\\.)SSLCertificateSocketFactory$|^[A-Z]\\w*$")
  (#sc-mentions? @finding "\\bSSLCertificateSocketFactory\\b" "file")
  (#sc-called-on? @finding "^setTrustManagers$")
  (#set! variant "custom-trust")
  (#set! deprecated))
((method_invocation
  !object
  name: (identifier) @_method
  arguments: (argument_list)) @finding
  (#eq? @_method "getInsecure")
  (#sc-mentions? @finding "\\bSSLCertificateSocketFactory\\b" "file")
  (#sc-called-on? @finding "^setTrustManagers$")
  (#set! variant "custom-trust")
  (#set! deprecated))

; SSLCertificateSocketFactory.getInsecure(0, null); android.net.SSLCertificateSocketFactory.getInsecure(TIMEOUT, cache)
((method_invocation
  object: [(identifier) (field_access)] @_owner
  name: (identifier) @method
  arguments: (argument_list)) @finding
  (#eq? @method "getInsecure")
  (#match? @_owner "(^|\\.)SSLCertificateSocketFactory$")
  (#set! deprecated))

; class LegacySockets extends SSLCertificateSocketFactory { … } … LegacySockets.getInsecure(0, cache)
; (static methods are inherited: any type name, in a file that extends SSLCertificateSocketFactory)
((method_invocation
  object: (identifier) @_owner
  name: (identifier) @method
  arguments: (argument_list)) @finding
  (#eq? @method "getInsecure")
  (#match? @_owner "^[A-Z]")
  (#sc-mentions? @finding "\\bextends\\s+(android\\.net\\.)?SSLCertificateSocketFactory\\b" "file")
  (#set! deprecated))

; import static android.net.SSLCertificateSocketFactory.getInsecure; … getInsecure(0, null)
; (no fix: getDefault is not imported)
((method_invocation
  !object
  name: (identifier) @_method
  arguments: (argument_list)) @finding
  (#eq? @_method "getInsecure")
  (#sc-mentions? @finding "import\\s+static\\s+android\\.net\\.SSLCertificateSocketFactory\\.(getInsecure|\\*)|\\bextends\\s+(android\\.net\\.)?SSLCertificateSocketFactory\\b" "file")
  (#set! deprecated))

; ---- flow "apache": a legacy Apache socket factory that checks nothing, serving https -------
; The sink is the factory given to the https scheme of a client; the search goes back through
; locals, fields and helpers, and into the arguments of the calls that make a factory or an SSL
; context (word list apache-socket-factory-makers: `new SSLSocketFactory(strategy, verifier)`,
; `SSLContexts.custom().loadTrustMaterial(…).build()`).

; -- sources: a host name verifier that accepts any host (variant any-host)

; SSLSocketFactory sf = new MySSLSocketFactory(trustStore); sf.setHostnameVerifier(SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER);
; SSLSocketFactory sf = SSLSocketFactory.getSocketFactory(); sf.setHostnameVerifier((X509HostnameVerifier) allowAll);
; (whatever makes the factory, whatever its class is called: an allow-all verifier is set on it
; afterwards, wherever that happens; sources are only tried where the search from a sink meets them)
([
  (object_creation_expression)
  (method_invocation)
 ] @source
  (#set! flow "apache")
  (#sc-called-on? @source "^setHostnameVerifier$" "file" "list:allow-all-hostname-verifiers")
  (#set! variant "any-host"))

; new SSLSocketFactory(sslContext, SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER)
((field_access
  field: (identifier) @_field) @source
  (#set! flow "apache")
  (#eq? @_field "ALLOW_ALL_HOSTNAME_VERIFIER")
  (#set! variant "any-host"))

; new SSLSocketFactory(trustStrategy, new AllowAllHostnameVerifier()); new SSLConnectionSocketFactory(context, NoopHostnameVerifier.INSTANCE)
([
  (object_creation_expression
    type: [(type_identifier) (scoped_type_identifier)] @_type)
  (field_access
    object: [(identifier) (field_access)] @_type
    field: (identifier))
 ] @source
  (#set! flow "apache")
  (#match? @_type "(^|\\.)(AllowAllHostnameVerifier|NoopHostnameVerifier)$")
  (#set! variant "any-host"))

; -- sources: a trust strategy that accepts any certificate (variant any-certificate)

; new SSLSocketFactory((chain, authType) -> true, verifier)
((lambda_expression
  body: (_) @_body) @source
  (#set! flow "apache")
  (#sc-returns-only? @_body "^true$")
  (#set! variant "any-certificate"))

; new SSLSocketFactory(new TrustStrategy() { public boolean isTrusted(X509Certificate[] chain, String authType) { return true; } }, verifier)
((object_creation_expression
  type: [(type_identifier) (scoped_type_identifier)] @_type
  (class_body
    (method_declaration
      name: (identifier) @_method
      body: (block) @_body))) @source
  (#set! flow "apache")
  (#match? @_type "(^|\\.)TrustStrategy$")
  (#eq? @_method "isTrusted")
  (#sc-returns-only? @_body "^true$")
  (#sc-not-has-call? @_body "^checkServerTrusted$")
  (#set! variant "any-certificate"))

; static boolean acceptAnyChain(X509Certificate[] chain, String authType) { return true; } … new SSLSocketFactory(Clients::acceptAnyChain, verifier)
((method_declaration
  parameters: (formal_parameters
    .
    (formal_parameter
      type: (array_type
        element: [(type_identifier) (scoped_type_identifier)] @_type)))
  body: (block) @_body) @source
  (#set! flow "apache")
  (#match? @_type "(^|\\.)X509Certificate$")
  (#sc-returns-only? @_body "^true$")
  (#set! variant "any-certificate"))

; new TrustSelfSignedStrategy(), new TrustAllStrategy(), TrustAllStrategy.INSTANCE
([
  (object_creation_expression
    type: [(type_identifier) (scoped_type_identifier)] @_type)
  (field_access
    object: [(identifier) (field_access)] @_type
    field: (identifier))
 ] @source
  (#set! flow "apache")
  (#match? @_type "(^|\\.)(TrustAllStrategy|TrustSelfSignedStrategy)$")
  (#set! variant "any-certificate"))

; -- sources: a factory whose class is named for skipping checks (variant named-factory)

; registry.register(new Scheme("https", new EasySSLSocketFactory(), 443))
((object_creation_expression
  type: [(type_identifier) (scoped_type_identifier)] @_type) @source
  (#set! flow "apache")
  (#sc-in-list? @_type "trust-all-socket-factory-names")
  (#set! variant "named-factory"))

; ---- the factory a client already serves https with, made to accept any host ---------------

; SSLSocketFactory ssl = (SSLSocketFactory) client.getConnectionManager().getSchemeRegistry().getScheme("https").getSocketFactory();
; ssl.setHostnameVerifier(SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER);
((method_invocation
  object: (method_invocation
    name: (identifier) @_get
    arguments: (argument_list
      .
      (_) @_scheme .))
  name: (identifier) @_factory) @finding
  (#eq? @_get "getScheme")
  (#any-of? @_factory "getSocketFactory" "getSchemeSocketFactory")
  (#sc-value-matches? @_scheme "^\"?[Hh][Tt][Tt][Pp][Ss]\"?$")
  (#sc-called-on? @finding "^setHostnameVerifier$" "file" "list:allow-all-hostname-verifiers")
  (#set! variant "any-host")
  (#set! deprecated))

; -- sinks: the factory serving the https scheme

; registry.register(new Scheme("https", sf, 443)); new Scheme("https", 443, sf) (HttpClient 4.1+)
; client.getConnectionManager().getSchemeRegistry().register(new Scheme(HTTPS, factory, port))
((object_creation_expression
  type: [(type_identifier) (scoped_type_identifier)] @_type
  arguments: (argument_list
    .
    (_) @_scheme
    (_) @sink))
  (#set! flow "apache")
  (#set! through "apache-socket-factory-makers")
  (#match? @_type "(^|\\.)Scheme$")
  (#not-match? @sink "^[0-9]+$")
  (#sc-value-matches? @_scheme "^\"?[Hh][Tt][Tt][Pp][Ss]\"?$")
  (#set! deprecated))

; RegistryBuilder.<ConnectionSocketFactory>create().register("https", sslSocketFactory) (HttpClient 4.3+)
((method_invocation
  name: (identifier) @_method
  arguments: (argument_list
    .
    (_) @_scheme
    .
    (_) @sink .))
  (#set! flow "apache")
  (#set! through "apache-socket-factory-makers")
  (#eq? @_method "register")
  (#sc-value-matches? @_scheme "^\"?[Hh][Tt][Tt][Pp][Ss]\"?$"))
