; Secrets (access and refresh tokens, session ids, authorization codes, passwords, OTPs)
; written to logs (CWE-532): android.util.Log, Timber, SLF4J / java.util.logging / Log4j
; loggers, System.out / System.err. Logcat is readable by apps with READ_LOGS on old or rooted
; devices, is captured in bug reports and crash tools, and stays on the device after the
; session ended. Which names count as secrets is the shared list `secret-like-names`, minus
; names whose other words make them something else (`secret-name-qualifiers`: token_type,
; sessionCount, fcmToken).
;
; A secret-named value is followed to the log call through locals, fields, parameters,
; helpers of this file, concatenation and String.format. What counts as redacted stays silent
; because the flow stops there: any call that is not a function of this file
; (`otp.substring(0, 1)`, `password.length()`, `token != null`) or a helper of this file that
; does not return the value (`mask(otp)`). Only members that keep the whole secret
; (`getText()`, `toString()`, `trim()`, bytes) carry it on. Logging inside
; `if (BuildConfig.DEBUG)` is left out by `ignoreIn` (rule.yaml).

; ---- sources: values named like secrets ----------------------------------------------------

; token, refreshToken, sessionId, password (a local, parameter or field read); not an input
; widget (etPassword, pinField: its text is the secret), nor a token of text in
; autocompletion, tokenizer or syntax-highlighting code
; nor a local assigned a masking call (tokenStr = sanitize(token:): word list log-mask-words) or a
; push address (token = deviceToken.map { … }.joined(): push-address-words), nor a parameter of a
; push-registration callback (onNewToken)
((identifier) @source
  (#sc-in-list? @source "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers,widget-name-words")
  (#sc-not-inside? @source "function-named" "([Aa]utocomplet|[Tt]okeni[sz]|[Ll]exer|[Ll]exical|[Hh]ighlight|[Ss]yntax|[Gg]rammar|^search$|^onNewToken$|RemoteNotificationsWithDeviceToken|[Pp]ush[Tt]oken)")
  (#sc-named-like? @source "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers,widget-name-words" "log-mask-words,push-address-words"))

; response.accessToken, this.sessionToken
((field_access
  field: (identifier) @_name) @source
  (#sc-in-list? @_name "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers,widget-name-words"))

; auth.getRefreshToken(), tokenStore.accessToken(), getPin(); not an action (setPassword, clearSession)
((method_invocation
  name: (identifier) @_name) @source
  (#sc-in-list? @_name "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers,not-secret-call-words"))

; passwordField.getText().toString(), token.getBytes(UTF_8), pin.toCharArray(): the secret in
; another form (one or two carrying members after the secret-named value)
((method_invocation
  object: [
    (identifier) @_name
    (field_access field: (identifier) @_name)
    (method_invocation name: (identifier) @_name)
  ]
  name: (identifier) @_carry) @source
  (#sc-in-list? @_carry "secret-carrying-members")
  (#sc-in-list? @_name "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers"))

((method_invocation
  object: (method_invocation
    object: [
      (identifier) @_name
      (field_access field: (identifier) @_name)
    ]
    name: (identifier) @_carry1)
  name: (identifier) @_carry) @source
  (#sc-in-list? @_carry1 "secret-carrying-members")
  (#sc-in-list? @_carry "secret-carrying-members")
  (#sc-in-list? @_name "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers"))

; json.getString("access_token"), body.optString("refresh_token"): read under a secret key
((method_invocation
  name: (identifier) @_get
  arguments: (argument_list . (string_literal) @_key)) @source
  (#any-of? @_get "getString" "optString" "get" "getAsString" "getStringExtra")
  (#sc-in-list? @_key "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers"))

; authState.jsonSerializeString(): AppAuth's AuthState, serialised with its access and refresh tokens
((method_invocation
  object: (_) @_state
  name: (identifier) @_serialize) @source
  (#any-of? @_serialize "jsonSerializeString" "jsonSerialize")
  (#sc-made-by? @_state "^AuthState$"))

; ---- sanitizers: a value renamed as something that is not the secret -------------------------

; sanitize(token), Redactor.redact(sid): a helper named as a mask hides the secret (log-mask-callees)
((method_invocation
  name: (identifier) @_fn) @sanitizer
  (#sc-in-list? @_fn "log-mask-callees"))

; String path = getCookie("redirect"); long tokenExpiry = token.exp: the name says what it holds
((variable_declarator
  name: (identifier) @_name
  value: (_) @sanitizer)
  (#sc-in-list? @_name "secret-name-qualifiers")
  (#sc-not-in-list? @_name "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers"))

((assignment_expression
  left: [(identifier) @_name (field_access field: (identifier) @_name)]
  right: (_) @sanitizer)
  (#sc-in-list? @_name "secret-name-qualifiers")
  (#sc-not-in-list? @_name "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers"))

; ---- sinks: log calls -----------------------------------------------------------------------

; Log.d(TAG, "token " + token), Timber.i("%s", token), LOGGER.fine(…), logger.debug("{}", sid):
; every argument of a logging call whose receiver is a logger
((method_invocation
  name: (identifier) @_level
  arguments: (argument_list (_) @sink)) @_call
  (#sc-in-list? @_level "logging-callees")
  (#not-any-of? @_level "print" "println" "printf")
  (#sc-made-by? @_call "list:logger-origins" "receiver"))

; System.out.println(password), System.err.printf(…): not any other PrintStream or PrintWriter
; (a socket or file writer sends or stores, it does not log)
((method_invocation
  name: (identifier) @_level
  arguments: (argument_list (_) @sink)) @_call
  (#any-of? @_level "print" "println" "printf")
  (#sc-made-by? @_call "^System$" "receiver"))
