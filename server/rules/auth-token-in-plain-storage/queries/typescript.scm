; Secrets (tokens, session ids, passwords, PINs) written to storage that keeps them in plain
; text and in reach of any script on the page: localStorage / sessionStorage, React Native
; AsyncStorage and MMKV, Capacitor Preferences, and plain files (CWE-312, CWE-922). Which
; names count as secrets is the shared list `secret-like-names`, minus names whose other words
; make them something else (`secret-name-qualifiers`: token_expires_at, sessionCount,
; hasSeenOnboarding, pushToken).
;
; A write is reported when the value written is named like a secret (a flow through locals,
; fields, parameters, helpers, objects and templates of this file; `JSON.stringify` of a
; secret or of an object with a secret-named property), or when the key it is stored under is
; (`setItem(STORAGE_KEY, body)` with STORAGE_KEY = 'refresh_token'); a literal value
; (`'true'`, `'1'`) stores no secret.
;
; Which store is plain is decided by what its object is made by (#sc-made-by?): the browser
; storages, AsyncStorage, `new MMKV(…)` without an encryption key, Capacitor Preferences.
; expo-secure-store, react-native-keychain, react-native-encrypted-storage and
; react-native-sensitive-info are made by something else and stay silent.

; ---- sources: values named like secrets ----------------------------------------------------

; token, refreshToken, sessionId, password (a local, parameter or shorthand property); not an
; input element (passwordInput: its value is the secret), nor a token of text in
; autocompletion, tokenizer or syntax-highlighting code
([(identifier) (shorthand_property_identifier)] @source
  (#sc-in-list? @source "secret-like-names!secret-name-qualifiers,widget-name-words")
  (#sc-not-inside? @source "function-named" "([Aa]utocomplet|[Tt]okeni[sz]|[Ll]exer|[Ll]exical|[Hh]ighlight|[Ss]yntax|[Gg]rammar|^search$)"))

; response.access_token, this.sessionToken, auth.#refreshToken
((member_expression
  property: [(property_identifier) (private_property_identifier)] @_name) @source
  (#sc-in-list? @_name "secret-like-names!secret-name-qualifiers,widget-name-words"))

; data['refresh_token']
((subscript_expression
  index: (string) @_name) @source
  (#sc-in-list? @_name "secret-like-names!secret-name-qualifiers"))

; getToken(), authService.accessToken(); not an action (setPassword, clearSession)
((call_expression
  function: [
    (identifier) @_name
    (member_expression property: (property_identifier) @_name)
  ]) @source
  (#sc-in-list? @_name "secret-like-names!secret-name-qualifiers,not-secret-call-words"))

; passwordInput.value, token.trim(), pin.toString(): the secret in another form
((member_expression
  object: [
    (identifier) @_name
    (member_expression property: (property_identifier) @_name)
  ]
  property: (property_identifier) @_carry) @source
  (#sc-in-list? @_carry "secret-carrying-members")
  (#sc-in-list? @_name "secret-like-names!secret-name-qualifiers"))

((call_expression
  function: (member_expression
    object: [
      (identifier) @_name
      (member_expression property: (property_identifier) @_name)
    ]
    property: (property_identifier) @_carry)) @source
  (#sc-in-list? @_carry "secret-carrying-members")
  (#sc-in-list? @_name "secret-like-names!secret-name-qualifiers"))

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
  (#sc-in-list? @_name "secret-like-names!secret-name-qualifiers"))

; ---- sanitizers: a value renamed as something that is not the secret -------------------------

; const path = getCookie('redirect'); { endpoint: cfg.token }: the name says what it holds
((variable_declarator
  name: (identifier) @_name
  value: (_) @sanitizer)
  (#sc-in-list? @_name "secret-name-qualifiers")
  (#sc-not-in-list? @_name "secret-like-names!secret-name-qualifiers"))

((assignment_expression
  left: [(identifier) @_name (member_expression property: (property_identifier) @_name)]
  right: (_) @sanitizer)
  (#sc-in-list? @_name "secret-name-qualifiers")
  (#sc-not-in-list? @_name "secret-like-names!secret-name-qualifiers"))

((pair
  key: (property_identifier) @_name
  value: (_) @sanitizer)
  (#sc-in-list? @_name "secret-name-qualifiers")
  (#sc-not-in-list? @_name "secret-like-names!secret-name-qualifiers"))

; { endpoint } with endpoint = this.endpoints.token; function rotate(endpoint = cfg.token)
((shorthand_property_identifier) @sanitizer
  (#sc-in-list? @sanitizer "secret-name-qualifiers")
  (#sc-not-in-list? @sanitizer "secret-like-names!secret-name-qualifiers"))

([(required_parameter pattern: (identifier) @_name value: (_) @sanitizer)
  (optional_parameter pattern: (identifier) @_name value: (_) @sanitizer)]
  (#sc-in-list? @_name "secret-name-qualifiers")
  (#sc-not-in-list? @_name "secret-like-names!secret-name-qualifiers"))

; ---- sinks: plain key-value stores -----------------------------------------------------------

; localStorage.setItem(KEY, token); window.sessionStorage.setItem(…); AsyncStorage.setItem(…);
; storage.set(key, token) on an MMKV. A key that says the value is something else is believed
; ('token_expires_at', PUSH_TOKEN_KEY): the key has no word of `secret-name-qualifiers`, or only
; inside a secret name.
((call_expression
  function: (member_expression
    property: (property_identifier) @_set)
  arguments: (arguments
    .
    (_) @_key
    .
    (_) @sink)) @_call
  (#any-of? @_set "setItem" "set" "setString")
  (#sc-not-in-list? @_key "secret-name-qualifiers")
  (#sc-made-by? @_call "list:plain-key-value-stores" "receiver")
  (#sc-not-made-by? @_call "list:encrypted-storage-names" "receiver"))

((call_expression
  function: (member_expression
    property: (property_identifier) @_set)
  arguments: (arguments
    .
    (_) @_key
    .
    (_) @sink)) @_call
  (#any-of? @_set "setItem" "set" "setString")
  (#sc-in-list? @_key "secret-like-names!secret-name-qualifiers")
  (#sc-made-by? @_call "list:plain-key-value-stores" "receiver")
  (#sc-not-made-by? @_call "list:encrypted-storage-names" "receiver"))

; the same writes under a key named or valued like a secret, whatever the value is called:
; AsyncStorage.setItem(STORAGE_KEY, body) with STORAGE_KEY = 'refresh_token'
((call_expression
  function: (member_expression
    property: (property_identifier) @_set)
  arguments: (arguments
    .
    (_) @_key
    .
    (_) @finding)) @_call
  (#any-of? @_set "setItem" "set" "setString")
  (#not-match? @finding "^(null|undefined|true|false|['\"`]|-?[0-9])")
  (#sc-not-in-list? @finding "secret-name-qualifiers")
  (#sc-value-matches? @_key "list:secret-like-names!secret-name-qualifiers")
  (#sc-made-by? @_call "list:plain-key-value-stores" "receiver")
  (#sc-not-made-by? @_call "list:encrypted-storage-names" "receiver"))

((call_expression
  function: (member_expression
    property: (property_identifier) @_set)
  arguments: (arguments
    .
    [(identifier) (member_expression)] @_key
    .
    (_) @finding)) @_call
  (#any-of? @_set "setItem" "set" "setString")
  (#not-match? @finding "^(null|undefined|true|false|['\"`]|-?[0-9])")
  (#sc-not-in-list? @finding "secret-name-qualifiers")
  (#sc-in-list? @_key "secret-like-names!secret-name-qualifiers")
  (#sc-made-by? @_call "list:plain-key-value-stores" "receiver")
  (#sc-not-made-by? @_call "list:encrypted-storage-names" "receiver"))

; Capacitor: Preferences.set({ key: 'token', value: token })
((call_expression
  function: (member_expression
    property: (property_identifier) @_set)
  arguments: (arguments
    .
    (object
      (pair key: (property_identifier) @_k value: (_) @_key)
      (pair key: (property_identifier) @_v value: (_) @sink)))) @_call
  (#eq? @_set "set")
  (#eq? @_k "key")
  (#eq? @_v "value")
  (#sc-not-in-list? @_key "secret-name-qualifiers")
  (#sc-made-by? @_call "list:plain-key-value-stores" "receiver"))

((call_expression
  function: (member_expression
    property: (property_identifier) @_set)
  arguments: (arguments
    .
    (object
      (pair key: (property_identifier) @_k value: (_) @_key)
      (pair key: (property_identifier) @_v value: (_) @finding)))) @_call
  (#eq? @_set "set")
  (#eq? @_k "key")
  (#eq? @_v "value")
  (#not-match? @finding "^(null|undefined|true|false|['\"`]|-?[0-9])")
  (#sc-not-in-list? @finding "secret-name-qualifiers")
  (#sc-value-matches? @_key "list:secret-like-names!secret-name-qualifiers")
  (#sc-made-by? @_call "list:plain-key-value-stores" "receiver"))

; localStorage.session = …; localStorage['authToken'] = …; sessionStorage[KEY] = …
((assignment_expression
  left: [
    (member_expression object: (_) @_store property: (property_identifier) @_key)
    (subscript_expression object: (_) @_store index: (_) @_key)
  ]
  right: (_) @sink)
  (#sc-not-in-list? @_key "secret-name-qualifiers")
  (#sc-made-by? @_store "^(localStorage|sessionStorage)$"))

((assignment_expression
  left: [
    (member_expression object: (_) @_store property: (property_identifier) @_key)
    (subscript_expression object: (_) @_store index: (_) @_key)
  ]
  right: (_) @finding)
  (#not-match? @finding "^(null|undefined|true|false|['\"`]|-?[0-9])")
  (#sc-not-in-list? @finding "secret-name-qualifiers")
  (#sc-in-list? @_key "secret-like-names!secret-name-qualifiers")
  (#sc-made-by? @_store "^(localStorage|sessionStorage)$"))

; AsyncStorage.multiSet([[ACCESS_TOKEN_KEY, accessToken], ['refresh', refreshToken]])
((call_expression
  function: (member_expression
    property: (property_identifier) @_set)
  arguments: (arguments
    (array
      (array
        .
        (_) @_key
        .
        (_) @sink .)))) @_call
  (#eq? @_set "multiSet")
  (#sc-not-in-list? @_key "secret-name-qualifiers")
  (#sc-made-by? @_call "list:plain-key-value-stores" "receiver"))

((call_expression
  function: (member_expression
    property: (property_identifier) @_set)
  arguments: (arguments
    (array
      (array
        .
        (_) @_key
        .
        (_) @finding .)))) @_call
  (#eq? @_set "multiSet")
  (#not-match? @finding "^(null|undefined|true|false|['\"`]|-?[0-9])")
  (#sc-not-in-list? @finding "secret-name-qualifiers")
  (#sc-value-matches? @_key "list:secret-like-names!secret-name-qualifiers")
  (#sc-made-by? @_call "list:plain-key-value-stores" "receiver"))

; ---- sinks: plain files ------------------------------------------------------------------------

; fs.writeFileSync(path, token), fs.promises.writeFile(…), FileSystem.writeAsStringAsync(uri,
; token) (Expo), RNFS.writeFile(path, token)
((call_expression
  function: [
    (identifier) @_write
    (member_expression property: (property_identifier) @_write)
  ]
  arguments: (arguments
    .
    (_)
    .
    (_) @sink))
  (#any-of? @_write "writeFileSync" "writeFile" "appendFileSync" "appendFile" "writeAsStringAsync"))
