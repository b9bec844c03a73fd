; Secrets (access and refresh tokens, session ids, authorization codes, passwords, OTPs)
; written to logs (CWE-532): console.log / info / debug / warn / error / trace and
; logger objects (pino, winston, bunyan-style `logger.info(…)`). Browser and React Native
; consoles end up in remote debugging sessions, crash and session-replay tools; server logs are
; shipped and kept. Which names count as secrets is the shared list `secret-like-names`, minus
; names whose other words make them something else (`secret-name-qualifiers`: token_type,
; passwordLength, sessionCount, pushToken).
;
; A secret-named value is followed to the log call through locals, fields, parameters,
; helpers of this file, templates, concatenation, object literals (`{ refreshToken: t }`) and
; `JSON.stringify`. What counts as redacted stays silent because the flow stops there: any call
; or member that is not a function of this file (`token.slice(0, 4)`, `password.length`,
; `code !== null`) or a helper of this file that does not return the value (`mask(sid)`).
; Logging in the else branch of a production check is left out by `ignoreIn` (rule.yaml).

; ---- sources: values named like secrets ----------------------------------------------------

; token, refreshToken, sessionId, password (a local, parameter or shorthand property); not an
; input element (passwordInput: its value is the secret), nor a token of text in
; autocompletion, tokenizer or syntax-highlighting code
; nor a local assigned a masking call (tokenStr = sanitize(token:): word list log-mask-words) or a
; push address (token = deviceToken.map { … }.joined(): push-address-words), nor a parameter of a
; push-registration callback (onNewToken)
([(identifier) (shorthand_property_identifier)] @source
  (#sc-in-list? @source "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers,widget-name-words")
  (#sc-not-inside? @source "function-named" "([Aa]utocomplet|[Tt]okeni[sz]|[Ll]exer|[Ll]exical|[Hh]ighlight|[Ss]yntax|[Gg]rammar|^search$|^onNewToken$|RemoteNotificationsWithDeviceToken|[Pp]ush[Tt]oken)")
  (#sc-named-like? @source "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers,widget-name-words" "log-mask-words,push-address-words"))

; response.access_token, this.sessionToken, auth.#refreshToken
((member_expression
  property: [(property_identifier) (private_property_identifier)] @_name) @source
  (#sc-in-list? @_name "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers,widget-name-words"))

; data['refresh_token']
((subscript_expression
  index: (string) @_name) @source
  (#sc-in-list? @_name "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers"))

; getToken(), authService.accessToken(); not an action (setPassword, clearSession)
((call_expression
  function: [
    (identifier) @_name
    (member_expression property: (property_identifier) @_name)
  ]) @source
  (#sc-in-list? @_name "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers,not-secret-call-words"))

; passwordInput.value, token.trim(), pin.toString(): the secret in another form
((member_expression
  object: [
    (identifier) @_name
    (member_expression property: (property_identifier) @_name)
  ]
  property: (property_identifier) @_carry) @source
  (#sc-in-list? @_carry "secret-carrying-members")
  (#sc-in-list? @_name "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers"))

((call_expression
  function: (member_expression
    object: [
      (identifier) @_name
      (member_expression property: (property_identifier) @_name)
    ]
    property: (property_identifier) @_carry)) @source
  (#sc-in-list? @_carry "secret-carrying-members")
  (#sc-in-list? @_name "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers"))

; JSON.stringify(session), JSON.stringify({ accessToken, user }): serialised with the secret
((call_expression
  function: (member_expression
    object: (identifier) @_json
    property: (property_identifier) @_stringify)
  arguments: (arguments
    .
    [
      (identifier) @_name
      (member_expression property: (property_identifier) @_name)
      (object [(shorthand_property_identifier) @_name (pair key: (_) @_name)])
    ])) @source
  (#eq? @_json "JSON")
  (#eq? @_stringify "stringify")
  (#sc-in-list? @_name "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers"))

; ---- sanitizers: a value renamed as something that is not the secret -------------------------

; this._stripSecrets(out), markPasswords(config), redact(sid): a helper named as a mask hides the
; secrets it is given, even when its body names the keys it removes (log-mask-callees)
((call_expression
  function: [
    (identifier) @_fn
    (member_expression property: [(property_identifier) (private_property_identifier)] @_fn)
  ]) @sanitizer
  (#sc-in-list? @_fn "log-mask-callees"))

; const path = getCookie('redirect'); { endpoint: cfg.token }: the name says what it holds
((variable_declarator
  name: (identifier) @_name
  value: (_) @sanitizer)
  (#sc-in-list? @_name "secret-name-qualifiers")
  (#sc-not-in-list? @_name "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers"))

((assignment_expression
  left: [(identifier) @_name (member_expression property: (property_identifier) @_name)]
  right: (_) @sanitizer)
  (#sc-in-list? @_name "secret-name-qualifiers")
  (#sc-not-in-list? @_name "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers"))

((pair
  key: (property_identifier) @_name
  value: (_) @sanitizer)
  (#sc-in-list? @_name "secret-name-qualifiers")
  (#sc-not-in-list? @_name "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers"))

; { endpoint } with endpoint = this.endpoints.token; function rotate(endpoint = cfg.token)
((shorthand_property_identifier) @sanitizer
  (#sc-in-list? @sanitizer "secret-name-qualifiers")
  (#sc-not-in-list? @sanitizer "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers"))

([(required_parameter pattern: (identifier) @_name value: (_) @sanitizer)
  (optional_parameter pattern: (identifier) @_name value: (_) @sanitizer)]
  (#sc-in-list? @_name "secret-name-qualifiers")
  (#sc-not-in-list? @_name "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers"))

; ---- sinks: log calls -----------------------------------------------------------------------

; console.log('token', token), logger.debug({ refreshToken }, 'refreshed'), log.info(`sid ${sid}`)
((call_expression
  function: (member_expression
    property: (property_identifier) @_level)
  arguments: (arguments (_) @sink)) @_call
  (#any-of? @_level "log" "info" "debug" "warn" "error" "trace" "dir" "fatal" "verbose" "silly")
  (#sc-made-by? @_call "list:logger-origins" "receiver"))
