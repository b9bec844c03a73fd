; Secrets (access and refresh tokens, session ids, authorization codes, passwords, OTPs)
; written to logs (CWE-532): print, debugPrint, dump, NSLog, CocoaLumberjack, SwiftyBeaver-style
; loggers; for the unified logging system only what is made public (`os_log("%{public}@", …)`,
; `logger.info("\(token, privacy: .public)")`), since os.Logger and os_log redact dynamic
; values by default. NSLog and print reach the device console and sysdiagnose archives.
; Which names count as secrets is the shared list `secret-like-names`, minus names whose
; other words make them something else (`secret-name-qualifiers`: tokenType, deviceToken, hasSession).
;
; A secret-named value is followed to the log call through locals, properties, parameters,
; helpers of this file, interpolation and concatenation. What counts as redacted stays
; silent because the flow stops there: any call or member that is not a function of this file
; (`token.prefix(4)`, `password.isEmpty`, `otp.count`, `mask(token)`). Only members that keep the
; whole secret (`text`, `data(using:)`, `utf8`) carry it on. `#if DEBUG` blocks are left out by
; `ignoreIn` (rule.yaml).

; ---- sources: values named like secrets ----------------------------------------------------

; token, refreshToken, sessionId, password (a local, parameter or property read); not an
; input view (passwordField: its text is the secret), nor a token of text in autocompletion,
; tokenizer or syntax-highlighting code
; nor a local assigned a masking call (tokenStr = sanitize(token:): word list log-mask-words) or a
; push address (token = deviceToken.map { … }.joined(): push-address-words), nor a parameter of a
; push-registration callback (onNewToken)
((simple_identifier) @source
  (#sc-in-list? @source "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers,widget-name-words")
  (#sc-not-inside? @source "function-named" "([Aa]utocomplet|[Tt]okeni[sz]|[Ll]exer|[Ll]exical|[Hh]ighlight|[Ss]yntax|[Gg]rammar|^search$|^onNewToken$|RemoteNotificationsWithDeviceToken|[Pp]ush[Tt]oken)")
  (#sc-named-like? @source "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers,widget-name-words" "log-mask-words,push-address-words"))

; response.accessToken, credentials.password, self.sessionToken
((navigation_expression
  suffix: (navigation_suffix
    suffix: (simple_identifier) @_name)) @source
  (#sc-in-list? @_name "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers,widget-name-words"))

; tokenStore.accessToken(), currentSessionToken(); not an action (setPassword, clearSession)
((call_expression
  [
    (simple_identifier) @_name
    (navigation_expression suffix: (navigation_suffix suffix: (simple_identifier) @_name))
  ]
  (call_suffix)) @source
  (#sc-in-list? @_name "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers,not-secret-call-words"))

; token.data(using: .utf8), passwordField.text, Data(token.utf8): the secret in another form
((call_expression
  (navigation_expression
    target: [
      (simple_identifier) @_name
      (navigation_expression suffix: (navigation_suffix suffix: (simple_identifier) @_name))
    ]
    suffix: (navigation_suffix suffix: (simple_identifier) @_carry))
  (call_suffix)) @source
  (#sc-in-list? @_carry "secret-carrying-members")
  (#sc-in-list? @_name "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers"))

((navigation_expression
  target: [
    (simple_identifier) @_name
    (navigation_expression suffix: (navigation_suffix suffix: (simple_identifier) @_name))
  ]
  suffix: (navigation_suffix suffix: (simple_identifier) @_carry)) @source
  (#sc-in-list? @_carry "secret-carrying-members")
  (#sc-in-list? @_name "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers"))

((call_expression
  (simple_identifier) @_type
  (call_suffix
    (value_arguments
      .
      (value_argument
        value: (navigation_expression
          target: [
            (simple_identifier) @_name
            (navigation_expression suffix: (navigation_suffix suffix: (simple_identifier) @_name))
          ]
          suffix: (navigation_suffix suffix: (simple_identifier) @_carry)))))) @source
  (#any-of? @_type "Data" "String")
  (#sc-in-list? @_carry "secret-carrying-members")
  (#sc-in-list? @_name "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers"))

; json["access_token"] as? String: read under a secret key
((call_expression
  (_)
  (call_suffix
    (value_arguments
      "["
      .
      (value_argument
        value: (line_string_literal) @_key)))) @source
  (#sc-in-list? @_key "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers"))

; ---- sanitizers: a value renamed as something that is not the secret -------------------------

; sanitize(token: t), redact(sid): a helper named as a mask hides the secret (log-mask-callees)
((call_expression
  [
    (simple_identifier) @_fn
    (navigation_expression suffix: (navigation_suffix suffix: (simple_identifier) @_fn))
  ]
  (call_suffix)) @sanitizer
  (#sc-in-list? @_fn "log-mask-callees"))

; let path = cookie.value; let tokenExpiry = token.expiresAt: the name says what it holds
((property_declaration
  name: (pattern bound_identifier: (simple_identifier) @_name)
  value: (_) @sanitizer)
  (#sc-in-list? @_name "secret-name-qualifiers")
  (#sc-not-in-list? @_name "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers"))

((assignment
  target: (directly_assignable_expression [(simple_identifier) @_name (navigation_expression suffix: (navigation_suffix suffix: (simple_identifier) @_name))])
  result: (_) @sanitizer)
  (#sc-in-list? @_name "secret-name-qualifiers")
  (#sc-not-in-list? @_name "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers"))

; ---- sinks: log calls -----------------------------------------------------------------------

; print("token \(token)"), debugPrint(…), dump(…), NSLog("%@", token), DDLogInfo("\(token)")
((call_expression
  (simple_identifier) @_print
  (call_suffix
    (value_arguments
      (value_argument value: (_) @sink))))
  (#match? @_print "^(print|debugPrint|dump|NSLog|DDLog(Verbose|Debug|Info|Warn|Error))$"))

; log.debug("token \(token)") on a SwiftyBeaver-style logger; not on os.Logger, which keeps
; interpolated values private unless they are marked public
((call_expression
  (navigation_expression
    suffix: (navigation_suffix suffix: (simple_identifier) @_level))
  (call_suffix
    (value_arguments
      (value_argument value: (_) @sink)))) @_call
  (#sc-in-list? @_level "logging-callees")
  (#sc-made-by? @_call "list:logger-origins" "receiver")
  (#sc-not-made-by? @_call "^(Logger|OSLog)$" "receiver"))

; logger.info("refresh token: \(token, privacy: .public)"): made public on purpose
((line_string_literal
  interpolation: (interpolated_expression value: (_) @sink)
  .
  interpolation: (interpolated_expression
    name: (value_argument_label) @_privacy
    value: (prefix_expression) @_public))
  (#eq? @_privacy "privacy")
  (#eq? @_public ".public"))

; os_log("%{public}@", log: .default, type: .info, otp): a public format argument
((call_expression
  (simple_identifier) @_log
  (call_suffix
    (value_arguments
      .
      (value_argument value: (line_string_literal) @_format)
      (value_argument value: (_) @sink))))
  (#eq? @_log "os_log")
  (#match? @_format "\\{public\\}"))
