; Secrets (tokens, session ids, passwords, PINs) written to storage that keeps them in plain
; text: SharedPreferences (not EncryptedSharedPreferences), MMKV and plain files (CWE-312,
; CWE-922). Which names count as secrets is the shared list `secret-like-names`, minus names
; whose other words make them something else (`secret-name-qualifiers`: KEY_TOKEN_TYPE,
; pinEnabled, session_count, fcmToken, encryptedToken).
;
; A write is reported when the value written is named like a secret (a flow through locals,
; fields, parameters, helpers and concatenation of this file), or when the key it is stored
; under is (`putString(KEY_AUTH_TOKEN, body)`, a key constant whose value is "refresh_token");
; a literal value (`null` to clear, a flag) stores no secret.
;
; Which store is plain is decided by what its object is made by (#sc-made-by?): a
; SharedPreferences editor (`prefs.edit()`, a `SharedPreferences.Editor` field) or an MMKV
; instance, with nothing on the way that says it encrypts
; (`EncryptedSharedPreferences.create(…)`, a field named or annotated as encrypted). A Bundle,
; Intent or ContentValues (`putString` on something that is no editor) is not storage.

; ---- sources: values named like secrets ----------------------------------------------------

; token, refreshToken, sessionId, password (a local, parameter or field read); not an input
; widget (etPassword, pinField: its text is the secret), nor a token of text in
; autocompletion, tokenizer or syntax-highlighting code
((identifier) @source
  (#sc-in-list? @source "secret-like-names!secret-name-qualifiers,widget-name-words")
  (#sc-not-inside? @source "function-named" "([Aa]utocomplet|[Tt]okeni[sz]|[Ll]exer|[Ll]exical|[Hh]ighlight|[Ss]yntax|[Gg]rammar|^search$)"))

; response.accessToken, this.sessionToken
((field_access
  field: (identifier) @_name) @source
  (#sc-in-list? @_name "secret-like-names!secret-name-qualifiers,widget-name-words"))

; auth.getRefreshToken(), tokenStore.accessToken(), getPin(); not an action (setPassword, clearSession)
((method_invocation
  name: (identifier) @_name) @source
  (#sc-in-list? @_name "secret-like-names!secret-name-qualifiers,not-secret-call-words"))

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
  (#sc-in-list? @_name "secret-like-names!secret-name-qualifiers"))

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
  (#sc-in-list? @_name "secret-like-names!secret-name-qualifiers"))

; json.getString("access_token"), body.optString("refresh_token"): read under a secret key
((method_invocation
  name: (identifier) @_get
  arguments: (argument_list . (string_literal) @_key)) @source
  (#any-of? @_get "getString" "optString" "get" "getAsString" "getStringExtra")
  (#sc-in-list? @_key "secret-like-names!secret-name-qualifiers"))

; authState.jsonSerializeString(): AppAuth's AuthState, serialised with its access and refresh tokens
((method_invocation
  object: (_) @_state
  name: (identifier) @_serialize) @source
  (#any-of? @_serialize "jsonSerializeString" "jsonSerialize")
  (#sc-made-by? @_state "^AuthState$"))

; ---- sanitizers: a value renamed as something that is not the secret -------------------------

; String path = getCookie("redirect"); long tokenExpiry = token.exp: the name says what it holds
((variable_declarator
  name: (identifier) @_name
  value: (_) @sanitizer)
  (#sc-in-list? @_name "secret-name-qualifiers")
  (#sc-not-in-list? @_name "secret-like-names!secret-name-qualifiers"))

((assignment_expression
  left: [(identifier) @_name (field_access field: (identifier) @_name)]
  right: (_) @sanitizer)
  (#sc-in-list? @_name "secret-name-qualifiers")
  (#sc-not-in-list? @_name "secret-like-names!secret-name-qualifiers"))

; ---- sinks: plain key-value stores -----------------------------------------------------------

; prefs.edit().putString(KEY, token); editor.putString(…); MMKV.defaultMMKV().encode(…).
; A key that says the value is something else is believed (PREFS_KEY_FCM_TOKEN, "lt_uri",
; KEY_TOKEN_TYPE): the key has no word of `secret-name-qualifiers`, or only inside a secret name.
((method_invocation
  name: (identifier) @_put
  arguments: (argument_list
    .
    (_) @_key
    .
    (_) @sink .)) @_call
  (#any-of? @_put "putString" "putStringSet" "putInt" "putLong" "encode")
  (#sc-not-in-list? @_key "secret-name-qualifiers")
  (#sc-made-by? @_call "list:preference-store-origins" "receiver")
  (#sc-not-made-by? @_call "list:encrypted-storage-names" "receiver"))

((method_invocation
  name: (identifier) @_put
  arguments: (argument_list
    .
    (_) @_key
    .
    (_) @sink .)) @_call
  (#any-of? @_put "putString" "putStringSet" "putInt" "putLong" "encode")
  (#sc-in-list? @_key "secret-like-names!secret-name-qualifiers")
  (#sc-made-by? @_call "list:preference-store-origins" "receiver")
  (#sc-not-made-by? @_call "list:encrypted-storage-names" "receiver"))

; string writes under a key named like a secret, whatever the value is called:
; putString(KEY_AUTH_TOKEN, body.string()), putString("session_id", id)
((method_invocation
  name: (identifier) @_put
  arguments: (argument_list
    .
    (_) @_key
    .
    (_) @finding .)) @_call
  (#any-of? @_put "putString" "putStringSet" "encode")
  (#not-match? @finding "^(null|true|false|\"|-?[0-9])")
  (#sc-not-in-list? @finding "secret-name-qualifiers")
  (#sc-value-matches? @_key "list:secret-like-names!secret-name-qualifiers")
  (#sc-made-by? @_call "list:preference-store-origins" "receiver")
  (#sc-not-made-by? @_call "list:encrypted-storage-names" "receiver"))

((method_invocation
  name: (identifier) @_put
  arguments: (argument_list
    .
    [(identifier) (field_access)] @_key
    .
    (_) @finding .)) @_call
  (#any-of? @_put "putString" "putStringSet" "encode")
  (#not-match? @finding "^(null|true|false|\"|-?[0-9])")
  (#sc-not-in-list? @finding "secret-name-qualifiers")
  (#sc-in-list? @_key "secret-like-names!secret-name-qualifiers")
  (#sc-made-by? @_call "list:preference-store-origins" "receiver")
  (#sc-not-made-by? @_call "list:encrypted-storage-names" "receiver"))

; ---- sinks: plain files ------------------------------------------------------------------------

; context.openFileOutput("session", MODE_PRIVATE).write(token.getBytes()),
; new FileWriter(file).write(password), new FileOutputStream(f).write(…)
((method_invocation
  name: (identifier) @_write
  arguments: (argument_list . (_) @sink)) @_call
  (#any-of? @_write "write" "append" "print" "println")
  (#sc-made-by? @_call "list:file-write-origins" "receiver")
  (#sc-not-made-by? @_call "list:encrypted-storage-names" "receiver"))

; Files.writeString(path, token), Files.write(path, token.getBytes())
((method_invocation
  object: (identifier) @_files
  name: (identifier) @_write
  arguments: (argument_list . (_) . (_) @sink))
  (#eq? @_files "Files")
  (#any-of? @_write "write" "writeString"))
