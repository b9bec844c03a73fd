; Session and token cookies sent without the Secure attribute, or readable from scripts
; (CWE-614, CWE-1004): Servlet `cookie.setSecure(false)` / `setHttpOnly(false)`, a
; `new Cookie("JSESSIONID" | "session" | "access_token", …)` that the method never marks
; `setSecure(true)`, Spring `ResponseCookie.from("session", …)` built without `.secure(true)`,
; and a session cookie handed to an Android WebView (`CookieManager.setCookie`) without
; `Secure`.
;
; Which cookies hold a session is their name: `secret-like-names` or `session-cookie-names`
; (SESSION, JSESSIONID, remember_token, auth), not `secret-name-qualifiers`. `setSecure(https)` is
; a decision made at run time: silent.

; cookie.setSecure(false); ResponseCookie.from(…).secure(false): no cookie needs to travel in
; cleartext
((method_invocation
  name: (identifier) @_set
  arguments: (argument_list . (false) .)) @finding
  (#any-of? @_set "setSecure" "secure"))

; remember.setHttpOnly(false) on a session or token cookie (a theme cookie may be read by scripts)
((method_invocation
  object: (_) @_cookie
  name: (identifier) @_set
  arguments: (argument_list . (false) .)) @finding
  (#any-of? @_set "setHttpOnly" "httpOnly")
  (#sc-made-by? @_cookie "list:secret-like-names,session-cookie-names/cookie-words!secret-name-qualifiers"))

((method_invocation
  object: (identifier) @_cookie
  name: (identifier) @_set
  arguments: (argument_list . (false) .)) @finding
  (#any-of? @_set "setHttpOnly" "httpOnly")
  (#sc-in-list? @_cookie "secret-like-names,session-cookie-names!secret-name-qualifiers"))

; new Cookie(SESSION_COOKIE, sessionId) with no setSecure(true) in the method
((object_creation_expression
  type: (type_identifier) @_type
  arguments: (argument_list . (_) @_name)) @finding
  (#eq? @_type "Cookie")
  (#sc-value-matches? @_name "list:secret-like-names,session-cookie-names!secret-name-qualifiers")
  (#sc-not-has-call? @finding "^setSecure$" "member"))

; ResponseCookie.from("access_token", token).httpOnly(true).build() without .secure(true)
((method_invocation
  name: (identifier) @_build) @finding
  (#eq? @_build "build")
  (#match? @finding "^ResponseCookie\\s*\\.\\s*from\\s*\\(")
  (#not-match? @finding "\\.\\s*secure\\s*\\(")
  (#sc-made-by? @finding "list:secret-like-names,session-cookie-names/cookie-words!secret-name-qualifiers"))

; CookieManager.getInstance().setCookie(url, "session=" + token + "; Path=/") without Secure
((method_invocation
  name: (identifier) @_set
  arguments: (argument_list . (_) . (_) @finding .))
  (#eq? @_set "setCookie")
  (#not-match? @finding "[Ss]ecure")
  (#sc-value-matches? @finding "^\\s*[\\w.-]*([Ss]ession|SESSION|[Ss]id|SID|[Tt]oken|TOKEN|[Aa]uth|AUTH|[Jj]wt|JWT)[\\w.-]*=[^;\\s]"))
