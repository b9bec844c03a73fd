; A log-out function that forgets the session on the device but never tells the server
; (CWE-613, a hint): its name says log out / sign out (`logout-names`, not a callback that runs
; after the server call: onLogoutSuccess, logoutCompleted, signOutLocally), it clears
; something kept locally (a stored key, the preferences, a token set to null), and nothing on
; its path ends the session remotely: no logout / sign-out / revoke / end-session call of an
; SDK or API client, no HTTP request (`server-logout-callees`). Calls of this file's functions
; count by their bodies (`clearTokens()` clears, `endServerSession()` that posts to the API
; is the server call), so the check follows helpers; a function that only delegates to
; another object's `logout()` is silent. Declarations without a body (interfaces, Retrofit
; services) are not log-out implementations.

; fun logout() { accessToken = null; prefs.edit { remove("refresh_token") } }
((function_declaration
  name: (identifier) @finding
  (function_body) @_body)
  (#sc-in-list? @finding "logout-names!not-logout-names")
  (#sc-has-call? @_body "list:local-clear-callees")
  (#sc-not-has-call? @_body "list:server-logout-callees"))

; fun logout() { token = null; session = null; navigateToLogin() }
((function_declaration
  name: (identifier) @finding
  (function_body) @_body)
  (#sc-in-list? @finding "logout-names!not-logout-names")
  (#match? @_body "([Tt]oken|[Ss]ession|[Pp]assword|[Cc]redentials?|[Cc]ookies?|[Aa]uth\\w*)\\s*=\\s*(null|\"\")")
  (#sc-not-has-call? @_body "list:server-logout-callees"))
