; Session and token cookies sent without the Secure attribute, or readable from scripts
; (CWE-614, CWE-1004): Ktor session cookies (`cookie<UserSession>("user_session") { … }`)
; configured without `cookie.secure = true`, Ktor `Cookie("access_token", …)` without
; `secure = true` or with `httpOnly = false`, Servlet cookies marked `isSecure = false`
; (`setSecure(false)`), OkHttp `Cookie.Builder()` chains for a session cookie without
; `.secure()`, and a session cookie handed to an Android WebView (`CookieManager.setCookie`)
; without `Secure`.
;
; Which cookies hold a session is their name: `secret-like-names` or `session-cookie-names`
; (SESSION, user_session, refresh_token, auth), not `secret-name-qualifiers`. `secure = production`
; is a decision made at run time: silent.

; cookie.isSecure = false; cookie.secure = false (Ktor sessions, Servlet cookies)
((assignment
  left: (navigation_expression
    (identifier) @_flag .)
  right: (_) @_false) @finding
  (#any-of? @_flag "isSecure" "secure")
  (#eq? @_false "false"))

; cookie.setSecure(false); not a window flag (activity.setSecure(false) toggling FLAG_SECURE,
; SurfaceView.setSecure): an Activity, Window, Dialog or View is no cookie
((call_expression
  (navigation_expression . (_) @_recv (identifier) @_set .)
  (value_arguments . (value_argument (_) @_false) .)) @finding
  (#eq? @_set "setSecure")
  (#eq? @_false "false")
  (#sc-not-made-by? @_recv "(Activity|Window|Dialog|Fragment|View|Surface|^activity$|^window$)"))

; cookie.isHttpOnly = false / setHttpOnly(false) on a session or token cookie
((assignment
  left: (navigation_expression
    (_) @_cookie
    (identifier) @_flag .)
  right: (_) @_false) @finding
  (#any-of? @_flag "isHttpOnly" "httpOnly")
  (#eq? @_false "false")
  (#sc-made-by? @_cookie "list:secret-like-names,session-cookie-names/cookie-words!secret-name-qualifiers"))

; install(Sessions) { cookie<UserSession>("user_session") { cookie.path = "/" } }: Ktor sends
; session cookies without Secure unless the block sets `cookie.secure`
((call_expression
  (call_expression
    (identifier) @_fn
    (type_arguments)
    (value_arguments . (value_argument (string_literal) @_name))) @finding
  (annotated_lambda) @_config)
  (#eq? @_fn "cookie")
  (#not-match? @_config "\\bsecure\\s*=")
  (#sc-value-matches? @_name "list:secret-like-names,session-cookie-names!secret-name-qualifiers"))

; Cookie("access_token", token, httpOnly = true) without secure = true (Ktor)
((call_expression
  (identifier) @_type
  (value_arguments . (value_argument (_) @_name)) @_args) @finding
  (#eq? @_type "Cookie")
  (#not-match? @_args "\\bsecure\\s*=\\s*true")
  (#sc-value-matches? @_name "list:secret-like-names,session-cookie-names!secret-name-qualifiers"))

; Cookie(name = "refresh_token", …, httpOnly = false) (Ktor)
((call_expression
  (identifier) @_type
  (value_arguments
    (value_argument (identifier) @_flag . (_) @_false) @finding)) @_call
  (#eq? @_type "Cookie")
  (#any-of? @_flag "httpOnly" "secure")
  (#eq? @_false "false")
  (#sc-made-by? @_call "list:secret-like-names,session-cookie-names/cookie-words!secret-name-qualifiers"))

; okhttp3.Cookie.Builder().name("session").value(token).domain(host).build() without .secure()
((call_expression
  (navigation_expression
    (identifier) @_build .)) @finding
  (#eq? @_build "build")
  (#match? @finding "Cookie\\s*\\.\\s*Builder\\s*\\(")
  (#not-match? @finding "\\.\\s*secure\\s*\\(")
  (#sc-made-by? @finding "list:secret-like-names,session-cookie-names/cookie-words!secret-name-qualifiers"))

; CookieManager.getInstance().setCookie(url, "session=$token; Path=/") without Secure
((call_expression
  (navigation_expression (identifier) @_set .)
  (value_arguments . (value_argument) . (value_argument (_) @finding) .))
  (#eq? @_set "setCookie")
  (#not-match? @finding "[Ss]ecure")
  (#sc-value-matches? @finding "^\\s*[\\w.-]*([Ss]ession|SESSION|[Ss]id|SID|[Tt]oken|TOKEN|[Aa]uth|AUTH|[Jj]wt|JWT)[\\w.-]*=[^;\\s]"))
