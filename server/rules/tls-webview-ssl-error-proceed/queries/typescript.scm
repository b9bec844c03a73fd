; Web views that keep loading after a certificate error (CWE-295), on the JavaScript side of
; hybrid and desktop shells: Chromium switches in Electron (and in any Chromium a script
; launches), and the "ignore HTTPS errors" options of headless browsers (Puppeteer, Playwright,
; WebdriverIO / Selenium). Electron `certificate-error` handlers answering callback(true) and
; setCertificateVerifyProc belong to tls-trust-all-certificates. React Native WebView and
; Capacitor expose no such switch (their Android onReceivedSslError is Java/Kotlin code), and
; cordova-plugin-advanced-http's setServerTrustMode('nocheck') is an HTTP client: trust-all.
; Silent: the same options set to false, `ignore-certificate-errors-spki-list` (an allow
; list of pinned keys), messages that merely name the switch.

; app.commandLine.appendSwitch('ignore-certificate-errors')   (Electron main process)
((call_expression
  function: (member_expression
    property: (property_identifier) @_method)
  arguments: (arguments
    .
    [(string) (template_string)] @finding))
  (#any-of? @_method "appendSwitch" "appendArgument")
  (#match? @finding "^.(--)?ignore-certificate-errors.$"))

; puppeteer.launch({ args: ['--no-sandbox', '--ignore-certificate-errors'] }),
; new chrome.Options().addArguments('--ignore-certificate-errors'), phantomjs ['--ignore-ssl-errors=true']
([
  (array [(string) (template_string)] @finding)
  (pair value: [(string) (template_string)] @finding)
 ]
  (#match? @finding "^.--(ignore-certificate-errors|ignore-ssl-errors)(=(true|yes|1))?.$"))

((call_expression
  arguments: (arguments
    [(string) (template_string)] @finding)) @_call
  (#match? @finding "^.--(ignore-certificate-errors|ignore-ssl-errors)(=(true|yes|1))?.$")
  (#sc-may-send? @_call))

; puppeteer.launch({ ignoreHTTPSErrors: true }), browser.newContext({ ignoreHTTPSErrors: true }),
; playwright.config.ts `use: { ignoreHTTPSErrors: true }`, puppeteer >= 22 { acceptInsecureCerts: true },
; WebdriverIO / Selenium capabilities { acceptInsecureCerts: true } (legacy acceptSslCerts)
(pair
  key: [(property_identifier) (string)] @_key
  value: (true) @value
  (#match? @_key "^['\"]?(ignoreHTTPSErrors|ignoreHttpsErrors|acceptInsecureCerts|acceptSslCerts)['\"]?$")) @finding

; launchOptions.ignoreHTTPSErrors = true; caps['acceptInsecureCerts'] = true
(assignment_expression
  left: [
    (member_expression
      property: (property_identifier) @_key)
    (subscript_expression
      index: (string) @_key)
  ]
  right: (true) @value
  (#match? @_key "^['\"]?(ignoreHTTPSErrors|ignoreHttpsErrors|acceptInsecureCerts|acceptSslCerts)['\"]?$")) @finding

; new Capabilities().setAcceptInsecureCerts(true)   (selenium-webdriver)
((call_expression
  function: (member_expression
    property: (property_identifier) @finding)
  arguments: (arguments
    .
    (true) @value))
  (#eq? @finding "setAcceptInsecureCerts"))

; cdp.send('Security.setIgnoreCertificateErrors', { ignore: true })   (Chrome DevTools Protocol)
((call_expression
  arguments: (arguments
    .
    (string
      (string_fragment) @_command) @finding
    .
    (object
      (pair
        key: (property_identifier) @_key
        value: (true) @value))))
  (#eq? @_command "Security.setIgnoreCertificateErrors")
  (#eq? @_key "ignore"))
