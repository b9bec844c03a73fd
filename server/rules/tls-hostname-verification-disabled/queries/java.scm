; Host name verification switched off (CWE-297): verifiers that approve every host, the
; library constants and classes that do the same, and raw SSLSockets used without any
; endpoint identification. "Always answers true" is #sc-returns-only? "^true$".
;
; Where the finding sits: a verifier that is one by itself (a `verify` override, a lambda
; declared, cast or returned as a HostnameVerifier, a library constant) is reported where it
; is written, once, however often it is installed; a declared one that is unused, or
; overwritten before it is installed, is not. A piece that only becomes a verifier where it
; is installed (a lambda stored in an untyped field or chosen by a ternary, a method with
; the verify signature passed as `this::allowAll`) is reported at the installation (@sink),
; with the piece as related location (@source).

; ---- sources: pieces that become a verifier where they are installed -----------------------

; private boolean allowAll(String host, SSLSession session) { return true; }  … hostnameVerifier(this::allowAll)
((method_declaration
  type: (boolean_type)
  name: (identifier) @source
  parameters: (formal_parameters
    .
    (formal_parameter
      type: (type_identifier) @_host)
    .
    (formal_parameter
      type: [(type_identifier) (scoped_type_identifier)] @_session) .)
  body: (block) @_body)
  (#not-eq? @source "verify")
  (#eq? @_host "String")
  (#match? @_session "(^|\\.)SSLSession$")
  (#sc-returns-only? @_body "^true$"))

; this.verifier = (hostname, session) -> true; insecure ? (h, s) -> true : HttpsURLConnection.getDefaultHostnameVerifier()
([
  (assignment_expression
    right: (lambda_expression
      parameters: (_ . (_) . (_) .)
      body: (_) @_body) @source)
  (ternary_expression
    consequence: (lambda_expression
      parameters: (_ . (_) . (_) .)
      body: (_) @_body) @source)
  (ternary_expression
    alternative: (lambda_expression
      parameters: (_ . (_) . (_) .)
      body: (_) @_body) @source)
 ]
  (#sc-returns-only? @_body "^true$"))

; ---- sinks: where a verifier is installed ---------------------------------------------------

; HttpsURLConnection.setDefaultHostnameVerifier(verifier), connection.setHostnameVerifier(verifier),
; builder.hostnameVerifier(this::allowAll), HttpClients.custom().setSSLHostnameVerifier(verifier)
((method_invocation
  name: (identifier) @_method
  arguments: (argument_list
    .
    (_) @sink .))
  (#match? @_method "^(setDefaultHostnameVerifier|setHostnameVerifier|hostnameVerifier|setSSLHostnameVerifier|setX509HostnameVerifier)$"))

; new SSLConnectionSocketFactory(sslContext, verifier)
((object_creation_expression
  type: [(type_identifier) (scoped_type_identifier)] @_type
  arguments: (argument_list
    (_) @sink))
  (#match? @_type "(^|\\.)SSLConnectionSocketFactory$"))

; ---- verifiers by themselves ---------------------------------------------------------------

; new HostnameVerifier() { public boolean verify(String hostname, SSLSession session) { return true; } }
; also named classes implementing HostnameVerifier / X509HostnameVerifier
(method_declaration
  name: (identifier) @finding
  parameters: (formal_parameters
    (formal_parameter)
    .
    (formal_parameter
      type: [(type_identifier) (scoped_type_identifier)] @_session) .)
  body: (block) @_body
  (#eq? @finding "verify")
  (#match? @_session "(^|\\.)SSLSession$")
  (#sc-returns-only? @_body "^true$"))

; legacy com.sun.net.ssl.HostnameVerifier: public boolean verify(String urlHostname, String certHostname) { return true; }
(method_declaration
  type: (boolean_type)
  name: (identifier) @finding
  parameters: (formal_parameters
    .
    (formal_parameter
      type: (type_identifier) @_first)
    .
    (formal_parameter
      type: (type_identifier) @_second) .)
  body: (block) @_body
  (#eq? @finding "verify")
  (#eq? @_first "String")
  (#eq? @_second "String")
  (#sc-returns-only? @_body "^true$"))

; Apache X509HostnameVerifier: public void verify(String host, SSLSocket ssl) { } — the
; void overloads report a mismatch by throwing, so a body that never throws accepts any host
(method_declaration
  type: (void_type)
  name: (identifier) @finding
  parameters: (formal_parameters
    .
    (formal_parameter
      type: (type_identifier) @_host)
    .
    (formal_parameter
      type: [(type_identifier) (scoped_type_identifier) (array_type)] @_second))
  body: (block) @_body
  (#eq? @finding "verify")
  (#eq? @_host "String")
  (#match? @_second "(^|\\.)(SSLSocket|X509Certificate)$|^String\\[\\]$")
  (#sc-noop-trust-check? @_body
    "^(log|[diwev]|wtf|info|debug|warn|warning|error|severe|fine|finer|finest|trace|print|println|printf|printStackTrace|checkValidity|getSubjectDN|getIssuerDN|getSubjectX500Principal|getIssuerX500Principal|getName|getTBSCertificate|getEncoded|getPublicKey|getSerialNumber|getNotBefore|getNotAfter|getSigAlgName|getType|toString|format|size|isEmpty|Timber|tag)$"))

; HttpsURLConnection.setDefaultHostnameVerifier((hostname, session) -> true)
; new OkHttpClient.Builder().hostnameVerifier((hostname, session) -> true)
; HttpClients.custom().setSSLHostnameVerifier((h, s) -> { return true; })
((method_invocation
  name: (identifier) @_method
  arguments: (argument_list
    [
      (lambda_expression body: (_) @_body) @finding
      (cast_expression value: (lambda_expression body: (_) @_body)) @finding
    ]))
  (#match? @_method "^(setDefaultHostnameVerifier|setHostnameVerifier|hostnameVerifier|setSSLHostnameVerifier|setX509HostnameVerifier)$")
  (#sc-returns-only? @_body "^true$"))

; new SSLConnectionSocketFactory(sslContext, (host, session) -> true)
((object_creation_expression
  type: [(type_identifier) (scoped_type_identifier)] @_type
  arguments: (argument_list
    [
      (lambda_expression body: (_) @_body) @finding
      (cast_expression value: (lambda_expression body: (_) @_body)) @finding
    ]))
  (#match? @_type "(^|\\.)SSLConnectionSocketFactory$")
  (#sc-returns-only? @_body "^true$"))

; static final HostnameVerifier ACCEPT_ANY = (hostname, session) -> true;
; (unless unused, or overwritten before it is read)
([
  (local_variable_declaration
    type: [(type_identifier) (scoped_type_identifier)] @_type
    declarator: (variable_declarator
      value: (lambda_expression body: (_) @_body) @finding))
  (field_declaration
    type: [(type_identifier) (scoped_type_identifier)] @_type
    declarator: (variable_declarator
      value: (lambda_expression body: (_) @_body) @finding))
 ]
  (#match? @_type "(^|\\.)HostnameVerifier$")
  (#sc-returns-only? @_body "^true$")
  (#sc-used-beyond? @finding "unused debug"))

; static HostnameVerifier trustAllHosts() { return (hostname, session) -> true; }
((method_declaration
  type: [(type_identifier) (scoped_type_identifier)] @_type
  body: (block
    (return_statement
      (lambda_expression body: (_) @_body) @finding)))
  (#match? @_type "(^|\\.)HostnameVerifier$")
  (#sc-returns-only? @_body "^true$"))

; (HostnameVerifier) (hostname, session) -> true, wherever it is passed
((cast_expression
  type: [(type_identifier) (scoped_type_identifier)] @_type
  value: (lambda_expression body: (_) @_body)) @finding
  (#match? @_type "(^|\\.)HostnameVerifier$")
  (#sc-returns-only? @_body "^true$"))

; SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER, SSLConnectionSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER,
; MySSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER (inherited), socketFactory.ALLOW_ALL_HOSTNAME_VERIFIER
; (deprecated since Apache HttpClient 4.4: shown struck through)
((field_access
  field: (identifier) @_field) @finding
  (#eq? @_field "ALLOW_ALL_HOSTNAME_VERIFIER")
  (#set! deprecated))

; NoopHostnameVerifier.INSTANCE, AllowAllHostnameVerifier.INSTANCE
((field_access
  object: (_) @_owner
  field: (identifier) @_field) @finding
  (#match? @_owner "(^|\\.)(NoopHostnameVerifier|AllowAllHostnameVerifier)$")
  (#eq? @_field "INSTANCE"))

; setHostnameVerifier(ALLOW_ALL_HOSTNAME_VERIFIER) after a static import
((argument_list
  (identifier) @finding)
  (#eq? @finding "ALLOW_ALL_HOSTNAME_VERIFIER")
  (#set! deprecated))
((variable_declarator
  value: (identifier) @finding)
  (#eq? @finding "ALLOW_ALL_HOSTNAME_VERIFIER")
  (#set! deprecated))

; new NoopHostnameVerifier()
((object_creation_expression
  type: [(type_identifier) (scoped_type_identifier)] @_type) @finding
  (#match? @_type "(^|\\.)NoopHostnameVerifier$"))

; new AllowAllHostnameVerifier() (deprecated since Apache HttpClient 4.4)
((object_creation_expression
  type: [(type_identifier) (scoped_type_identifier)] @_type) @finding
  (#match? @_type "(^|\\.)AllowAllHostnameVerifier$")
  (#set! deprecated))

; ---- raw SSLSockets (variant `raw-socket`) -------------------------------------------------
; An SSLSocket checks the certificate chain but never the host name (unlike HttpsURLConnection
; and OkHttp, which verify it after the handshake). A socket is a finding when the method that
; creates it talks over it, and nothing in that method, or in the helpers of this file it calls,
; checks the peer: no endpoint identification, no HostnameVerifier, no look at the peer's
; certificates (word list host-identity-check-callees). "Talks over it" (#sc-called-on? …
; "member") is either
; - takes its input or output stream, and does not return it (#sc-stays-local? "."): the data
;   goes over this socket here, whoever else gets the socket later;
; - or shakes hands on it, keeps it in a field for later use (#sc-kept-in-field?), and hands it
;   to nobody else (#sc-stays-local? with the calls that only set a socket up or close it).
; A socket that a createSocket override returns, such as the common Tls12SocketFactory /
; NoSSLv3SocketFactory wrappers, or that is handed to a connection object after the handshake,
; is checked by whoever receives it; one only shaken hands on and dropped (a certificate probe)
; carries no data.
; Sockets to the loopback address, and server-side ones (setUseClientMode(false)), are left
; alone. So are those of
; android.net.SSLCertificateSocketFactory: its createSocket(host, port) verifies the host itself,
; and its getInsecure() is reported by tls-insecure-socket-factory. Other factories may check the
; host in createSocket(…, host, …) too (mail apps ship such wrappers), so the socket must come
; either from a plain JSSE factory, known by what it is made of (SSLSocketFactory.getDefault(),
; sslContext.getSocketFactory(), HttpsURLConnection.getDefaultSSLSocketFactory(), also through a
; local or field), or from createSocket() without a host, cast to SSLSocket: no factory can check
; a host it is not given.

; Socket socket = SSLSocketFactory.getDefault().createSocket(); socket.connect(…); socket.getOutputStream().write(query);
((method_invocation
  object: (_) @_factory
  name: (identifier) @_create
  arguments: (argument_list) @_args) @finding
  (#eq? @_create "createSocket")
  (#sc-made-by? @_factory "[Ss][Ss][Ll]|[Tt][Ll][Ss]")
  (#sc-made-by? @_factory "^(getDefault|getSocketFactory|socketFactory|getDefaultSSLSocketFactory)$")
  (#not-match? @_args "^\\(\\s*\"(localhost|127\\.0\\.0\\.1|::1)\"")
  (#sc-not-made-by? @_factory "^SSLCertificateSocketFactory$")
  (#sc-not-mentions? @finding "InetSocketAddress\\(\\s*\"(localhost|127\\.0\\.0\\.1|::1)\"|setUseClientMode\\(\\s*false" "member")
  (#sc-called-on? @finding "list:socket-stream-members" "member")
  (#sc-stays-local? @finding ".")
  (#sc-not-has-call? @finding "list:host-identity-check-callees" "member")
  (#set! variant "raw-socket"))

; try (SSLSocket s = (SSLSocket) socketFactory.createSocket()) { s.connect(address); … s.getOutputStream() … }
((cast_expression
  type: (type_identifier) @_type
  value: (method_invocation
    object: (_) @_factory
    name: (identifier) @_create
    arguments: (argument_list) @_args) @finding)
  (#eq? @_type "SSLSocket")
  (#eq? @_create "createSocket")
  (#match? @_args "^\\(\\s*\\)$")
  (#sc-not-made-by? @_factory "^SSLCertificateSocketFactory$")
  (#sc-not-mentions? @finding "InetSocketAddress\\(\\s*\"(localhost|127\\.0\\.0\\.1|::1)\"|setUseClientMode\\(\\s*false" "member")
  (#sc-called-on? @finding "list:socket-stream-members" "member")
  (#sc-stays-local? @finding ".")
  (#sc-not-has-call? @finding "list:host-identity-check-callees" "member")
  (#set! variant "raw-socket"))

; SSLSocket socket = (SSLSocket) sslContext.getSocketFactory().createSocket(host, 6697); socket.startHandshake();
; this.socket = socket; (kept in a field for later use, not handed on)
((method_invocation
  object: (_) @_factory
  name: (identifier) @_create
  arguments: (argument_list) @_args) @finding
  (#eq? @_create "createSocket")
  (#sc-made-by? @_factory "[Ss][Ss][Ll]|[Tt][Ll][Ss]")
  (#sc-made-by? @_factory "^(getDefault|getSocketFactory|socketFactory|getDefaultSSLSocketFactory)$")
  (#not-match? @_args "^\\(\\s*\"(localhost|127\\.0\\.0\\.1|::1)\"")
  (#sc-not-made-by? @_factory "^SSLCertificateSocketFactory$")
  (#sc-not-mentions? @finding "InetSocketAddress\\(\\s*\"(localhost|127\\.0\\.0\\.1|::1)\"|setUseClientMode\\(\\s*false" "member")
  (#sc-called-on? @finding "^startHandshake$" "member")
  (#sc-kept-in-field? @finding)
  (#sc-stays-local? @finding "list:logging-callees,socket-setup-callees")
  (#sc-not-has-call? @finding "list:host-identity-check-callees" "member")
  (#set! variant "raw-socket"))

; imapSocket = (SSLSocket) socketFactory.createSocket(); imapSocket.connect(address); imapSocket.startHandshake();
((cast_expression
  type: (type_identifier) @_type
  value: (method_invocation
    object: (_) @_factory
    name: (identifier) @_create
    arguments: (argument_list) @_args) @finding)
  (#eq? @_type "SSLSocket")
  (#eq? @_create "createSocket")
  (#match? @_args "^\\(\\s*\\)$")
  (#sc-not-made-by? @_factory "^SSLCertificateSocketFactory$")
  (#sc-not-mentions? @finding "InetSocketAddress\\(\\s*\"(localhost|127\\.0\\.0\\.1|::1)\"|setUseClientMode\\(\\s*false" "member")
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

; public boolean verify(String hostname, SSLSession session) { return API_HOST.equals(hostname); }
; (anonymous `new HostnameVerifier() { … }` and named classes alike)
((method_declaration
  name: (identifier) @finding
  parameters: (formal_parameters
    .
    (formal_parameter) @_host
    .
    (formal_parameter
      type: [(type_identifier) (scoped_type_identifier)] @_type) @_session .)
  body: (block) @_body)
  (#eq? @finding "verify")
  (#match? @_type "(^|\\.)SSLSession$")
  (#sc-host-only-verifier? @_body @_host @_session)
  (#set! variant "host-only"))

; builder.hostnameVerifier((hostname, session) -> hostname.equals("api.shop.io"))
; HttpsURLConnection.setDefaultHostnameVerifier((h, s) -> h.endsWith(".shop.io"))
; new SSLConnectionSocketFactory(ctx, (host, session) -> HOSTS.contains(host))
([
  (method_invocation
    name: (identifier) @_method
    arguments: (argument_list
      [
        (lambda_expression
          parameters: (_ . (_) @_host . (_) @_session .)
          body: (_) @_body) @finding
        (cast_expression
          value: (lambda_expression
            parameters: (_ . (_) @_host . (_) @_session .)
            body: (_) @_body)) @finding
      ]))
  (object_creation_expression
    type: [(type_identifier) (scoped_type_identifier)] @_method
    arguments: (argument_list
      [
        (lambda_expression
          parameters: (_ . (_) @_host . (_) @_session .)
          body: (_) @_body) @finding
        (cast_expression
          value: (lambda_expression
            parameters: (_ . (_) @_host . (_) @_session .)
            body: (_) @_body)) @finding
      ]))
 ]
  (#match? @_method "^(setDefaultHostnameVerifier|setHostnameVerifier|hostnameVerifier|setSSLHostnameVerifier|setX509HostnameVerifier)$|(^|\\.)SSLConnectionSocketFactory$")
  (#sc-host-only-verifier? @_body @_host @_session)
  (#set! variant "host-only"))

; static final HostnameVerifier OUR_HOSTS = (hostname, session) -> "api.shop.io".equalsIgnoreCase(hostname);
; (HostnameVerifier) (hostname, session) -> hostname.endsWith(".shop.io")
([
  (local_variable_declaration
    type: [(type_identifier) (scoped_type_identifier)] @_type
    declarator: (variable_declarator
      value: (lambda_expression
        parameters: (_ . (_) @_host . (_) @_session .)
        body: (_) @_body) @finding))
  (field_declaration
    type: [(type_identifier) (scoped_type_identifier)] @_type
    declarator: (variable_declarator
      value: (lambda_expression
        parameters: (_ . (_) @_host . (_) @_session .)
        body: (_) @_body) @finding))
  (cast_expression
    type: [(type_identifier) (scoped_type_identifier)] @_type
    value: (lambda_expression
      parameters: (_ . (_) @_host . (_) @_session .)
      body: (_) @_body)) @finding
 ]
  (#match? @_type "(^|\\.)HostnameVerifier$")
  (#sc-host-only-verifier? @_body @_host @_session)
  (#sc-used-beyond? @finding "unused debug")
  (#set! variant "host-only"))

; private boolean isOurHost(String host, SSLSession session) { return API_HOST.equals(host); }
; … hostnameVerifier(this::isOurHost): a source, reported where it is installed
((method_declaration
  type: (boolean_type)
  name: (identifier) @source
  parameters: (formal_parameters
    .
    (formal_parameter
      type: (type_identifier) @_hostType) @_host
    .
    (formal_parameter
      type: [(type_identifier) (scoped_type_identifier)] @_type) @_session .)
  body: (block) @_body)
  (#not-eq? @source "verify")
  (#eq? @_hostType "String")
  (#match? @_type "(^|\\.)SSLSession$")
  (#sc-host-only-verifier? @_body @_host @_session)
  (#set! variant "host-only"))
