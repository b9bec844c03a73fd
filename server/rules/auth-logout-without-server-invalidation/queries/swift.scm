; A log-out function that forgets the session on the device but never tells the server
; (CWE-613, a hint): its name says log out / sign out (`logout-names`, not a callback that runs
; after the server call: didFinishLogout is judged, onLogoutSuccess, logoutCompleted and
; signOutLocally-style helpers whose name says local are not), it clears something kept
; locally (a Keychain item, a UserDefaults key, cookies, a file, a token set to nil), and
; nothing on its path ends the session remotely: no logout / sign-out / revoke / end-session
; call of an SDK or API client, no URLSession or Alamofire request (`server-logout-callees`).
; Calls of this file's functions count by their bodies (`clearLocalState()` clears), so the
; check follows helpers. Protocol requirements have no body and are not reported.

; func logout() { accessToken = nil; try? keychain.remove("refresh_token") }
((function_declaration
  name: (simple_identifier) @finding
  body: (function_body) @_body)
  (#sc-in-list? @finding "logout-names!not-logout-names")
  (#sc-has-call? @_body "list:local-clear-callees")
  (#sc-not-has-call? @_body "list:server-logout-callees"))

; func logoutTapped() { sessionToken = nil; password = nil }
((function_declaration
  name: (simple_identifier) @finding
  body: (function_body) @_body)
  (#sc-in-list? @finding "logout-names!not-logout-names")
  (#match? @_body "([Tt]oken|[Ss]ession|[Pp]assword|[Cc]redentials?|[Cc]ookies?|[Aa]uth\\w*)\\s*=\\s*(nil|\"\")")
  (#sc-not-has-call? @_body "list:server-logout-callees"))
