; Host name verification switched off (CWE-297): verifiers that approve every host, the
; library constants and classes that do the same, and raw SSLSockets used without any
; endpoint identification. "Always answers true" is #sc-returns-true? (an expression body
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
  (#sc-returns-true? @_body))

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
  (#sc-returns-true? @_body)
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
  (#sc-returns-true? @_body))

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
  (#sc-returns-true? @_body))

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
  (#sc-returns-true? @_body))

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
  (#sc-returns-true? @_body))

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

; val socket = sslContext.socketFactory.createSocket(host, 443) as SSLSocket; socket.startHandshake()
; a raw SSLSocket checks the certificate chain but never the host name: the function that
; opens and uses it must set endpointIdentificationAlgorithm or call a HostnameVerifier.
; Socket-factory wrappers (`override fun createSocket(…) = delegate.createSocket(…)`) only
; hand the socket on and are left alone.
((function_declaration
  name: (identifier) @_name
  (function_body
    (block
      [
        (property_declaration
          [
            (call_expression
              (navigation_expression
                (identifier) @finding .)
              (value_arguments
                (value_argument)))
            (as_expression
              left: (call_expression
                (navigation_expression
                  (identifier) @finding .)
                (value_arguments
                  (value_argument))))
          ]) @_statement
        (assignment
          right: [
            (call_expression
              (navigation_expression
                (identifier) @finding .)
              (value_arguments
                (value_argument)))
            (as_expression
              left: (call_expression
                (navigation_expression
                  (identifier) @finding .)
                (value_arguments
                  (value_argument))))
          ]) @_statement
      ]))) @_function
  (#eq? @finding "createSocket")
  (#not-eq? @_name "createSocket")
  (#match? @_statement "SSL|[Ss]sl|TLS|[Tt]ls")
  (#not-match? @_statement "createSocket\\(\\s*\"(localhost|127\\.0\\.0\\.1)\"")
  (#match? @_function "startHandshake|[Oo]utputStream|[Ii]nputStream")
  (#not-match? @_function "[Ee]ndpointIdentificationAlgorithm|[Hh]ostnameVerifier|\\.verify\\(|HostnameChecker"))

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
