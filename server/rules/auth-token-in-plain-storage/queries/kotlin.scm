; Secrets (tokens, session ids, passwords, PINs) written to storage that keeps them in plain
; text: SharedPreferences (not EncryptedSharedPreferences), Preferences DataStore, MMKV and
; plain files (CWE-312, CWE-922). Which names count as secrets is the shared list
; `secret-like-names`, minus names whose other words make them something else
; (`secret-name-qualifiers`: tokenExpiry, hasPin, SESSION_COUNT, fcmToken, encryptedToken).
;
; A write is reported when the value written is named like a secret (a flow: the value may
; come through locals, properties, parameters, helpers and templates of this file), or when
; the key it is stored under is (`putString(KEY_ACCESS_TOKEN, body)`, a key constant whose
; value is "auth_token"); a literal value (`null` to clear, a flag) stores no secret.
;
; Which store is plain is decided by what its object is made by (#sc-made-by?): a
; SharedPreferences editor (`prefs.edit()`, KTX `prefs.edit { … }`, `with(prefs.edit())`)
; or an MMKV instance, and nothing on the way says it encrypts
; (`EncryptedSharedPreferences.create(…)`, a property named or annotated as encrypted).
; A Bundle, Intent or WorkManager Data (`putString` without `edit`) is not storage.

; ---- sources: values named like secrets ----------------------------------------------------

; token, refreshToken, sessionId, password (a local, parameter or property read); not an
; input widget (etPassword, pinField: its text is the secret), nor a token of text in
; autocompletion, tokenizer or syntax-highlighting code
((identifier) @source
  (#sc-in-list? @source "secret-like-names!secret-name-qualifiers,widget-name-words")
  (#sc-not-inside? @source "function-named" "([Aa]utocomplet|[Tt]okeni[sz]|[Ll]exer|[Ll]exical|[Hh]ighlight|[Ss]yntax|[Gg]rammar|^search$)"))

; response.accessToken, credentials.password, this.sessionToken
((navigation_expression
  (_)
  (identifier) @_name .) @source
  (#sc-in-list? @_name "secret-like-names!secret-name-qualifiers,widget-name-words"))

; tokenStore.accessToken(), auth.getRefreshToken(); not an action (setPassword, clearSession)
((call_expression
  [
    (identifier) @_name
    (navigation_expression (identifier) @_name .)
  ]
  (value_arguments)) @source
  (#sc-in-list? @_name "secret-like-names!secret-name-qualifiers,not-secret-call-words"))

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
  (#sc-in-list? @_name "secret-like-names!secret-name-qualifiers"))

((navigation_expression
  [
    (identifier) @_name
    (navigation_expression (_) (identifier) @_name .)
  ]
  (identifier) @_carry .) @source
  (#sc-in-list? @_carry "secret-carrying-members")
  (#sc-in-list? @_name "secret-like-names!secret-name-qualifiers"))

((call_expression
  (navigation_expression
    [
      (navigation_expression [(identifier) @_name (navigation_expression (_) (identifier) @_name .)] (identifier) @_carry1 .)
      (call_expression (navigation_expression [(identifier) @_name (navigation_expression (_) (identifier) @_name .)] (identifier) @_carry1 .))
    ]
    (identifier) @_carry .)) @source
  (#sc-in-list? @_carry1 "secret-carrying-members")
  (#sc-in-list? @_carry "secret-carrying-members")
  (#sc-in-list? @_name "secret-like-names!secret-name-qualifiers"))

; json.getString("access_token"), body["refresh_token"]: read under a secret key
((call_expression
  (navigation_expression (identifier) @_get .)
  (value_arguments . (value_argument (string_literal) @_key))) @source
  (#any-of? @_get "getString" "optString" "get" "getValue" "getAsString")
  (#sc-in-list? @_key "secret-like-names!secret-name-qualifiers"))

((index_expression
  (_)
  (string_literal) @_key) @source
  (#sc-in-list? @_key "secret-like-names!secret-name-qualifiers"))

; authState.jsonSerializeString(): AppAuth's AuthState, serialised with its access and refresh tokens
((call_expression
  (navigation_expression
    (_) @_state
    (identifier) @_serialize .)) @source
  (#any-of? @_serialize "jsonSerializeString" "jsonSerialize")
  (#sc-made-by? @_state "^AuthState$"))

; ---- sanitizers: a value renamed as something that is not the secret -------------------------

; val path = getCookie("redirect"); val tokenExpiry = token.exp: the name says what it holds
((property_declaration
  (variable_declaration (identifier) @_name)
  (_) @sanitizer)
  (#sc-in-list? @_name "secret-name-qualifiers")
  (#sc-not-in-list? @_name "secret-like-names!secret-name-qualifiers"))

((assignment
  left: [(identifier) @_name (navigation_expression (identifier) @_name .)]
  right: (_) @sanitizer)
  (#sc-in-list? @_name "secret-name-qualifiers")
  (#sc-not-in-list? @_name "secret-like-names!secret-name-qualifiers"))

; ---- sinks: plain key-value stores -----------------------------------------------------------

; prefs.edit().putString(KEY, token); editor.putString(…); prefs.edit { putString(…) };
; with(prefs.edit()) { putString(…) }; MMKV.defaultMMKV().putString(…) / encode(…).
; A key that says the value is something else is believed (PREFS_KEY_FCM_TOKEN, "lt_uri",
; KEY_TOKEN_EXPIRY): the key has no word of `secret-name-qualifiers`, or only inside a secret name.
((call_expression
  [
    (identifier) @_put
    (navigation_expression (identifier) @_put .)
  ]
  (value_arguments
    .
    (value_argument (_) @_key .)
    .
    (value_argument (_) @sink .))) @_call
  (#any-of? @_put "putString" "putStringSet" "putInt" "putLong" "encode")
  (#sc-not-in-list? @_key "secret-name-qualifiers")
  (#sc-made-by? @_call "list:preference-store-origins" "receiver")
  (#sc-not-made-by? @_call "list:encrypted-storage-names" "receiver"))

((call_expression
  [
    (identifier) @_put
    (navigation_expression (identifier) @_put .)
  ]
  (value_arguments
    .
    (value_argument (_) @_key .)
    .
    (value_argument (_) @sink .))) @_call
  (#any-of? @_put "putString" "putStringSet" "putInt" "putLong" "encode")
  (#sc-in-list? @_key "secret-like-names!secret-name-qualifiers")
  (#sc-made-by? @_call "list:preference-store-origins" "receiver")
  (#sc-not-made-by? @_call "list:encrypted-storage-names" "receiver"))

; string writes under a key named like a secret, whatever the value is called:
; putString(KEY_ACCESS_TOKEN, body.string()), putString("session_id", id)
((call_expression
  [
    (identifier) @_put
    (navigation_expression (identifier) @_put .)
  ]
  (value_arguments
    .
    (value_argument (_) @_key .)
    .
    (value_argument (_) @finding .))) @_call
  (#any-of? @_put "putString" "putStringSet" "encode")
  (#not-match? @finding "^(null|true|false|\"|-?[0-9])")
  (#sc-not-in-list? @finding "secret-name-qualifiers")
  (#sc-value-matches? @_key "list:secret-like-names!secret-name-qualifiers")
  (#sc-made-by? @_call "list:preference-store-origins" "receiver")
  (#sc-not-made-by? @_call "list:encrypted-storage-names" "receiver"))

((call_expression
  [
    (identifier) @_put
    (navigation_expression (identifier) @_put .)
  ]
  (value_arguments
    .
    (value_argument [(identifier) (navigation_expression)] @_key .)
    .
    (value_argument (_) @finding .))) @_call
  (#any-of? @_put "putString" "putStringSet" "encode")
  (#not-match? @finding "^(null|true|false|\"|-?[0-9])")
  (#sc-not-in-list? @finding "secret-name-qualifiers")
  (#sc-in-list? @_key "secret-like-names!secret-name-qualifiers")
  (#sc-made-by? @_call "list:preference-store-origins" "receiver")
  (#sc-not-made-by? @_call "list:encrypted-storage-names" "receiver"))

; Preferences DataStore: dataStore.edit { it[AUTH_TOKEN] = token } with
; val AUTH_TOKEN = stringPreferencesKey("auth_token")
((assignment
  left: (index_expression (_) (_) @_key)
  right: (_) @sink)
  (#sc-made-by? @_key "PreferencesKey$"))

((assignment
  left: (index_expression (_) [(identifier) (navigation_expression)] @_key)
  right: (_) @finding)
  (#not-match? @finding "^(null|true|false|\"|-?[0-9])")
  (#sc-not-in-list? @finding "secret-name-qualifiers")
  (#sc-in-list? @_key "secret-like-names!secret-name-qualifiers")
  (#sc-made-by? @_key "PreferencesKey$"))

; ---- sinks: plain files ------------------------------------------------------------------------

; File(filesDir, "auth.json").writeText(token), file.appendText(…), writeBytes(…)
((call_expression
  (navigation_expression (identifier) @_write .)
  (value_arguments . (value_argument (_) @sink .)))
  (#any-of? @_write "writeText" "appendText" "writeBytes" "appendBytes"))

; openFileOutput("session", MODE_PRIVATE).use { it.write(token.toByteArray()) },
; FileOutputStream(file).write(…), file.bufferedWriter().use { it.write(password) }
((call_expression
  (navigation_expression (identifier) @_write .)
  (value_arguments . (value_argument (_) @sink .))) @_call
  (#any-of? @_write "write" "append" "print" "println")
  (#sc-made-by? @_call "list:file-write-origins" "receiver")
  (#sc-not-made-by? @_call "list:encrypted-storage-names" "receiver"))
