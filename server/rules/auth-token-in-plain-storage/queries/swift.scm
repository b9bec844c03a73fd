; Secrets (tokens, session ids, passwords, PINs) written to storage that keeps them in plain
; text: UserDefaults (also app-group suites), @AppStorage, the iCloud key-value store and
; plain files (CWE-312, CWE-922). Which names count as secrets is the shared list
; `secret-like-names`, minus names whose other words make them something else
; (`secret-name-qualifiers`: tokenExpiry, hasSeenOnboarding, sessionCount, apnsToken).
;
; A write is reported when the value written is named like a secret (a flow through locals,
; properties, parameters, helpers and interpolation of this file), or when the key it is
; stored under is (`set(body, forKey: "refresh_token")`, a key constant named or valued like
; one); a literal value (`nil` to clear, a flag) stores no secret.
;
; Which store is plain is decided by what its object is made by (#sc-made-by?):
; `UserDefaults.standard`, `UserDefaults(suiteName:)`, a `defaults: UserDefaults` property or
; parameter, `NSUbiquitousKeyValueStore.default`. Keychain wrappers (KeychainAccess,
; KeychainSwift, SwiftKeychainWrapper) share the `set(_:forKey:)` shape but are made by
; something else, and names that say they encrypt (`secureDefaults`) are believed.

; ---- sources: values named like secrets ----------------------------------------------------

; token, refreshToken, sessionId, password (a local, parameter or property read); not an
; input view (passwordField: its text is the secret), nor a token of text in autocompletion,
; tokenizer or syntax-highlighting code
((simple_identifier) @source
  (#sc-in-list? @source "secret-like-names!secret-name-qualifiers,widget-name-words")
  (#sc-not-inside? @source "function-named" "([Aa]utocomplet|[Tt]okeni[sz]|[Ll]exer|[Ll]exical|[Hh]ighlight|[Ss]yntax|[Gg]rammar|^search$)"))

; response.accessToken, credentials.password, self.sessionToken
((navigation_expression
  suffix: (navigation_suffix
    suffix: (simple_identifier) @_name)) @source
  (#sc-in-list? @_name "secret-like-names!secret-name-qualifiers,widget-name-words"))

; tokenStore.accessToken(), currentSessionToken(); not an action (setPassword, clearSession)
((call_expression
  [
    (simple_identifier) @_name
    (navigation_expression suffix: (navigation_suffix suffix: (simple_identifier) @_name))
  ]
  (call_suffix)) @source
  (#sc-in-list? @_name "secret-like-names!secret-name-qualifiers,not-secret-call-words"))

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
  (#sc-in-list? @_name "secret-like-names!secret-name-qualifiers"))

((navigation_expression
  target: [
    (simple_identifier) @_name
    (navigation_expression suffix: (navigation_suffix suffix: (simple_identifier) @_name))
  ]
  suffix: (navigation_suffix suffix: (simple_identifier) @_carry)) @source
  (#sc-in-list? @_carry "secret-carrying-members")
  (#sc-in-list? @_name "secret-like-names!secret-name-qualifiers"))

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
  (#sc-in-list? @_name "secret-like-names!secret-name-qualifiers"))

; json["access_token"] as? String: read under a secret key
((call_expression
  (_)
  (call_suffix
    (value_arguments
      "["
      .
      (value_argument
        value: (line_string_literal) @_key)))) @source
  (#sc-in-list? @_key "secret-like-names!secret-name-qualifiers"))

; ---- sanitizers: a value renamed as something that is not the secret -------------------------

; let path = cookie.value; let tokenExpiry = token.expiresAt: the name says what it holds
((property_declaration
  name: (pattern bound_identifier: (simple_identifier) @_name)
  value: (_) @sanitizer)
  (#sc-in-list? @_name "secret-name-qualifiers")
  (#sc-not-in-list? @_name "secret-like-names!secret-name-qualifiers"))

((assignment
  target: (directly_assignable_expression [(simple_identifier) @_name (navigation_expression suffix: (navigation_suffix suffix: (simple_identifier) @_name))])
  result: (_) @sanitizer)
  (#sc-in-list? @_name "secret-name-qualifiers")
  (#sc-not-in-list? @_name "secret-like-names!secret-name-qualifiers"))

; ---- sinks: plain key-value stores -----------------------------------------------------------

; UserDefaults.standard.set(token, forKey: "authToken"); defaults.setValue(…, forKey: …);
; NSUbiquitousKeyValueStore.default.set(…). A key that says the value is something else is
; believed (apnsTokenKey, "lastSyncDate"): the key has no word of `secret-name-qualifiers`, or
; only inside a secret name.
((call_expression
  (navigation_expression
    suffix: (navigation_suffix suffix: (simple_identifier) @_set))
  (call_suffix
    (value_arguments
      .
      (value_argument
        value: (_) @sink)
      .
      (value_argument
        name: (value_argument_label) @_label
        value: (_) @_key)))) @_call
  (#any-of? @_set "set" "setValue" "setObject")
  (#eq? @_label "forKey")
  (#sc-not-in-list? @_key "secret-name-qualifiers")
  (#sc-made-by? @_call "list:plain-key-value-stores" "receiver")
  (#sc-not-made-by? @_call "list:encrypted-storage-names" "receiver"))

((call_expression
  (navigation_expression
    suffix: (navigation_suffix suffix: (simple_identifier) @_set))
  (call_suffix
    (value_arguments
      .
      (value_argument
        value: (_) @sink)
      .
      (value_argument
        name: (value_argument_label) @_label
        value: (_) @_key)))) @_call
  (#any-of? @_set "set" "setValue" "setObject")
  (#eq? @_label "forKey")
  (#sc-in-list? @_key "secret-like-names!secret-name-qualifiers")
  (#sc-made-by? @_call "list:plain-key-value-stores" "receiver")
  (#sc-not-made-by? @_call "list:encrypted-storage-names" "receiver"))

; the same writes under a key named or valued like a secret, whatever the value is called:
; defaults.set(body, forKey: "refresh_token"), set(data, forKey: Keys.sessionToken)
((call_expression
  (navigation_expression
    suffix: (navigation_suffix suffix: (simple_identifier) @_set))
  (call_suffix
    (value_arguments
      .
      (value_argument
        value: (_) @finding)
      .
      (value_argument
        name: (value_argument_label) @_label
        value: (_) @_key)))) @_call
  (#any-of? @_set "set" "setValue" "setObject")
  (#eq? @_label "forKey")
  (#not-match? @finding "^(nil|true|false|\"|-?[0-9]|\\.)")
  (#sc-not-in-list? @finding "secret-name-qualifiers")
  (#sc-value-matches? @_key "list:secret-like-names!secret-name-qualifiers")
  (#sc-made-by? @_call "list:plain-key-value-stores" "receiver")
  (#sc-not-made-by? @_call "list:encrypted-storage-names" "receiver"))

((call_expression
  (navigation_expression
    suffix: (navigation_suffix suffix: (simple_identifier) @_set))
  (call_suffix
    (value_arguments
      .
      (value_argument
        value: (_) @finding)
      .
      (value_argument
        name: (value_argument_label) @_label
        value: [(simple_identifier) (navigation_expression) (prefix_expression)] @_key)))) @_call
  (#any-of? @_set "set" "setValue" "setObject")
  (#eq? @_label "forKey")
  (#not-match? @finding "^(nil|true|false|\"|-?[0-9]|\\.)")
  (#sc-not-in-list? @finding "secret-name-qualifiers")
  (#sc-in-list? @_key "secret-like-names!secret-name-qualifiers")
  (#sc-made-by? @_call "list:plain-key-value-stores" "receiver")
  (#sc-not-made-by? @_call "list:encrypted-storage-names" "receiver"))

; @AppStorage("authToken") var authToken = ""; @AppStorage(Keys.session) var stored: String:
; the property writes to UserDefaults whenever it is set
((property_declaration
  (modifiers
    (attribute
      (user_type (type_identifier) @_wrapper)
      .
      (_) @_key) @finding))
  (#eq? @_wrapper "AppStorage")
  (#set! variant "declared")
  (#sc-value-matches? @_key "list:secret-like-names!secret-name-qualifiers"))

((property_declaration
  (modifiers
    (attribute
      (user_type (type_identifier) @_wrapper)
      .
      [(simple_identifier) (navigation_expression)] @_key) @finding))
  (#eq? @_wrapper "AppStorage")
  (#set! variant "declared")
  (#sc-in-list? @_key "secret-like-names!secret-name-qualifiers"))

((property_declaration
  (modifiers
    (attribute
      (user_type (type_identifier) @_wrapper)) @finding)
  name: (pattern
    bound_identifier: (simple_identifier) @_name))
  (#eq? @_wrapper "AppStorage")
  (#set! variant "declared")
  (#sc-in-list? @_name "secret-like-names!secret-name-qualifiers"))

; ---- sinks: plain files ------------------------------------------------------------------------

; try token.write(to: url, atomically: true, encoding: .utf8); try tokenData.write(to: fileURL)
((call_expression
  (navigation_expression
    target: (_) @sink
    suffix: (navigation_suffix suffix: (simple_identifier) @_write))
  (call_suffix
    (value_arguments
      .
      (value_argument
        name: (value_argument_label) @_label))))
  (#eq? @_write "write")
  (#eq? @_label "to"))

; FileManager.default.createFile(atPath: path, contents: token.data(using: .utf8))
((call_expression
  (navigation_expression
    suffix: (navigation_suffix suffix: (simple_identifier) @_create))
  (call_suffix
    (value_arguments
      (value_argument
        name: (value_argument_label) @_label
        value: (_) @sink))))
  (#eq? @_create "createFile")
  (#eq? @_label "contents"))
