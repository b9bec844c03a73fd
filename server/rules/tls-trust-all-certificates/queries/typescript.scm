; TLS options and handlers that accept any server certificate (CWE-295), for Node.js
; (https, tls, axios, got, undici, ws, node-fetch, request, pg, mongodb, mssql), Electron,
; Cordova / Ionic and React Native HTTP libraries. The switches are flows: the literal
; `false` / `true` / 'nocheck' / accepting callback (the source) may be written in the option
; or reach it through constants, fields, helpers and spreads (the sink is the option). An
; expression such as `rejectUnauthorized: process.env.NODE_ENV === 'production'` is a
; decision made at run time, not a switch left off, and stays silent. Electron's `app.commandLine`
; switch `ignore-certificate-errors` and headless-browser options belong to
; tls-webview-ssl-error-proceed; NODE_TLS_REJECT_UNAUTHORIZED to tls-reject-unauthorized-env.

; ---- flow "off": a `false` that reaches an option which turns the server check off ------
; The `false` may sit in the option itself or reach it through a constant, a field, a
; helper's return or a `??` default; the finding sits on the option's value and points back
; to the `false`. A choice between literals (`isDev ? false : true`) is a decision made at
; run time, like a comparison, and stays silent.

; false   (in `rejectUnauthorized: false`, `const verify = false`, `return false`, …)
((false) @source
  (#set! flow "off"))

; isDev ? false : true
((ternary_expression) @sanitizer
  (#set! flow "off"))

; new https.Agent({ rejectUnauthorized: false }), tls.connect(port, host, { rejectUnauthorized: false }),
; axios.create({ httpsAgent: new Agent({ rejectUnauthorized: false }) }),
; new undici.Agent({ connect: { rejectUnauthorized: false } }), got(url, { https: { rejectUnauthorized: false } }),
; new WebSocket(url, { rejectUnauthorized: false }), new pg.Pool({ ssl: { rejectUnauthorized: false } }),
; request({ url, strictSSL: false }), MongoClient.connect(uri, { sslValidate: false }),
; const verify = false; new https.Agent({ rejectUnauthorized: verify }),
; const base = { rejectUnauthorized: false }; https.request(url, { ...base, timeout })
; A server decides about *client* certificates with this flag (mutual TLS), not about the
; server's: options with `requestCert` (unless `requestCert: false`) or `isServer: true`, and
; options that only ever reach a server constructor (`https.createServer({ key, cert,
; rejectUnauthorized: false }, app)`, also through a local or a helper) are left alone. So
; are options nobody reads (overwritten before use, or replaced by a later
; `{ ...base, rejectUnauthorized: true }`), and a connection made only to read the peer's
; certificate or to pin it by hand (`getPeerCertificate()` in the same function).
((object
  (pair
    key: [(property_identifier) (string)] @_key
    value: (_) @sink)) @_object
  (#set! flow "off")
  (#match? @_key "^['\"]?(rejectUnauthorized|strictSSL|sslValidate)['\"]?$")
  (#not-match? @_object "requestCert\\s*(:\\s*[^f\\s]|[,}])|isServer\\s*:\\s*true")
  (#sc-not-argument-of? @sink "^(createServer|createSecureServer|createHttpsServer|createHttp2SecureServer|createTlsServer|Server|SecureServer)$")
  (#sc-value-used? @sink)
  (#sc-function-no-call? @sink "^(getPeerCertificate|getPeerX509Certificate)$"))

; const rejectUnauthorized = false; https.request({ host, rejectUnauthorized })
((object
  (shorthand_property_identifier) @sink) @_object
  (#set! flow "off")
  (#any-of? @sink "rejectUnauthorized" "strictSSL" "sslValidate")
  (#not-match? @_object "requestCert\\s*(:\\s*[^f\\s]|[,}])|isServer\\s*:\\s*true")
  (#sc-not-argument-of? @sink "^(createServer|createSecureServer|createHttpsServer|createHttp2SecureServer|createTlsServer|Server|SecureServer)$")
  (#sc-value-used? @sink)
  (#sc-function-no-call? @sink "^(getPeerCertificate|getPeerX509Certificate)$"))

; https.globalAgent.options.rejectUnauthorized = false; opts.strictSSL = false;
; options['rejectUnauthorized'] = false; this.agentOptions.rejectUnauthorized = insecure
((assignment_expression
  left: [
    (member_expression
      property: (property_identifier) @_key)
    (subscript_expression
      index: (string) @_key)
  ]
  right: (_) @sink)
  (#set! flow "off")
  (#match? @_key "^['\"]?(rejectUnauthorized|strictSSL|sslValidate)['\"]?$"))

; export const rejectUnauthorized = false;   class Client { rejectUnauthorized = false }
; a flag named like the option and left for other files to read (read in this file, it is
; judged where it is used, by the patterns above)
([
  (variable_declarator
    name: (identifier) @_key
    value: (_) @sink)
  (public_field_definition
    name: (property_identifier) @_key
    value: (_) @sink)
 ]
  (#set! flow "off")
  (#any-of? @_key "rejectUnauthorized" "strictSSL")
  (#sc-used-beyond? @_key "logged compared host ui namespace debug unused sent"))

; ---- flow "on": a `true` that reaches an option which accepts any certificate ---------

; true
((true) @source
  (#set! flow "on"))

((ternary_expression) @sanitizer
  (#set! flow "on"))

; RNFetchBlob.config({ trusty: true }), react-native-ssl-pinning fetch(url, { disableAllSecurity: true }),
; MongoClient.connect(uri, { tlsAllowInvalidCertificates: true }) / { tlsInsecure: true },
; mssql / tedious { options: { trustServerCertificate: true } }; const trusty = true; config({ trusty })
([
  (pair
    key: [(property_identifier) (string)] @_key
    value: (_) @sink)
  (shorthand_property_identifier) @_key @sink
 ]
  (#set! flow "on")
  (#match? @_key "^['\"]?(trusty|disableAllSecurity|tlsAllowInvalidCertificates|tlsInsecure|trustServerCertificate)['\"]?$")
  (#sc-value-used? @sink))

; cordovaHTTP.acceptAllCerts(true, ok, fail) (cordova-HTTP / advanced-http before 2.0)
((call_expression
  function: (member_expression
    property: (property_identifier) @_method)
  arguments: (arguments
    .
    (_) @sink))
  (#set! flow "on")
  (#eq? @_method "acceptAllCerts"))

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

; ---- flows "proc" and "handler": the same callbacks declared apart and passed by name ----
; const acceptAll = (request, callback) => callback(0); session.setCertificateVerifyProc(acceptAll)
; function trustAll(event, wc, url, error, cert, callback) { callback(true) } app.on('certificate-error', trustAll)

; a function whose last parameter (the callback) only ever gets 0 / true
([
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
  (function_declaration
    parameters: (formal_parameters
      (_
        pattern: (identifier) @_callback) .)
    body: (_) @_body)
  (method_definition
    parameters: (formal_parameters
      (_
        pattern: (identifier) @_callback) .)
    body: (_) @_body)
 ] @source
  (#set! flow "proc")
  (#sc-always-calls-with? @_body @_callback "^(\\?\\.)?\\(\\s*(0|true)\\s*\\)$"))

; session.defaultSession.setCertificateVerifyProc(acceptAll), …(this.verify)
((call_expression
  function: (member_expression
    property: (property_identifier) @_method)
  arguments: (arguments
    .
    [(identifier) (member_expression)] @sink .))
  (#set! flow "proc")
  (#eq? @_method "setCertificateVerifyProc"))

; a function whose last parameter (the callback) only ever gets true
([
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
  (function_declaration
    parameters: (formal_parameters
      (_
        pattern: (identifier) @_callback) .)
    body: (_) @_body)
  (method_definition
    parameters: (formal_parameters
      (_
        pattern: (identifier) @_callback) .)
    body: (_) @_body)
 ] @source
  (#set! flow "handler")
  (#sc-always-calls-with? @_body @_callback "^(\\?\\.)?\\(\\s*true\\s*\\)$"))

; app.on('certificate-error', trustAll), win.webContents.once('certificate-error', this.onCertificateError)
((call_expression
  function: (member_expression
    property: (property_identifier) @_on)
  arguments: (arguments
    .
    (string
      (string_fragment) @_event)
    .
    [(identifier) (member_expression)] @sink .))
  (#set! flow "handler")
  (#any-of? @_on "on" "once" "addListener" "prependListener" "prependOnceListener")
  (#eq? @_event "certificate-error"))

; ---- flow "mode": the 'nocheck' trust mode of cordova-plugin-advanced-http ---------------

; 'nocheck'
((string
  (string_fragment) @_mode) @source
  (#set! flow "mode")
  (#eq? @_mode "nocheck"))

; cordova.plugin.http.setServerTrustMode('nocheck', ok, fail); this.http.setServerTrustMode('nocheck')
; (Ionic Native HTTP); the 2.x name setSSLCertMode('nocheck'); const mode = 'nocheck'; setServerTrustMode(mode)
((call_expression
  function: (member_expression
    property: (property_identifier) @_method)
  arguments: (arguments
    .
    (_) @sink))
  (#set! flow "mode")
  (#any-of? @_method "setServerTrustMode" "setSSLCertMode"))

; superagent.get(url).disableTLSCerts()
((call_expression
  function: (member_expression
    property: (property_identifier) @finding))
  (#eq? @finding "disableTLSCerts"))
