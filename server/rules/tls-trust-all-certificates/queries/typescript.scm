; TLS options and handlers that accept any server certificate (CWE-295), for Node.js
; (https, tls, axios, got, undici, ws, node-fetch, request, pg, mongodb, mssql), Electron,
; Cordova / Ionic and React Native HTTP libraries. Only literal values are reported: an
; expression such as `rejectUnauthorized: process.env.NODE_ENV === 'production'` is a
; decision made at run time, not a switch left off. Electron's `app.commandLine`
; switch `ignore-certificate-errors` and headless-browser options belong to
; tls-webview-ssl-error-proceed; NODE_TLS_REJECT_UNAUTHORIZED to tls-reject-unauthorized-env.

; new https.Agent({ rejectUnauthorized: false }), tls.connect(port, host, { rejectUnauthorized: false }),
; axios.create({ httpsAgent: new Agent({ rejectUnauthorized: false }) }),
; new undici.Agent({ connect: { rejectUnauthorized: false } }), got(url, { https: { rejectUnauthorized: false } }),
; new WebSocket(url, { rejectUnauthorized: false }), new pg.Pool({ ssl: { rejectUnauthorized: false } }),
; request({ url, strictSSL: false }), MongoClient.connect(uri, { sslValidate: false })
; A server decides about *client* certificates with this flag (mutual TLS), not about the
; server's: options with `requestCert` (unless `requestCert: false`) or `isServer: true`, and
; options passed straight to a server constructor (`https.createServer({ key, cert,
; rejectUnauthorized: false }, app)`) are left alone. So is a connection made only to read the
; peer's certificate or to pin it by hand (`getPeerCertificate()` in the same function).
((object
  (pair
    key: [(property_identifier) (string)] @_key
    value: (false) @value) @finding) @_object
  (#match? @_key "^['\"]?(rejectUnauthorized|strictSSL|sslValidate)['\"]?$")
  (#not-match? @_object "requestCert\\s*(:\\s*[^f\\s]|[,}])|isServer\\s*:\\s*true")
  (#sc-not-argument-of? @_object "^(createServer|createSecureServer|createHttpsServer|createHttp2SecureServer|createTlsServer|Server|SecureServer)$")
  (#sc-function-no-call? @finding "^(getPeerCertificate|getPeerX509Certificate)$"))

; RNFetchBlob.config({ trusty: true }), react-native-ssl-pinning fetch(url, { disableAllSecurity: true }),
; MongoClient.connect(uri, { tlsAllowInvalidCertificates: true }) / { tlsInsecure: true },
; mssql / tedious { options: { trustServerCertificate: true } }
(pair
  key: [(property_identifier) (string)] @_key
  value: (true)
  (#match? @_key "^['\"]?(trusty|disableAllSecurity|tlsAllowInvalidCertificates|tlsInsecure|trustServerCertificate)['\"]?$")) @finding

; https.globalAgent.options.rejectUnauthorized = false; opts.strictSSL = false;
; options['rejectUnauthorized'] = false
(assignment_expression
  left: [
    (member_expression
      property: (property_identifier) @_key)
    (subscript_expression
      index: (string) @_key)
  ]
  right: (false) @value
  (#match? @_key "^['\"]?(rejectUnauthorized|strictSSL|sslValidate)['\"]?$")) @finding

; const rejectUnauthorized = false; … https.request({ host, rejectUnauthorized })
(variable_declarator
  name: (identifier) @_key
  value: (false) @value
  (#any-of? @_key "rejectUnauthorized" "strictSSL")) @finding

; class Client { private rejectUnauthorized = false }
(public_field_definition
  name: (property_identifier) @_key
  value: (false) @value
  (#any-of? @_key "rejectUnauthorized" "strictSSL")) @finding

; session.defaultSession.setCertificateVerifyProc((request, callback) => callback(0))
; (0 = accept; also the pre-Electron-2 `(hostname, cert, callback) => callback(true)`).
; A proc that ever answers something else (-2 reject, -3 "use Chromium's verdict", a
; computed result) is a real check and stays silent.
((call_expression
  function: (member_expression
    property: (property_identifier) @finding)
  arguments: (arguments
    [
      (arrow_function
        parameters: (formal_parameters
          (_
            pattern: (identifier) @_callback) .)
        body: (_) @_body)
      (function_expression
        parameters: (formal_parameters
          (_
            pattern: (identifier) @_callback) .)
        body: (_) @_body)
    ]))
  (#eq? @finding "setCertificateVerifyProc")
  (#sc-always-calls-with? @_body @_callback "^(\\?\\.)?\\(\\s*(0|true)\\s*\\)$"))

; app.on('certificate-error', (event, webContents, url, error, certificate, callback) => {
;   event.preventDefault(); callback(true) })   — also webContents.on / once / addListener.
; Handlers that ever answer callback(false) (e.g. accept one pinned certificate) stay silent.
((call_expression
  function: (member_expression
    property: (property_identifier) @_on)
  arguments: (arguments
    .
    (string
      (string_fragment) @_event) @finding
    .
    [
      (arrow_function
        parameters: (formal_parameters
          (_
            pattern: (identifier) @_callback) .)
        body: (_) @_body)
      (function_expression
        parameters: (formal_parameters
          (_
            pattern: (identifier) @_callback) .)
        body: (_) @_body)
    ]))
  (#any-of? @_on "on" "once" "addListener" "prependListener" "prependOnceListener")
  (#eq? @_event "certificate-error")
  (#sc-always-calls-with? @_body @_callback "^(\\?\\.)?\\(\\s*true\\s*\\)$"))

; cordova.plugin.http.setServerTrustMode('nocheck', ok, fail); this.http.setServerTrustMode('nocheck')
; (Ionic Native HTTP); the 2.x name setSSLCertMode('nocheck')
((call_expression
  function: (member_expression
    property: (property_identifier) @_method)
  arguments: (arguments
    .
    (string
      (string_fragment) @_mode) @finding))
  (#any-of? @_method "setServerTrustMode" "setSSLCertMode")
  (#eq? @_mode "nocheck"))

; cordovaHTTP.acceptAllCerts(true, ok, fail) (cordova-HTTP / advanced-http before 2.0)
((call_expression
  function: (member_expression
    property: (property_identifier) @finding)
  arguments: (arguments
    .
    (true)))
  (#eq? @finding "acceptAllCerts"))

; superagent.get(url).disableTLSCerts()
((call_expression
  function: (member_expression
    property: (property_identifier) @finding))
  (#eq? @finding "disableTLSCerts"))
