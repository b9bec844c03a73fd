; Client connections over protocols without TLS (CWE-319): plain sockets, Apache Commons Net
; FTP/Telnet/SMTP/POP3/IMAP clients, gRPC channels in plaintext, OkHttp's CLEARTEXT
; connection spec, JavaMail with STARTTLS switched off, and ftp://, telnet://, mqtt:// and
; Paho tcp:// URLs. The host decides whether it matters: an address that stays on the device
; (`localhost`, `127.0.0.1`, `InetAddress.getLoopbackAddress()`, followed through constants,
; locals and builder steps) is left out by #sc-not-loopback-address? (address-predicates.ts).
; Debug-only code and Compose previews are left out by `ignoreIn` (rule.yaml); the secure
; variants (SSLSocket, FTPSClient, SMTPSClient, useTransportSecurity) are other names.

; ---- plain sockets -----------------------------------------------------------------------
; A socket is the transport under many protocols; it carries cleartext only when something is
; written to or read from it and nothing layers TLS on it. Reported: a socket made here
; (`Socket(host, port)`, or `Socket()` / `SocketChannel.open()` then `connect(…)`) in a class
; that reads or writes socket streams. Left out: sockets made inside a SocketFactory's
; createSocket (OkHttp and JavaMail put TLS on top of them), sockets handed in from elsewhere
; (a factory decides), connections to a proxy (the tunnel carries TLS), reachability probes
; that only connect and close, and classes that also use SSLSocket / SSLContext / SSLEngine or
; STARTTLS (an upgrade, or TLS offered as the choice next to it).

; Socket("mail.shop.io", 25), Socket(InetAddress.getByName(host), port)
((call_expression
   (identifier) @_type
   (value_arguments
     .
     (value_argument
       (_) @_host)
     (value_argument))) @finding
  (#eq? @_type "Socket")
  (#sc-not-loopback-address? @_host)
  (#sc-not-inside? @finding "function-named" "^createSocket$")
  (#sc-not-mentions? @finding "SSLSocket|SSLContext|SSLEngine|startHandshake|SslHandler|STARTTLS|[Ss]tartTls|STLS" "type")
  (#sc-mentions? @finding "getOutputStream|getInputStream|\\b(outputStream|inputStream)\\b|\\.(sink|source)\\(\\)|\\.write\\(" "type")
  (#set! variant "socket"))

; val socket = Socket(); socket.connect(InetSocketAddress(host, port), timeout); SocketChannel.open().connect(address)
((call_expression
   (navigation_expression
     (_) @_socket
     .
     (identifier) @_connect .)
   (value_arguments
     .
     (value_argument
       (_) @_address))) @finding
  (#eq? @_connect "connect")
  (#sc-declared-as? @_socket "new\\s+(java\\.net\\.)?Socket\\(|(^|=)\\s*(java\\.net\\.)?Socket\\(|SocketChannel\\.open\\(")
  (#not-match? @_address "[Pp]roxy")
  (#sc-not-loopback-address? @_address)
  (#sc-not-inside? @finding "function-named" "^createSocket$")
  (#sc-not-mentions? @finding "SSLSocket|SSLContext|SSLEngine|startHandshake|SslHandler|STARTTLS|[Ss]tartTls|STLS" "type")
  (#sc-mentions? @finding "getOutputStream|getInputStream|\\b(outputStream|inputStream)\\b|\\.(sink|source)\\(\\)|\\.write\\(" "type")
  (#set! variant "socket"))

; Socket().apply { connect(InetSocketAddress(host, port), timeout) }
((call_expression
   (identifier) @_connect
   (value_arguments
     .
     (value_argument
       (_) @_address))) @finding
  (#eq? @_connect "connect")
  (#sc-made-by? @finding "^Socket$" "receiver")
  (#sc-not-loopback-address? @_address)
  (#not-match? @_address "[Pp]roxy")
  (#sc-not-inside? @finding "function-named" "^createSocket$")
  (#sc-not-mentions? @finding "SSLSocket|SSLContext|SSLEngine|startHandshake|SslHandler|STARTTLS|[Ss]tartTls|STLS" "type")
  (#sc-mentions? @finding "getOutputStream|getInputStream|\\b(outputStream|inputStream)\\b|\\.(sink|source)\\(\\)|\\.write\\(" "type")
  (#set! variant "socket"))

; ---- Apache Commons Net clients without TLS ----------------------------------------------
; val ftp = FTPClient(); ftp.connect(host, 21); telnet.connect(host); FTPClient().apply { connect(host) }
; (FTPSClient, SMTPSClient, IMAPSClient, POP3SClient and AuthenticatingSMTPClient have other
; names: a client that may be either, `if (secure) FTPSClient() else FTPClient()`, is reported
; for its cleartext side)
((call_expression
   (navigation_expression
     (_) @_client
     .
     (identifier) @_connect .)
   (value_arguments
     .
     (value_argument
       (_) @_host))) @finding
  (#eq? @_connect "connect")
  (#sc-made-by? @_client "^(FTPClient|FTPHTTPClient|TelnetClient|SMTPClient|RelaySMTPClient|POP3Client|IMAPClient|NNTPClient)$")
  (#sc-mentions? @finding "org\\.apache\\.commons\\.net" "file")
  (#sc-not-loopback-address? @_host)
  (#set! variant "commons-net"))

((call_expression
   (identifier) @_connect
   (value_arguments
     .
     (value_argument
       (_) @_host))) @finding
  (#eq? @_connect "connect")
  (#sc-made-by? @finding "^(FTPClient|FTPHTTPClient|TelnetClient|SMTPClient|RelaySMTPClient|POP3Client|IMAPClient|NNTPClient)$" "receiver")
  (#sc-mentions? @finding "org\\.apache\\.commons\\.net" "file")
  (#sc-not-loopback-address? @_host)
  (#set! variant "commons-net"))

; ---- gRPC channels in plaintext ----------------------------------------------------------
; ManagedChannelBuilder.forAddress(host, 443).usePlaintext().build()
; NettyChannelBuilder.forTarget(target).usePlaintext(); builder.usePlaintext(true) (older API)
; (not InProcessChannelBuilder: it never leaves the process)
((call_expression
   (navigation_expression
     (_) @_channel
     .
     (identifier) @_plaintext .)
   (value_arguments)) @finding
  (#eq? @_plaintext "usePlaintext")
  (#sc-not-made-by? @_channel "^InProcess")
  (#sc-not-loopback-address? @_channel)
  (#set! variant "grpc-plaintext"))

; NettyChannelBuilder.forAddress(host, port).negotiationType(NegotiationType.PLAINTEXT)
((call_expression
   (navigation_expression
     (_) @_channel
     .
     (identifier) @_negotiation .)
   (value_arguments
     .
     (value_argument
       (_) @finding) .))
  (#eq? @_negotiation "negotiationType")
  (#match? @finding "(^|\\.)PLAINTEXT(_UPGRADE)?$")
  (#sc-not-loopback-address? @_channel)
  (#set! variant "grpc-plaintext"))

; Grpc.newChannelBuilder(target, InsecureChannelCredentials.create())
((call_expression
   (navigation_expression
     (identifier) @_grpc
     .
     (identifier) @_builder .)
   (value_arguments
     .
     (value_argument
       (_) @_target)
     .
     (value_argument
       (call_expression
         (navigation_expression
           (identifier) @_insecure
           .
           (identifier) @_create .)) @finding)))
  (#eq? @_grpc "Grpc")
  (#any-of? @_builder "newChannelBuilder" "newChannelBuilderForAddress")
  (#eq? @_insecure "InsecureChannelCredentials")
  (#eq? @_create "create")
  (#sc-not-loopback-address? @_target)
  (#set! variant "grpc-plaintext"))

; ---- JavaMail / Jakarta Mail with STARTTLS switched off ----------------------------------
; props["mail.smtp.starttls.enable"] = "false"; props.put("mail.smtp.starttls.enable", "false");
; Properties().apply { put("mail.imap.starttls.enable", false) }; "mail.smtp.starttls.enable" to "false"
; with no SSL (`mail.smtp.ssl.enable` true, an smtps/imaps/pop3s store) and no local relay
; (`mail.smtp.host` "localhost") in the class
((assignment
   left: (index_expression
     (string_literal) @_key)
   right: (_) @_value) @finding
  (#match? @_key "^\"mail\\.(smtp|imap|pop3)\\.starttls\\.enable\"$")
  (#match? @_value "^(\"false\"|false|java\\.lang\\.Boolean\\.FALSE)$")
  (#sc-not-mentions? @finding "mail\\.(smtp|imap|pop3)\\.ssl\\.enable\"\\]?\\s*(,|=|to)\\s*(\"true\"|true)|\"(smtps|imaps|pop3s)\"|mail\\.(smtp|imap|pop3)\\.host\"\\]?\\s*(,|=|to)\\s*\"(localhost|127\\.0\\.0\\.1)\"" "type")
  (#set! variant "mail-tls-off"))

((call_expression
   [
     (identifier) @_put
     (navigation_expression
       (identifier) @_put .)
   ]
   (value_arguments
     .
     (value_argument
       (string_literal) @_key)
     .
     (value_argument
       (_) @_value) .)) @finding
  (#any-of? @_put "put" "setProperty")
  (#match? @_key "^\"mail\\.(smtp|imap|pop3)\\.starttls\\.enable\"$")
  (#match? @_value "^(\"false\"|false)$")
  (#sc-not-mentions? @finding "mail\\.(smtp|imap|pop3)\\.ssl\\.enable\"\\]?\\s*(,|=|to)\\s*(\"true\"|true)|\"(smtps|imaps|pop3s)\"|mail\\.(smtp|imap|pop3)\\.host\"\\]?\\s*(,|=|to)\\s*\"(localhost|127\\.0\\.0\\.1)\"" "type")
  (#set! variant "mail-tls-off"))

((infix_expression
   (string_literal) @_key
   .
   (identifier) @_to
   .
   (_) @_value) @finding
  (#eq? @_to "to")
  (#match? @_key "^\"mail\\.(smtp|imap|pop3)\\.starttls\\.enable\"$")
  (#match? @_value "^(\"false\"|false)$")
  (#sc-not-mentions? @finding "mail\\.(smtp|imap|pop3)\\.ssl\\.enable\"\\]?\\s*(,|=|to)\\s*(\"true\"|true)|\"(smtps|imaps|pop3s)\"|mail\\.(smtp|imap|pop3)\\.host\"\\]?\\s*(,|=|to)\\s*\"(localhost|127\\.0\\.0\\.1)\"" "type")
  (#set! variant "mail-tls-off"))

; ---- OkHttp: the CLEARTEXT connection spec -----------------------------------------------
; OkHttpClient.Builder().connectionSpecs(listOf(ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT))
; private val SPECS = listOf(ConnectionSpec.CLEARTEXT); builder.connectionSpecs(SPECS)
((navigation_expression
   (identifier) @_spec
   .
   (identifier) @_cleartext .) @source
  (#eq? @_spec "ConnectionSpec")
  (#eq? @_cleartext "CLEARTEXT")
  (#set! flow "okhttp")
  (#set! variant "okhttp-cleartext-spec"))

((call_expression
   (navigation_expression
     (identifier) @_specs .)
   (value_arguments
     (value_argument
       (_) @sink)))
  (#eq? @_specs "connectionSpecs")
  (#set! flow "okhttp"))

; ---- ftp://, telnet:// and mqtt:// URLs --------------------------------------------------
; const val MIRROR = "ftp://mirror.shop.io/pub"; URL(MIRROR).openStream(); "telnet://$host"
; (sftp://, ftps://, mqtts:// are other schemes and never match; loopback and placeholder
; hosts are left out by #sc-cleartext-url?)
([(string_literal) (multiline_string_literal)] @source
  (#sc-cleartext-url? @source "ftp telnet mqtt")
  (#sc-not-kept-under? @source "not-url-names")
  (#set! flow "url"))

; Eclipse Paho: MqttClient("tcp://broker.shop.io:1883", clientId), MqttAndroidClient(ctx, uri, id)
((string_literal) @source
  (#sc-cleartext-url? @source "tcp")
  (#set! flow "paho"))

((call_expression
   [
     (identifier) @_client
     (navigation_expression
       (identifier) @_client .)
   ]
   (value_arguments
     (value_argument
       (_) @sink)))
  (#match? @_client "^(MqttClient|MqttAsyncClient|MqttAndroidClient|setServerURIs)$")
  (#set! flow "paho"))

((assignment
   left: (navigation_expression
     (identifier) @_client .)
   right: (_) @sink)
  (#eq? @_client "serverURIs")
  (#set! flow "paho"))

; A link only handed to another app (an ACTION_VIEW intent): the app itself sends nothing over
; it, but the app that opens it will (variant `external-app`, a note). Written first: a sink the
; general patterns below also match plays this part.
((call_expression
  (value_arguments
    (value_argument
      (_) @sink .))) @_call
  (#sc-sink-call? @_call)
  (#sc-opened-in-external-browser? @sink)
  (#set! flow "url")
  (#set! variant "external-app"))

((call_expression
  (navigation_expression
    (_) @sink
    .
    (identifier) @_method .)) @_call
  (#sc-in-list? @_method "url-conversion-members")
  (#sc-sink-call? @_call)
  (#sc-opened-in-external-browser? @sink)
  (#set! flow "url")
  (#set! variant "external-app"))

; URL(MIRROR_URL), any call that may send it; "ftp://$host/pub".toUri() and other conversions
((call_expression
  (value_arguments
    (value_argument
      (_) @sink .))) @_call
  (#sc-sink-call? @_call)
  (#set! flow "url"))

((call_expression
  (navigation_expression
    (_) @sink
    .
    (identifier) @_method .)) @_call
  (#sc-in-list? @_method "url-conversion-members")
  (#sc-sink-call? @_call)
  (#set! flow "url"))
