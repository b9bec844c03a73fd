; Client connections over protocols without TLS (CWE-319): plain sockets, Apache Commons Net
; FTP/Telnet/SMTP/POP3/IMAP clients, gRPC channels in plaintext, OkHttp's CLEARTEXT
; connection spec, JavaMail with STARTTLS switched off, and ftp://, telnet://, mqtt:// and
; Paho tcp:// URLs. The host decides whether it matters: an address that stays on the device
; (`localhost`, `127.0.0.1`, `InetAddress.getLoopbackAddress()`, followed through constants,
; locals and builder steps) is left out by #sc-not-loopback-address? (address-predicates.ts).
; Debug-only code is left out by `ignoreIn` (rule.yaml); the secure variants (SSLSocket,
; FTPSClient, SMTPSClient, useTransportSecurity) are other names and never match.

; ---- plain sockets -----------------------------------------------------------------------
; A socket is the transport under many protocols; it carries cleartext only when something is
; written to or read from it and nothing layers TLS on it. Reported: a socket made here
; (`new Socket(host, port)`, or `new Socket()` / `SocketChannel.open()` then `connect(…)`) in a
; class that reads or writes socket streams. Left out: sockets made inside a SocketFactory's
; createSocket (OkHttp and JavaMail put TLS on top of them), sockets handed in from elsewhere
; (a factory decides), connections to a proxy (the tunnel carries TLS), reachability probes
; that only connect and close, and classes that also use SSLSocket / SSLContext / SSLEngine or
; STARTTLS (an upgrade, or TLS offered as the choice next to it).

; new Socket("mail.shop.io", 25), new java.net.Socket(InetAddress.getByName(host), port)
((object_creation_expression
   type: [(type_identifier) (scoped_type_identifier)] @_type
   arguments: (argument_list
     .
     (_) @_host
     (_))) @finding
  (#match? @_type "(^|\\.)Socket$")
  (#sc-not-loopback-address? @_host)
  (#sc-not-inside? @finding "function-named" "^createSocket$")
  (#sc-not-mentions? @finding "SSLSocket|SSLContext|SSLEngine|startHandshake|SslHandler|STARTTLS|[Ss]tartTls|STLS" "type")
  (#sc-mentions? @finding "getOutputStream|getInputStream|\\b(outputStream|inputStream)\\b|\\.(sink|source)\\(\\)|\\.write\\(" "type")
  (#set! variant "socket"))

; Socket socket = new Socket(); socket.connect(new InetSocketAddress(host, port), timeout)
; SocketChannel channel = SocketChannel.open(); channel.connect(address)
((method_invocation
   object: (_) @_socket
   name: (identifier) @_connect
   arguments: (argument_list
     .
     (_) @_address)) @finding
  (#eq? @_connect "connect")
  (#sc-declared-as? @_socket "new\\s+(java\\.net\\.)?Socket\\(|(^|=)\\s*(java\\.net\\.)?Socket\\(|SocketChannel\\.open\\(")
  (#not-match? @_address "[Pp]roxy")
  (#sc-not-loopback-address? @_address)
  (#sc-not-inside? @finding "function-named" "^createSocket$")
  (#sc-not-mentions? @finding "SSLSocket|SSLContext|SSLEngine|startHandshake|SslHandler|STARTTLS|[Ss]tartTls|STLS" "type")
  (#sc-mentions? @finding "getOutputStream|getInputStream|\\b(outputStream|inputStream)\\b|\\.(sink|source)\\(\\)|\\.write\\(" "type")
  (#set! variant "socket"))

; ---- Apache Commons Net clients without TLS ----------------------------------------------
; FTPClient ftp = new FTPClient(); ftp.connect(host, 21); telnet.connect(host); smtp.connect(server)
; (FTPSClient, SMTPSClient, IMAPSClient, POP3SClient and AuthenticatingSMTPClient have other
; names: a client that may be either, `secure ? new FTPSClient() : new FTPClient()`, is reported
; for its cleartext side)
((method_invocation
   object: (_) @_client
   name: (identifier) @_connect
   arguments: (argument_list
     .
     (_) @_host)) @finding
  (#eq? @_connect "connect")
  (#sc-made-by? @_client "^(FTPClient|FTPHTTPClient|TelnetClient|SMTPClient|RelaySMTPClient|POP3Client|IMAPClient|NNTPClient)$")
  (#sc-mentions? @finding "org\\.apache\\.commons\\.net" "file")
  (#sc-not-loopback-address? @_host)
  (#set! variant "commons-net"))

; ---- gRPC channels in plaintext ----------------------------------------------------------
; ManagedChannelBuilder.forAddress(host, 443).usePlaintext().build();
; NettyChannelBuilder.forTarget(target).usePlaintext(); builder.usePlaintext(true) (older API)
; (not InProcessChannelBuilder: it never leaves the process)
((method_invocation
   object: (_) @_channel
   name: (identifier) @_plaintext) @finding
  (#eq? @_plaintext "usePlaintext")
  (#sc-not-made-by? @_channel "^InProcess")
  (#sc-not-loopback-address? @_channel)
  (#set! variant "grpc-plaintext"))

; NettyChannelBuilder.forAddress(host, port).negotiationType(NegotiationType.PLAINTEXT)
((method_invocation
   object: (_) @_channel
   name: (identifier) @_negotiation
   arguments: (argument_list
     .
     (_) @finding .))
  (#eq? @_negotiation "negotiationType")
  (#match? @finding "(^|\\.)PLAINTEXT(_UPGRADE)?$")
  (#sc-not-loopback-address? @_channel)
  (#set! variant "grpc-plaintext"))

; Grpc.newChannelBuilder(target, InsecureChannelCredentials.create())
((method_invocation
   object: (identifier) @_grpc
   name: (identifier) @_builder
   arguments: (argument_list
     .
     (_) @_target
     .
     (method_invocation
       object: (identifier) @_insecure
       name: (identifier) @_create) @finding))
  (#eq? @_grpc "Grpc")
  (#any-of? @_builder "newChannelBuilder" "newChannelBuilderForAddress")
  (#eq? @_insecure "InsecureChannelCredentials")
  (#eq? @_create "create")
  (#sc-not-loopback-address? @_target)
  (#set! variant "grpc-plaintext"))

; ---- JavaMail / Jakarta Mail with STARTTLS switched off ----------------------------------
; props.put("mail.smtp.starttls.enable", "false") with no SSL (`mail.smtp.ssl.enable` true, an
; smtps/imaps/pop3s store) and no local relay (`mail.smtp.host` "localhost") in the class
((method_invocation
   name: (identifier) @_put
   arguments: (argument_list
     .
     (string_literal) @_key
     .
     (_) @_value .)) @finding
  (#any-of? @_put "put" "setProperty")
  (#match? @_key "^\"mail\\.(smtp|imap|pop3)\\.starttls\\.enable\"$")
  (#match? @_value "^(\"false\"|false|Boolean\\.FALSE)$")
  (#sc-not-mentions? @finding "mail\\.(smtp|imap|pop3)\\.ssl\\.enable\"\\s*,\\s*(\"true\"|true|Boolean\\.TRUE)|\"(smtps|imaps|pop3s)\"|mail\\.(smtp|imap|pop3)\\.host\"\\s*,\\s*\"(localhost|127\\.0\\.0\\.1)\"" "type")
  (#set! variant "mail-tls-off"))

; ---- OkHttp: the CLEARTEXT connection spec -----------------------------------------------
; new OkHttpClient.Builder().connectionSpecs(Arrays.asList(ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT))
; List<ConnectionSpec> SPECS = Collections.singletonList(ConnectionSpec.CLEARTEXT); builder.connectionSpecs(SPECS)
((field_access
   object: (identifier) @_spec
   field: (identifier) @_cleartext) @source
  (#eq? @_spec "ConnectionSpec")
  (#eq? @_cleartext "CLEARTEXT")
  (#set! flow "okhttp")
  (#set! variant "okhttp-cleartext-spec"))

((method_invocation
   name: (identifier) @_specs
   arguments: (argument_list
     (_) @sink))
  (#eq? @_specs "connectionSpecs")
  (#set! flow "okhttp"))

; ---- ftp://, telnet:// and mqtt:// URLs --------------------------------------------------
; static final String MIRROR = "ftp://mirror.shop.io/pub"; new URL(MIRROR).openStream();
; "telnet://" + host; MqttClient("mqtt://broker.shop.io", id)
; (sftp://, ftps://, mqtts:// are other schemes and never match; loopback and placeholder
; hosts are left out by #sc-cleartext-url?)
((string_literal) @source
  (#sc-cleartext-url? @source "ftp telnet mqtt")
  (#sc-not-kept-under? @source "not-url-names")
  (#set! flow "url"))

; Eclipse Paho: new MqttClient("tcp://broker.shop.io:1883", clientId), options.setServerURIs(…)
((string_literal) @source
  (#sc-cleartext-url? @source "tcp")
  (#set! flow "paho"))

([
  (object_creation_expression
    type: (_) @_client
    arguments: (argument_list
      (_) @sink))
  (method_invocation
    name: (identifier) @_client
    arguments: (argument_list
      (_) @sink))
 ]
  (#match? @_client "^(MqttClient|MqttAsyncClient|MqttAndroidClient|setServerURIs)$")
  (#set! flow "paho"))

; A link only handed to another app (an ACTION_VIEW intent): the app itself sends nothing over
; it, but the app that opens it will (variant `external-app`, a note). Written first: a sink the
; general pattern below also matches plays this part.
([
  (method_invocation
    arguments: (argument_list
      (_) @sink))
  (object_creation_expression
    arguments: (argument_list
      (_) @sink))
 ] @_call
  (#sc-sink-call? @_call)
  (#sc-opened-in-external-browser? @sink)
  (#set! flow "url")
  (#set! variant "external-app"))

; new URL(MIRROR_URL), ftp.retrieveFile(…) on a URL connection, any call that may send it
([
  (method_invocation
    arguments: (argument_list
      (_) @sink))
  (object_creation_expression
    arguments: (argument_list
      (_) @sink))
 ] @_call
  (#sc-sink-call? @_call)
  (#set! flow "url"))
