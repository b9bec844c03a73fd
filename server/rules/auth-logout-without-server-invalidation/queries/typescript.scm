; A log-out function that forgets the session on the device but never tells the server
; (CWE-613, a hint): its name says log out / sign out (`logout-names`, not a callback that runs
; after the server call: onLogoutSuccess, logoutCompleted, signOutLocally), it clears
; something kept locally (localStorage / AsyncStorage / SecureStore items, a cookie, a token
; set to null), and nothing on its path ends the session remotely: no logout / sign-out /
; revoke / end-session call of an SDK, no fetch / axios / request (`server-logout-callees`).
; Calls of this file's functions count by their bodies (`clearTokens()` clears), so the check
; follows helpers. A Redux or Vuex reducer (`logout(state) { state.token = null }`) only
; updates client state; the request, if any, is made elsewhere: silent.

; function logout() { … }, logout() { … } in a class or object, const handleLogout = () => { … },
; signout = () => { … } as a class field
(([
  (function_declaration name: (identifier) @finding parameters: (formal_parameters) @_params body: (statement_block) @_body)
  (method_definition name: (property_identifier) @finding parameters: (formal_parameters) @_params body: (statement_block) @_body)
  (variable_declarator name: (identifier) @finding value: [
    (arrow_function parameters: (formal_parameters) @_params body: (_) @_body)
    (function_expression parameters: (formal_parameters) @_params body: (_) @_body)
  ])
  (public_field_definition name: (property_identifier) @finding value: [
    (arrow_function parameters: (formal_parameters) @_params body: (_) @_body)
    (function_expression parameters: (formal_parameters) @_params body: (_) @_body)
  ])
  (pair key: (property_identifier) @finding value: [
    (arrow_function parameters: (formal_parameters) @_params body: (_) @_body)
    (function_expression parameters: (formal_parameters) @_params body: (_) @_body)
  ])
 ])
  (#sc-in-list? @finding "logout-names!not-logout-names")
  (#not-match? @_params "^\\(\\s*(state|draft)\\b")
  (#sc-has-call? @_body "list:local-clear-callees")
  (#sc-not-has-call? @_body "list:server-logout-callees"))

(([
  (function_declaration name: (identifier) @finding parameters: (formal_parameters) @_params body: (statement_block) @_body)
  (method_definition name: (property_identifier) @finding parameters: (formal_parameters) @_params body: (statement_block) @_body)
  (variable_declarator name: (identifier) @finding value: [
    (arrow_function parameters: (formal_parameters) @_params body: (_) @_body)
    (function_expression parameters: (formal_parameters) @_params body: (_) @_body)
  ])
  (public_field_definition name: (property_identifier) @finding value: [
    (arrow_function parameters: (formal_parameters) @_params body: (_) @_body)
    (function_expression parameters: (formal_parameters) @_params body: (_) @_body)
  ])
  (pair key: (property_identifier) @finding value: [
    (arrow_function parameters: (formal_parameters) @_params body: (_) @_body)
    (function_expression parameters: (formal_parameters) @_params body: (_) @_body)
  ])
 ])
  (#sc-in-list? @finding "logout-names!not-logout-names")
  (#not-match? @_params "^\\(\\s*(state|draft)\\b")
  (#match? @_body "([Tt]oken|[Ss]ession|[Pp]assword|[Cc]redentials?|[Cc]ookies?|[Aa]uth\\w*)\\s*=\\s*(null|undefined|''|\"\"|`[^`]*=;)|cookie\\s*=\\s*['\"`][^'\"`]*=;")
  (#sc-not-has-call? @_body "list:server-logout-callees"))
