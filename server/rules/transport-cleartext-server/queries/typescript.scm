; Servers that listen for application traffic without TLS (CWE-319), in Node: http / net
; servers, Express, Koa, Fastify, Connect, Polka, Restify and hapi apps, and ws WebSocket
; servers with their own port. Most such servers run behind a proxy or load balancer that
; terminates TLS, so findings are notes of low confidence (rule.yaml) and the rule stays
; silent wherever the file shows the traffic is local or protected:
; - the file also makes a TLS server (`https.createServer`, `http2.createSecureServer`,
;   `tls.createServer`, imports `https`, `fastify({ https: … })`): the plain one is usually a
;   redirect to it, or TLS is a setting;
; - the server is bound to a loopback address or a local socket (#sc-not-loopback-address?:
;   `listen(port, "127.0.0.1")`, `listen({ port, host: "localhost" })`, `listen("/tmp/app.sock")`);
; - development servers: webpack / Vite dev servers, json-server, BrowserSync, livereload, and
;   servers named as mocks, stubs or fakes; servers on port 0 (a port the OS picks, that only
;   the code that asked learns: test helpers and one-off OAuth callbacks); test files and `scripts/` are not scanned, and
;   `ignoreIn: [debug-only]` leaves out `if (process.env.NODE_ENV !== "production")` branches.
; The finding sits on the `listen(…)` call (or the `new WebSocketServer(…)` / `Hapi.server(…)`
; that opens the port).

; ---- listen(…) on an HTTP or TCP server ------------------------------------------------
; http.createServer(app).listen(3000); const app = express(); app.listen(process.env.PORT);
; new Koa().listen(8080) (a port alone: every interface)
((call_expression
   function: (member_expression
     object: (_) @_server
     property: (property_identifier) @_listen)
   arguments: (arguments
     .
     (_) @_port .)) @finding
  (#eq? @_listen "listen")
  (#not-match? @_port "^([{]|0$)")
  (#sc-made-by? @_server "^(createServer|express|Koa|fastify|Fastify|connect|polka|restify|Server|Application)$")
  (#not-match? @_server "[Mm]ock|[Ss]tub|[Ff]ake|[Dd]ev[A-Z_]|^dev")
  (#sc-not-loopback-address? @_port)
  (#sc-not-mentions? @finding "https\\.createServer|createSecureServer|tls\\.createServer|require\\(\\s*['\"](node:)?https['\"]\\s*\\)|from\\s+['\"](node:)?https['\"]|\\bhttps\\s*:\\s*[{A-Za-z_$]|\\bwebpack|\\bvite\\b|WebpackDevServer|devServer|json-server|browser-sync|livereload" "file"))

; server.listen(port, "0.0.0.0", cb); app.listen(PORT, () => log(…)); app.listen(config.port, config.host)
; (not listen(port, "127.0.0.1") / listen(port, "localhost"), nor a local socket path)
((call_expression
   function: (member_expression
     object: (_) @_server
     property: (property_identifier) @_listen)
   arguments: (arguments
     .
     (_) @_port
     .
     (_) @_host)) @finding
  (#eq? @_listen "listen")
  (#not-match? @_port "^([{]|0$)")
  (#sc-made-by? @_server "^(createServer|express|Koa|fastify|Fastify|connect|polka|restify|Server|Application)$")
  (#not-match? @_server "[Mm]ock|[Ss]tub|[Ff]ake|[Dd]ev[A-Z_]|^dev")
  (#sc-not-loopback-address? @_port)
  (#sc-not-loopback-address? @_host)
  (#sc-not-mentions? @finding "https\\.createServer|createSecureServer|tls\\.createServer|require\\(\\s*['\"](node:)?https['\"]\\s*\\)|from\\s+['\"](node:)?https['\"]|\\bhttps\\s*:\\s*[{A-Za-z_$]|\\bwebpack|\\bvite\\b|WebpackDevServer|devServer|json-server|browser-sync|livereload" "file"))

; fastify.listen({ port: 3000, host: "0.0.0.0" }); server.listen({ port }) (no host: every interface)
; (not { host: "127.0.0.1" }, nor { path: "/tmp/app.sock" })
((call_expression
   function: (member_expression
     object: (_) @_server
     property: (property_identifier) @_listen)
   arguments: (arguments
     .
     (object) @_options)) @finding
  (#eq? @_listen "listen")
  (#not-match? @_options "\\b(host|path)\\s*:")
  (#sc-made-by? @_server "^(createServer|express|Koa|fastify|Fastify|connect|polka|restify|Server|Application)$")
  (#not-match? @_server "[Mm]ock|[Ss]tub|[Ff]ake|[Dd]ev[A-Z_]|^dev")
  (#sc-not-mentions? @finding "https\\.createServer|createSecureServer|tls\\.createServer|require\\(\\s*['\"](node:)?https['\"]\\s*\\)|from\\s+['\"](node:)?https['\"]|\\bhttps\\s*:\\s*[{A-Za-z_$]|\\bwebpack|\\bvite\\b|WebpackDevServer|devServer|json-server|browser-sync|livereload" "file"))

((call_expression
   function: (member_expression
     object: (_) @_server
     property: (property_identifier) @_listen)
   arguments: (arguments
     .
     (object
       (pair
         key: (property_identifier) @_key
         value: (_) @_host)))) @finding
  (#eq? @_listen "listen")
  (#eq? @_key "host")
  (#sc-made-by? @_server "^(createServer|express|Koa|fastify|Fastify|connect|polka|restify|Server|Application)$")
  (#not-match? @_server "[Mm]ock|[Ss]tub|[Ff]ake|[Dd]ev[A-Z_]|^dev")
  (#sc-not-loopback-address? @_host)
  (#sc-not-mentions? @finding "https\\.createServer|createSecureServer|tls\\.createServer|require\\(\\s*['\"](node:)?https['\"]\\s*\\)|from\\s+['\"](node:)?https['\"]|\\bhttps\\s*:\\s*[{A-Za-z_$]|\\bwebpack|\\bvite\\b|WebpackDevServer|devServer|json-server|browser-sync|livereload" "file"))

; ---- servers that open their port when made ----------------------------------------------
; new WebSocketServer({ port: 8080 }); new WebSocket.Server({ port }) (ws makes its own HTTP
; server; with { server } or { noServer: true } it is attached to one reported above)
; Hapi.server({ port: 3000, host: "0.0.0.0" }) (hapi: no `tls` option)
((new_expression
   constructor: [
     (identifier) @_class
     (member_expression
       property: (property_identifier) @_class)
   ]
   arguments: (arguments
     .
     (object
       [
         (pair
           key: (property_identifier) @_key)
         (shorthand_property_identifier) @_key
       ]) @_options)) @finding
  (#any-of? @_class "WebSocketServer" "Server")
  (#eq? @_key "port")
  (#match? @finding "^new\\s+(WebSocketServer|(WebSocket|ws|WS)\\.Server)\\b")
  (#not-match? @_options "\\bhost\\s*:\\s*['\"](localhost|127\\.0\\.0\\.1|::1)['\"]")
  (#sc-not-mentions? @finding "https\\.createServer|createSecureServer|tls\\.createServer|require\\(\\s*['\"](node:)?https['\"]\\s*\\)|from\\s+['\"](node:)?https['\"]|\\bhttps\\s*:\\s*[{A-Za-z_$]|\\bwebpack|\\bvite\\b|WebpackDevServer|devServer|json-server|browser-sync|livereload" "file"))

([
  (call_expression
    function: (member_expression
      object: (identifier) @_hapi
      property: (property_identifier) @_class)
    arguments: (arguments
      .
      (object
        [
          (pair
            key: (property_identifier) @_key)
          (shorthand_property_identifier) @_key
        ]) @_options))
  (new_expression
    constructor: (member_expression
      object: (identifier) @_hapi
      property: (property_identifier) @_class)
    arguments: (arguments
      .
      (object
        [
          (pair
            key: (property_identifier) @_key)
          (shorthand_property_identifier) @_key
        ]) @_options))
 ] @finding
  (#match? @_hapi "^[Hh]api$")
  (#any-of? @_class "server" "Server")
  (#eq? @_key "port")
  (#not-match? @_options "\\btls\\s*:|\\bhost\\s*:\\s*['\"](localhost|127\\.0\\.0\\.1|::1)['\"]")
  (#sc-not-mentions? @finding "https\\.createServer|createSecureServer|tls\\.createServer|require\\(\\s*['\"](node:)?https['\"]\\s*\\)|from\\s+['\"](node:)?https['\"]|\\bhttps\\s*:\\s*[{A-Za-z_$]|\\bwebpack|\\bvite\\b|WebpackDevServer|devServer|json-server|browser-sync|livereload" "file"))
