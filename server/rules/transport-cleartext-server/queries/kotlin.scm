; Servers that listen for application traffic without TLS (CWE-319) in Kotlin: ServerSocket,
; ServerSocketChannel, the JDK's com.sun.net.httpserver HttpServer, Ktor's embeddedServer and
; NanoHTTPD. On a phone there is no proxy in front: every device on the same network can
; connect (variant `device-server`). Silent when the server is bound to a loopback address
; (#sc-not-loopback-address?: `ServerSocket(port, 50, InetAddress.getLoopbackAddress())`,
; `embeddedServer(Netty, port, host = "127.0.0.1")`, `NanoHTTPD("localhost", port)`), when the
; class uses TLS (SSLServerSocket, SSLContext, SSLEngine), for Ktor servers with an
; `sslConnector` and NanoHTTPD servers made secure (`makeSecure`). SSLServerSocketFactory and
; HttpsServer are other names; Android's LocalServerSocket is a Unix socket. Debug-only code
; and previews are left out by `ignoreIn` (rule.yaml).

; ServerSocket(8080), ServerSocket(port, backlog): every interface
((call_expression
   (identifier) @_type
   (value_arguments
     .
     (value_argument)
     .
     (value_argument)? .)) @finding
  (#eq? @_type "ServerSocket")
  (#sc-not-mentions? @finding "SSLServerSocket|SSLContext|SSLEngine|SSLSocket|startHandshake" "type")
  (#set! variant "device-server"))

; ServerSocket(port, backlog, bindAddress): not when the address is loopback
((call_expression
   (identifier) @_type
   (value_arguments
     (value_argument)
     .
     (value_argument)
     .
     (value_argument
       (_) @_address) .)) @finding
  (#eq? @_type "ServerSocket")
  (#sc-not-loopback-address? @_address)
  (#sc-not-mentions? @finding "SSLServerSocket|SSLContext|SSLEngine|SSLSocket|startHandshake" "type")
  (#set! variant "device-server"))

; val server = ServerSocket(); server.bind(InetSocketAddress(port)); ServerSocketChannel.open().bind(…)
((call_expression
   (navigation_expression
     (_) @_server
     .
     (identifier) @_bind .)
   (value_arguments
     .
     (value_argument
       (_) @_address))) @finding
  (#eq? @_bind "bind")
  (#sc-declared-as? @_server "(^|=)\\s*(java\\.net\\.)?ServerSocket\\(|ServerSocketChannel\\.open\\(|HttpServer\\.create\\(")
  (#sc-not-loopback-address? @_address)
  (#sc-not-mentions? @finding "SSLServerSocket|SSLContext|SSLEngine|SSLSocket|startHandshake" "type")
  (#set! variant "device-server"))

; ServerSocket().apply { reuseAddress = true; bind(InetSocketAddress(port)) }
((call_expression
   (identifier) @_bind
   (value_arguments
     .
     (value_argument
       (_) @_address))) @finding
  (#eq? @_bind "bind")
  (#sc-made-by? @finding "^(ServerSocket|ServerSocketChannel)$" "receiver")
  (#sc-not-loopback-address? @_address)
  (#sc-not-mentions? @finding "SSLServerSocket|SSLContext|SSLEngine|SSLSocket|startHandshake" "type")
  (#set! variant "device-server"))

; HttpServer.create(InetSocketAddress(8080), 0) (com.sun.net.httpserver; HttpsServer is TLS)
((call_expression
   (navigation_expression
     (_) @_class
     .
     (identifier) @_create .)
   (value_arguments
     .
     (value_argument
       (_) @_address))) @finding
  (#match? @_class "(^|\\.)HttpServer$")
  (#eq? @_create "create")
  (#sc-not-loopback-address? @_address)
  (#set! variant "device-server"))

; Ktor: embeddedServer(Netty, port = 8080) { routing { … } }.start(wait = true); embeddedServer(CIO, 8080)
; (not with `host = "127.0.0.1"`, also set in a `connector { }` block of the same function, and
; not in a file that configures an sslConnector)
((call_expression
   (identifier) @_embedded
   (value_arguments)) @finding
  (#eq? @_embedded "embeddedServer")
  (#not-match? @finding "\\bhost\\s*=")
  (#sc-not-mentions? @finding "sslConnector" "file")
  (#sc-not-mentions? @finding "host\\s*=\\s*\"(localhost|127\\.0\\.0\\.1)\"" "member")
  (#set! variant "device-server"))

((call_expression
   (identifier) @_embedded
   (value_arguments
     (value_argument
       (identifier) @_label
       (_) @_host))) @finding
  (#eq? @_embedded "embeddedServer")
  (#eq? @_label "host")
  (#sc-not-loopback-address? @_host)
  (#sc-not-mentions? @finding "sslConnector" "file")
  (#set! variant "device-server"))

; NanoHTTPD: class WebServer(port: Int) : NanoHTTPD(port); object : NanoHTTPD(8080) { … };
; NanoHTTPD(hostname, port) with a hostname that is not loopback (also NanoWSD,
; SimpleWebServer, RouterNanoHTTPD)
((constructor_invocation
   (user_type
     (identifier) @_type)
   (value_arguments
     .
     (value_argument) .)) @finding
  (#any-of? @_type "NanoHTTPD" "NanoWSD" "SimpleWebServer" "RouterNanoHTTPD")
  (#sc-not-mentions? @finding "makeSecure|makeSSLSocketFactory" "file")
  (#set! variant "device-server"))

((constructor_invocation
   (user_type
     (identifier) @_type)
   (value_arguments
     .
     (value_argument
       (_) @_host)
     .
     (value_argument) .)) @finding
  (#any-of? @_type "NanoHTTPD" "NanoWSD" "SimpleWebServer" "RouterNanoHTTPD")
  (#sc-not-loopback-address? @_host)
  (#sc-not-mentions? @finding "makeSecure|makeSSLSocketFactory" "file")
  (#set! variant "device-server"))
