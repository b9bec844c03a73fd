; Secrets (access and refresh tokens, session ids, authorization codes, passwords, OTPs)
; written to logs (CWE-532): android.util.Log, Timber, SLF4J / java.util.logging / kotlin-logging
; loggers, println. Logcat is readable by apps with READ_LOGS on old or rooted devices, is
; captured in bug reports and crash tools, and stays on the device after the session ended.
; Which names count as secrets is the shared list `secret-like-names`, minus names whose other
; words make them something else (`secret-name-qualifiers`: tokenType, accessTokenExpirationTime,
; hasToken, fcmToken).
;
; A secret-named value is followed to the log call through locals, properties, parameters,
; helpers of this file, templates, concatenation and String.format. What counts as redacted
; stays silent because the flow stops there: any call that is not a function of this file
; (`token.take(4)`, `mask(token)`, `password.length`, `otp.isEmpty()`, `token != null`) or a
; helper of this file that does not return the value (`redact(t) = "***"`). Only members that
; keep the whole secret (`text`, `toString()`, `trim()`, bytes) carry it on. Logging inside
; `if (BuildConfig.DEBUG)` is left out by `ignoreIn` (rule.yaml).

; ---- sources: values named like secrets ----------------------------------------------------

; token, refreshToken, sessionId, password (a local, parameter or property read); not an
; input widget (etPassword, pinField: its text is the secret), nor a token of text in
; autocompletion, tokenizer or syntax-highlighting code
; nor a local assigned a masking call (tokenStr = sanitize(token:): word list log-mask-words) or a
; push address (token = deviceToken.map { … }.joined(): push-address-words), nor a parameter of a
; push-registration callback (onNewToken)
((identifier) @source
  (#sc-in-list? @source "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers,widget-name-words")
  (#sc-not-inside? @source "function-named" "([Aa]utocomplet|[Tt]okeni[sz]|[Ll]exer|[Ll]exical|[Hh]ighlight|[Ss]yntax|[Gg]rammar|^search$|^onNewToken$|RemoteNotificationsWithDeviceToken|[Pp]ush[Tt]oken)")
  (#sc-named-like? @source "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers,widget-name-words" "log-mask-words,push-address-words"))

; response.accessToken, credentials.password, this.sessionToken
((navigation_expression
  (_)
  (identifier) @_name .) @source
  (#sc-in-list? @_name "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers,widget-name-words"))

; tokenStore.accessToken(), auth.getRefreshToken(); not an action (setPassword, clearSession)
((call_expression
  [
    (identifier) @_name
    (navigation_expression (identifier) @_name .)
  ]
  (value_arguments)) @source
  (#sc-in-list? @_name "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers,not-secret-call-words"))

; pinField.text.toString(), password.toByteArray(), passwordInput.text.trim(): the secret in
; another form (one or two carrying members after the secret-named value)
((call_expression
  (navigation_expression
    [
      (identifier) @_name
      (navigation_expression (_) (identifier) @_name .)
    ]
    (identifier) @_carry .)) @source
  (#sc-in-list? @_carry "secret-carrying-members")
  (#sc-in-list? @_name "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers"))

((navigation_expression
  [
    (identifier) @_name
    (navigation_expression (_) (identifier) @_name .)
  ]
  (identifier) @_carry .) @source
  (#sc-in-list? @_carry "secret-carrying-members")
  (#sc-in-list? @_name "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers"))

((call_expression
  (navigation_expression
    [
      (navigation_expression [(identifier) @_name (navigation_expression (_) (identifier) @_name .)] (identifier) @_carry1 .)
      (call_expression (navigation_expression [(identifier) @_name (navigation_expression (_) (identifier) @_name .)] (identifier) @_carry1 .))
    ]
    (identifier) @_carry .)) @source
  (#sc-in-list? @_carry1 "secret-carrying-members")
  (#sc-in-list? @_carry "secret-carrying-members")
  (#sc-in-list? @_name "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers"))

; json.getString("access_token"), body["refresh_token"]: read under a secret key
((call_expression
  (navigation_expression (identifier) @_get .)
  (value_arguments . (value_argument (string_literal) @_key))) @source
  (#any-of? @_get "getString" "optString" "get" "getValue" "getAsString")
  (#sc-in-list? @_key "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers"))

((index_expression
  (_)
  (string_literal) @_key) @source
  (#sc-in-list? @_key "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers"))

; authState.jsonSerializeString(): AppAuth's AuthState, serialised with its access and refresh tokens
((call_expression
  (navigation_expression
    (_) @_state
    (identifier) @_serialize .)) @source
  (#any-of? @_serialize "jsonSerializeString" "jsonSerialize")
  (#sc-made-by? @_state "^AuthState$"))

; ---- sanitizers: a value renamed as something that is not the secret -------------------------

; sanitize(token), redact(sid): a helper named as a mask hides the secret (log-mask-callees)
((call_expression
  [
    (identifier) @_fn
    (navigation_expression (identifier) @_fn .)
  ]
  (value_arguments)) @sanitizer
  (#sc-in-list? @_fn "log-mask-callees"))

; val path = getCookie("redirect"); val tokenExpiry = token.exp: the name says what it holds
((property_declaration
  (variable_declaration (identifier) @_name)
  (_) @sanitizer)
  (#sc-in-list? @_name "secret-name-qualifiers")
  (#sc-not-in-list? @_name "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers"))

((assignment
  left: [(identifier) @_name (navigation_expression (identifier) @_name .)]
  right: (_) @sanitizer)
  (#sc-in-list? @_name "secret-name-qualifiers")
  (#sc-not-in-list? @_name "secret-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers"))

; ---- sinks: log calls -----------------------------------------------------------------------

; Log.d(TAG, "token $token"), Timber.i("%s", token), Timber.tag(TAG).d(…), logger.debug("{}", sid):
; every argument of a logging call whose receiver is a logger
((call_expression
  (navigation_expression (identifier) @_level .)
  (value_arguments
    (value_argument (_) @sink .))) @_call
  (#sc-in-list? @_level "logging-callees")
  (#not-any-of? @_level "print" "println" "printf")
  (#sc-made-by? @_call "list:logger-origins" "receiver"))

; System.out.println(password): not any other PrintStream or PrintWriter (a socket or file
; writer sends or stores, it does not log)
((call_expression
  (navigation_expression (identifier) @_level .)
  (value_arguments
    (value_argument (_) @sink .))) @_call
  (#any-of? @_level "print" "println" "printf")
  (#sc-made-by? @_call "^System$" "receiver"))

; println("login $user / $password"), print(token)
((call_expression
  (identifier) @_print
  (value_arguments
    (value_argument (_) @sink .)))
  (#any-of? @_print "println" "print"))
