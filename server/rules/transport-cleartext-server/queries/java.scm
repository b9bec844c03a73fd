; Servers that listen for application traffic without TLS (CWE-319) in Java: ServerSocket,
; ServerSocketChannel, the JDK's com.sun.net.httpserver HttpServer and NanoHTTPD. On a phone
; there is no proxy in front: every device on the same network can connect (variant
; `device-server`). Silent when the server is bound to a loopback address
; (#sc-not-loopback-address?: `new ServerSocket(port, 50, InetAddress.getLoopbackAddress())`,
; `bind(new InetSocketAddress("127.0.0.1", port))`), when the class uses TLS (SSLServerSocket,
; SSLContext, SSLEngine: accepted sockets wrapped in TLS), and for NanoHTTPD servers made secure
; (`makeSecure`). SSLServerSocketFactory and HttpsServer are other names and never match.
; Android's LocalServerSocket (a Unix socket) is another name too. Debug-only code is left out
; by `ignoreIn` (rule.yaml).

; new ServerSocket(8080), new ServerSocket(port, backlog): every interface
((object_creation_expression
   type: [(type_identifier) (scoped_type_identifier)] @_type
   arguments: (argument_list
     .
     (_)
     .
     (_)? .)) @finding
  (#match? @_type "(^|\\.)ServerSocket$")
  (#sc-not-mentions? @finding "SSLServerSocket|SSLContext|SSLEngine|SSLSocket|startHandshake" "type")
  (#set! variant "device-server"))

; new ServerSocket(port, backlog, bindAddress): not when the address is loopback
((object_creation_expression
   type: [(type_identifier) (scoped_type_identifier)] @_type
   arguments: (argument_list
     (_)
     .
     (_)
     .
     (_) @_address .)) @finding
  (#match? @_type "(^|\\.)ServerSocket$")
  (#sc-not-loopback-address? @_address)
  (#sc-not-mentions? @finding "SSLServerSocket|SSLContext|SSLEngine|SSLSocket|startHandshake" "type")
  (#set! variant "device-server"))

; ServerSocket server = new ServerSocket(); server.bind(new InetSocketAddress(port));
; ServerSocketChannel.open().bind(new InetSocketAddress(8080)); HttpServer.create() then bind
((method_invocation
   object: (_) @_server
   name: (identifier) @_bind
   arguments: (argument_list
     .
     (_) @_address)) @finding
  (#eq? @_bind "bind")
  (#sc-declared-as? @_server "new\\s+(java\\.net\\.)?ServerSocket\\(|ServerSocketChannel\\.open\\(|HttpServer\\.create\\(")
  (#sc-not-loopback-address? @_address)
  (#sc-not-mentions? @finding "SSLServerSocket|SSLContext|SSLEngine|SSLSocket|startHandshake" "type")
  (#set! variant "device-server"))

; HttpServer.create(new InetSocketAddress(8080), 0) (com.sun.net.httpserver; HttpsServer is TLS)
((method_invocation
   object: (_) @_class
   name: (identifier) @_create
   arguments: (argument_list
     .
     (_) @_address)) @finding
  (#match? @_class "(^|\\.)HttpServer$")
  (#eq? @_create "create")
  (#sc-not-loopback-address? @_address)
  (#set! variant "device-server"))

; NanoHTTPD: class WebServer extends NanoHTTPD { WebServer() { super(8080); } }, super(host, port),
; new NanoHTTPD(8080) { … } (also NanoWSD, SimpleWebServer, RouterNanoHTTPD subclasses)
((explicit_constructor_invocation
   constructor: (super)
   arguments: (argument_list
     .
     (_) @_port .)) @finding
  (#sc-mentions? @finding "extends\\s+([\\w.]+\\.)?(NanoHTTPD|NanoWSD|SimpleWebServer|RouterNanoHTTPD)\\b" "file")
  (#sc-not-mentions? @finding "makeSecure|makeSSLSocketFactory" "file")
  (#set! variant "device-server"))

((explicit_constructor_invocation
   constructor: (super)
   arguments: (argument_list
     .
     (_) @_host
     .
     (_) .)) @finding
  (#sc-mentions? @finding "extends\\s+([\\w.]+\\.)?(NanoHTTPD|NanoWSD|SimpleWebServer|RouterNanoHTTPD)\\b" "file")
  (#sc-not-loopback-address? @_host)
  (#sc-not-mentions? @finding "makeSecure|makeSSLSocketFactory" "file")
  (#set! variant "device-server"))

((object_creation_expression
   type: (type_identifier) @_type
   arguments: (argument_list
     .
     (_) @_port .)
   (class_body)) @finding
  (#any-of? @_type "NanoHTTPD" "NanoWSD" "SimpleWebServer" "RouterNanoHTTPD")
  (#sc-not-mentions? @finding "makeSecure|makeSSLSocketFactory" "file")
  (#set! variant "device-server"))
