; Web views that keep loading after a certificate error (CWE-295), on the JavaScript side of
; hybrid and desktop shells: Chromium switches in Electron (and in any Chromium a script
; launches), and the "ignore HTTPS errors" options of headless browsers (Puppeteer, Playwright,
; WebdriverIO / Selenium). Electron `certificate-error` handlers answering callback(true) and
; setCertificateVerifyProc belong to tls-trust-all-certificates. React Native WebView and
; Capacitor expose no such switch (their Android onReceivedSslError is Java/Kotlin code), and
; cordova-plugin-advanced-http's setServerTrustMode('nocheck') is an HTTP client: trust-all.
; Silent: the same options set to false, `ignore-certificate-errors-spki-list` (an allow
; list of pinned keys), messages that merely name the switch, options nobody reads.
; Both kinds are flows: the switch string or the `true` (the source) may be written where it
; is used or reach it through constants, helpers, spreads and fields (the sink is the use).

; ---- flow "switch": Chromium's switch to ignore certificate errors ----------------------

; 'ignore-certificate-errors', '--ignore-certificate-errors', '--ignore-ssl-errors=yes' (PhantomJS)
([
  (string)
  (template_string)
 ] @source
  (#set! flow "switch")
  (#match? @source "^.(--)?(ignore-certificate-errors|ignore-ssl-errors)(=(true|yes|1))?.$"))

; app.commandLine.appendSwitch('ignore-certificate-errors')   (Electron main process)
; const INSECURE = 'ignore-certificate-errors'; app.commandLine.appendSwitch(INSECURE)
((call_expression
  function: (member_expression
    property: (property_identifier) @_method)
  arguments: (arguments
    .
    (_) @sink))
  (#set! flow "switch")
  (#any-of? @_method "appendSwitch" "appendArgument"))

; puppeteer.launch({ args: ['--no-sandbox', '--ignore-certificate-errors'] }),
; const FLAGS = ['--ignore-certificate-errors']; phantom.create(['--ignore-ssl-errors=yes']),
; { args: [...BASE_ARGS, INSECURE_FLAG] }
((array
  [
    (string)
    (template_string)
    (identifier)
    (member_expression)
  ] @sink)
  (#set! flow "switch"))

; { chromeArgs: '--ignore-certificate-errors' }
((pair
  value: [
    (string)
    (template_string)
    (identifier)
    (member_expression)
  ] @sink)
  (#set! flow "switch"))

; new chrome.Options().addArguments('--ignore-certificate-errors'), options.addArguments(INSECURE_FLAG)
((call_expression
  arguments: (arguments
    [
      (string)
      (template_string)
      (identifier)
      (member_expression)
    ] @sink)) @_call
  (#set! flow "switch")
  (#sc-may-send? @_call))

; ---- flow "on": a `true` that reaches an option which ignores certificate errors ---------

; true
((true) @source
  (#set! flow "on"))

; isCi ? true : false   (a decision made at run time)
((ternary_expression) @sanitizer
  (#set! flow "on"))

; puppeteer.launch({ ignoreHTTPSErrors: true }), browser.newContext({ ignoreHTTPSErrors: true }),
; playwright.config.ts `use: { ignoreHTTPSErrors: true }`, puppeteer >= 22 { acceptInsecureCerts: true },
; WebdriverIO / Selenium capabilities { acceptInsecureCerts: true } (legacy acceptSslCerts),
; const insecure = true; chromium.launch({ ignoreHTTPSErrors: insecure }); { ...base, acceptInsecureCerts }
([
  (pair
    key: [(property_identifier) (string)] @_key
    value: (_) @sink)
  (shorthand_property_identifier) @_key @sink
 ]
  (#set! flow "on")
  (#match? @_key "^['\"]?(ignoreHTTPSErrors|ignoreHttpsErrors|acceptInsecureCerts|acceptSslCerts)['\"]?$")
  (#sc-value-used? @sink))

; launchOptions.ignoreHTTPSErrors = true; caps['acceptInsecureCerts'] = true
((assignment_expression
  left: [
    (member_expression
      property: (property_identifier) @_key)
    (subscript_expression
      index: (string) @_key)
  ]
  right: (_) @sink)
  (#set! flow "on")
  (#match? @_key "^['\"]?(ignoreHTTPSErrors|ignoreHttpsErrors|acceptInsecureCerts|acceptSslCerts)['\"]?$"))

; new Capabilities().setAcceptInsecureCerts(true)   (selenium-webdriver)
((call_expression
  function: (member_expression
    property: (property_identifier) @_method)
  arguments: (arguments
    .
    (_) @sink))
  (#set! flow "on")
  (#eq? @_method "setAcceptInsecureCerts"))

; cdp.send('Security.setIgnoreCertificateErrors', { ignore: true })   (Chrome DevTools Protocol)
((call_expression
  arguments: (arguments
    .
    (string
      (string_fragment) @_command)
    .
    (object
      (pair
        key: (property_identifier) @_key
        value: (_) @sink))))
  (#set! flow "on")
  (#eq? @_command "Security.setIgnoreCertificateErrors")
  (#eq? @_key "ignore"))
