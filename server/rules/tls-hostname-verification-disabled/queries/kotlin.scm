; Host name verification switched off (CWE-297): verifiers that approve every host, the
; library constants and classes that do the same, and raw SSLSockets used without any
; endpoint identification. "Always answers true" is #sc-returns-only? "^true$" (an expression body
; `= true`, every `return` returning true, or a lambda ending in `true`).

; Where the finding sits: a verifier that is one by itself (a `verify` override, a
; HostnameVerifier { … } SAM constructor, a lambda handed straight to an install call, a
; library constant) is reported where it is written, once, however often it is installed; a
; `val`/`var` holding one that is unused, or overwritten before it is installed, is not. A
; function with another name and the verify signature is a verifier only where it is
; installed (`hostnameVerifier(::allowAll)`): it is a @source, reported at that @sink.

; ---- sources: functions that become a verifier where they are installed --------------------

; private fun acceptAnyHost(hostname: String, session: SSLSession) = true  … hostnameVerifier(::acceptAnyHost)
((function_declaration
  name: (identifier) @source
  (function_value_parameters
    .
    (parameter
      [(user_type) (nullable_type)] @_host)
    .
    (parameter
      [(user_type) (nullable_type)] @_session) .)
  (function_body) @_body)
  (#not-eq? @source "verify")
  (#match? @_host "^(kotlin\\.)?String\\??$")
  (#match? @_session "^(javax\\.net\\.ssl\\.)?SSLSession\\??$")
  (#sc-returns-only? @_body "^true$"))

; ---- sinks: where a verifier is installed ---------------------------------------------------

; builder.hostnameVerifier(::acceptAnyHost), HttpsURLConnection.setDefaultHostnameVerifier(verifier),
; HostnameVerifier(::acceptAnyHost), SSLConnectionSocketFactory(sslContext, verifier)
((call_expression
  [
    (identifier) @_method
    (navigation_expression
      (identifier) @_method .)
  ]
  (value_arguments
    (value_argument
      (_) @sink .)))
  (#match? @_method "^(HostnameVerifier|hostnameVerifier|setHostnameVerifier|setDefaultHostnameVerifier|setSSLHostnameVerifier|setX509HostnameVerifier|SSLConnectionSocketFactory)$"))

; factory.hostnameVerifier = verifier
((assignment
  left: [
    (identifier) @_property
    (navigation_expression
      (identifier) @_property .)
  ]
  right: (_) @sink)
  (#eq? @_property "hostnameVerifier"))

; ---- verifiers by themselves ---------------------------------------------------------------

; val acceptAll = HostnameVerifier { _, _ -> true }; fun insecure() = HostnameVerifier { _, _ -> true }
; (unless unused, or overwritten before it is read)
((call_expression
  [
    (identifier) @finding
    (navigation_expression
      (identifier) @finding .)
  ]
  (annotated_lambda
    (lambda_literal) @_body)) @_verifier
  (#match? @finding "^(HostnameVerifier|X509HostnameVerifier)$")
  (#sc-returns-only? @_body "^true$")
  (#sc-used-beyond? @_verifier "unused debug"))

; OkHttpClient.Builder().hostnameVerifier { _, _ -> true }
; HttpsURLConnection.setDefaultHostnameVerifier { _, _ -> true }
; HttpClients.custom().setSSLHostnameVerifier { _, _ -> true }, SSLConnectionSocketFactory(ctx) { _, _ -> true }
; (also ktor's `engine { config { hostnameVerifier { _, _ -> true } } }`)
((call_expression
  [
    (identifier) @finding
    (navigation_expression
      (identifier) @finding .)
    (call_expression
      [
        (identifier) @finding
        (navigation_expression
          (identifier) @finding .)
      ])
  ]
  (annotated_lambda
    (lambda_literal) @_body))
  (#match? @finding "^(hostnameVerifier|setHostnameVerifier|setDefaultHostnameVerifier|setSSLHostnameVerifier|setX509HostnameVerifier|SSLConnectionSocketFactory)$")
  (#sc-returns-only? @_body "^true$"))

; builder.hostnameVerifier({ _, _ -> true }), SSLConnectionSocketFactory(ctx, { _, _ -> true })
((call_expression
  [
    (identifier) @finding
    (navigation_expression
      (identifier) @finding .)
  ]
  (value_arguments
    (value_argument
      (lambda_literal) @_body)))
  (#match? @finding "^(HostnameVerifier|hostnameVerifier|setHostnameVerifier|setDefaultHostnameVerifier|setSSLHostnameVerifier|setX509HostnameVerifier|SSLConnectionSocketFactory)$")
  (#sc-returns-only? @_body "^true$"))

; object : HostnameVerifier { override fun verify(hostname: String?, session: SSLSession?) = true }
; class AllowAll : HostnameVerifier { override fun verify(h: String, s: SSLSession): Boolean { return true } }
((function_declaration
  name: (identifier) @finding
  (function_value_parameters
    .
    (parameter
      [(user_type) (nullable_type)] @_host)
    .
    (parameter
      [(user_type) (nullable_type)] @_session) .)
  (function_body) @_body)
  (#eq? @finding "verify")
  (#match? @_host "^(kotlin\\.)?String\\??$")
  (#match? @_session "^(javax\\.net\\.ssl\\.)?SSLSession\\??$")
  (#sc-returns-only? @_body "^true$"))

; val verifier = fun(hostname: String, session: SSLSession): Boolean = true
((anonymous_function
  "fun" @finding
  (function_value_parameters
    .
    (parameter
      [(user_type) (nullable_type)] @_host)
    .
    (parameter
      [(user_type) (nullable_type)] @_session) .)
  (function_body) @_body)
  (#match? @_host "^(kotlin\\.)?String\\??$")
  (#match? @_session "^(javax\\.net\\.ssl\\.)?SSLSession\\??$")
  (#sc-returns-only? @_body "^true$"))

; class Lenient : AbstractVerifier() { override fun verify(host: String, cns: Array<String>?, subjectAlts: Array<String>?) {} }
; also the verify(host, SSLSocket) / verify(host, X509Certificate) overloads
; Apache X509HostnameVerifier's Unit overloads report a mismatch by throwing, so a body
; that never throws (only logs) accepts any host
((function_declaration
  name: (identifier) @finding
  (function_value_parameters
    .
    (parameter
      [(user_type) (nullable_type)] @_host)
    .
    (parameter
      [(user_type) (nullable_type)] @_second))
  (function_body) @_body)
  (#eq? @finding "verify")
  (#match? @_host "^String\\??$")
  (#match? @_second "^(SSLSocket|X509Certificate|Array<(out )?String\\??>)\\??$")
  (#sc-noop-trust-check? @_body))

; NoopHostnameVerifier.INSTANCE, org.apache.http.conn.ssl.NoopHostnameVerifier.INSTANCE
(navigation_expression
  [
    (identifier) @finding
    (navigation_expression
      (identifier) @finding .)
  ]
  .
  (identifier) @_member .
  (#any-of? @finding "NoopHostnameVerifier" "AllowAllHostnameVerifier")
  (#eq? @_member "INSTANCE"))

; NoopHostnameVerifier(), AllowAllHostnameVerifier(), org.apache.http.conn.ssl.AllowAllHostnameVerifier()
(call_expression
  [
    (identifier) @finding
    (navigation_expression
      (identifier) @finding .)
  ]
  (value_arguments)
  (#any-of? @finding "NoopHostnameVerifier" "AllowAllHostnameVerifier"))

; SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER, SSLConnectionSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER
; (deprecated since Apache HttpClient 4.4: shown struck through)
(navigation_expression
  (identifier) @finding .
  (#eq? @finding "ALLOW_ALL_HOSTNAME_VERIFIER")
  (#set! deprecated))

; setHostnameVerifier(ALLOW_ALL_HOSTNAME_VERIFIER) after a static import
([
  (value_argument
    (identifier) @finding)
  (assignment
    right: (identifier) @finding)
  (property_declaration
    (identifier) @finding)
 ]
  (#eq? @finding "ALLOW_ALL_HOSTNAME_VERIFIER"))

; ---- raw SSLSockets (variant `raw-socket`) -------------------------------------------------
; An SSLSocket checks the certificate chain but never the host name (unlike HttpsURLConnection
; and OkHttp, which verify it after the handshake). A socket is a finding when the function that
; creates it talks over it, and nothing in that function, or in the helpers of this file it
; calls, checks the peer: no endpointIdentificationAlgorithm, no HostnameVerifier, no look at
; the peer's certificates (word list host-identity-check-callees). "Talks over it"
; (#sc-called-on? … "member", also inside `use { }`, `apply { }`, `let { }`, `with(socket) { }`)
; is either
; - takes its inputStream or outputStream, and does not return it (#sc-stays-local? "."): the
;   data goes over this socket here, whoever else gets the socket later;
; - or shakes hands on it, keeps it in a property for later use (#sc-kept-in-field?), and hands
;   it to nobody else (#sc-stays-local? with the calls that only set a socket up or close it).
; A socket that a `createSocket` override returns, as socket-factory wrappers do, or that is
; handed to a connection object after the handshake, is checked by whoever receives it; one
; only shaken hands on and dropped (a certificate probe) carries no data.
; Sockets to the loopback address, and server-side ones (setUseClientMode(false)), are left
; alone. So are those of
; android.net.SSLCertificateSocketFactory: its createSocket(host, port) verifies the host itself,
; and its getInsecure() is reported by tls-insecure-socket-factory. Other factories may check the
; host in createSocket(…, host, …) too (mail apps ship such wrappers), so the socket must come
; either from a plain JSSE factory, known by what it is made of (SSLSocketFactory.getDefault(),
; sslContext.socketFactory, HttpsURLConnection.getDefaultSSLSocketFactory(), also through a local
; or property), or from createSocket() without a host, cast to SSLSocket: no factory can check a
; host it is not given.

; val socket = SSLSocketFactory.getDefault().createSocket(host, 853); socket.getOutputStream().write(query)
; sslContext.socketFactory.createSocket(host, 443).use { it.outputStream.write(ping) }
((call_expression
  (navigation_expression
    (_) @_factory
    (identifier) @_create .)
  (value_arguments) @_args) @finding
  (#eq? @_create "createSocket")
  (#sc-made-by? @_factory "[Ss][Ss][Ll]|[Tt][Ll][Ss]")
  (#sc-made-by? @_factory "^(getDefault|getSocketFactory|socketFactory|getDefaultSSLSocketFactory)$")
  (#not-match? @_args "^\\(\\s*\"(localhost|127\\.0\\.0\\.1|::1)\"")
  (#sc-not-made-by? @_factory "^SSLCertificateSocketFactory$")
  (#sc-not-mentions? @finding "InetSocketAddress\\(\\s*\"(localhost|127\\.0\\.0\\.1|::1)\"|[Ee]ndpointIdentificationAlgorithm\\s*=\\s*\"|\\.peerCertificates\\b|\\.peerPrincipal\\b|setUseClientMode\\(\\s*false|useClientMode\\s*=\\s*false" "member")
  (#sc-called-on? @finding "list:socket-stream-members" "member")
  (#sc-stays-local? @finding ".")
  (#sc-not-has-call? @finding "list:host-identity-check-callees" "member")
  (#set! variant "raw-socket"))

; val socket = socketFactory.createSocket() as SSLSocket; socket.connect(address); socket.inputStream.bufferedReader()
((as_expression
  left: (call_expression
    (navigation_expression
      (_) @_factory
      (identifier) @_create .)
    (value_arguments) @_args) @finding
  right: (user_type
    (identifier) @_type .))
  (#eq? @_type "SSLSocket")
  (#eq? @_create "createSocket")
  (#match? @_args "^\\(\\s*\\)$")
  (#sc-not-made-by? @_factory "^SSLCertificateSocketFactory$")
  (#sc-not-mentions? @finding "InetSocketAddress\\(\\s*\"(localhost|127\\.0\\.0\\.1|::1)\"|[Ee]ndpointIdentificationAlgorithm\\s*=\\s*\"|\\.peerCertificates\\b|\\.peerPrincipal\\b|setUseClientMode\\(\\s*false|useClientMode\\s*=\\s*false" "member")
  (#sc-called-on? @finding "list:socket-stream-members" "member")
  (#sc-stays-local? @finding ".")
  (#sc-not-has-call? @finding "list:host-identity-check-callees" "member")
  (#set! variant "raw-socket"))

; ircSocket = sslContext.socketFactory.createSocket(host, 6697) as SSLSocket; ircSocket.startHandshake()
; (kept in a property for later use, not handed on)
((call_expression
  (navigation_expression
    (_) @_factory
    (identifier) @_create .)
  (value_arguments) @_args) @finding
  (#eq? @_create "createSocket")
  (#sc-made-by? @_factory "[Ss][Ss][Ll]|[Tt][Ll][Ss]")
  (#sc-made-by? @_factory "^(getDefault|getSocketFactory|socketFactory|getDefaultSSLSocketFactory)$")
  (#not-match? @_args "^\\(\\s*\"(localhost|127\\.0\\.0\\.1|::1)\"")
  (#sc-not-made-by? @_factory "^SSLCertificateSocketFactory$")
  (#sc-not-mentions? @finding "InetSocketAddress\\(\\s*\"(localhost|127\\.0\\.0\\.1|::1)\"|[Ee]ndpointIdentificationAlgorithm\\s*=\\s*\"|\\.peerCertificates\\b|\\.peerPrincipal\\b|setUseClientMode\\(\\s*false|useClientMode\\s*=\\s*false" "member")
  (#sc-called-on? @finding "^startHandshake$" "member")
  (#sc-kept-in-field? @finding)
  (#sc-stays-local? @finding "list:logging-callees,socket-setup-callees")
  (#sc-not-has-call? @finding "list:host-identity-check-callees" "member")
  (#set! variant "raw-socket"))

; socket = (factory.createSocket() as SSLSocket).apply { connect(address); startHandshake() }
((as_expression
  left: (call_expression
    (navigation_expression
      (_) @_factory
      (identifier) @_create .)
    (value_arguments) @_args) @finding
  right: (user_type
    (identifier) @_type .))
  (#eq? @_type "SSLSocket")
  (#eq? @_create "createSocket")
  (#match? @_args "^\\(\\s*\\)$")
  (#sc-not-made-by? @_factory "^SSLCertificateSocketFactory$")
  (#sc-not-mentions? @finding "InetSocketAddress\\(\\s*\"(localhost|127\\.0\\.0\\.1|::1)\"|[Ee]ndpointIdentificationAlgorithm\\s*=\\s*\"|\\.peerCertificates\\b|\\.peerPrincipal\\b|setUseClientMode\\(\\s*false|useClientMode\\s*=\\s*false" "member")
  (#sc-called-on? @finding "^startHandshake$" "member")
  (#sc-kept-in-field? @finding)
  (#sc-stays-local? @finding "list:logging-callees,socket-setup-callees")
  (#sc-not-has-call? @finding "list:host-identity-check-callees" "member")
  (#set! variant "raw-socket"))

; ---- host-only verifiers (variant `host-only`, medium confidence) ------------------------
; A verifier that compares only the requested host with fixed names and never looks at the
; certificate (#sc-host-only-verifier?: the session is unused or only asked for its peer host,
; nothing is delegated). OkHttp uses the verifier instead of its own check, and
; HttpsURLConnection consults it when the certificate's name does not match: either way a
; trusted certificate for any other name is accepted for these hosts.

; OkHttpClient.Builder().hostnameVerifier { hostname, _ -> hostname == BuildConfig.API_HOST }
; HostnameVerifier { host, _ -> host.endsWith(".shop.io") }, .hostnameVerifier({ h, _ -> h in HOSTS })
((call_expression
  [
    (identifier) @finding
    (navigation_expression
      (identifier) @finding .)
  ]
  [
    (annotated_lambda
      (lambda_literal
        (lambda_parameters
          .
          (variable_declaration) @_host
          .
          (variable_declaration) @_session .)) @_body)
    (value_arguments
      (value_argument
        (lambda_literal
          (lambda_parameters
            .
            (variable_declaration) @_host
            .
            (variable_declaration) @_session .)) @_body))
  ])
  (#match? @finding "^(HostnameVerifier|hostnameVerifier|setHostnameVerifier|setDefaultHostnameVerifier|setSSLHostnameVerifier|setX509HostnameVerifier|SSLConnectionSocketFactory)$")
  (#sc-host-only-verifier? @_body @_host @_session)
  (#set! variant "host-only"))

; object : HostnameVerifier { override fun verify(hostname: String, session: SSLSession) = hostname == API_HOST }
((function_declaration
  name: (identifier) @finding
  (function_value_parameters
    .
    (parameter
      [(user_type) (nullable_type)] @_hostType) @_host
    .
    (parameter
      [(user_type) (nullable_type)] @_sessionType) @_session .)
  (function_body) @_body)
  (#eq? @finding "verify")
  (#match? @_hostType "^(kotlin\\.)?String\\??$")
  (#match? @_sessionType "^(javax\\.net\\.ssl\\.)?SSLSession\\??$")
  (#sc-host-only-verifier? @_body @_host @_session)
  (#set! variant "host-only"))

; private fun isOurHost(host: String, session: SSLSession): Boolean = listOf("a.shop.io", "b.shop.io").contains(host)
; … hostnameVerifier(::isOurHost): a source, reported where it is installed
((function_declaration
  name: (identifier) @source
  (function_value_parameters
    .
    (parameter
      [(user_type) (nullable_type)] @_hostType) @_host
    .
    (parameter
      [(user_type) (nullable_type)] @_sessionType) @_session .)
  (function_body) @_body)
  (#not-eq? @source "verify")
  (#match? @_hostType "^(kotlin\\.)?String\\??$")
  (#match? @_sessionType "^(javax\\.net\\.ssl\\.)?SSLSession\\??$")
  (#sc-host-only-verifier? @_body @_host @_session)
  (#set! variant "host-only"))

; val verifier = fun(hostname: String, session: SSLSession): Boolean = hostname == "api.shop.io"
((anonymous_function
  "fun" @finding
  (function_value_parameters
    .
    (parameter
      [(user_type) (nullable_type)] @_hostType) @_host
    .
    (parameter
      [(user_type) (nullable_type)] @_sessionType) @_session .)
  (function_body) @_body)
  (#match? @_hostType "^(kotlin\\.)?String\\??$")
  (#match? @_sessionType "^(javax\\.net\\.ssl\\.)?SSLSession\\??$")
  (#sc-host-only-verifier? @_body @_host @_session)
  (#set! variant "host-only"))
