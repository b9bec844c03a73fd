; Session and token cookies sent without the Secure attribute, or readable from scripts
; (CWE-614, CWE-1004): express-session and cookie-session options with `secure: false` or
; without `secure` at all (both default to insecure cookies), Express `res.cookie(name, v)`
; for a session or token cookie without `secure`, an explicit `secure: false` /
; `httpOnly: false` for such a cookie in Koa `ctx.cookies.set`, Fastify `reply.setCookie` or
; `cookie.serialize`, and `document.cookie = "session=…"` without `Secure`.
;
; Which cookies hold a session is their name: `secret-like-names` or `session-cookie-names`
; (sid, access_token, connect.sid, auth), not `secret-name-qualifiers`. `secure: isProduction`,
; `secure: 'auto'` and options this file does not show are decisions made elsewhere: silent.
; The `false` may sit in an options object kept in a constant (a flow to the call).

; ---- explicit false -----------------------------------------------------------------------

; app.use(session({ secret, cookie: { secure: false } })), cookieSession({ keys, httpOnly: false })
((call_expression
  function: (identifier) @_fn
  arguments: (arguments
    (object
      (pair
        key: (property_identifier) @_cookie
        value: (object
          (pair
            key: (property_identifier) @_key
            value: (false)) @finding)))))
  (#any-of? @_fn "session" "expressSession" "cookieSession")
  (#eq? @_cookie "cookie")
  (#any-of? @_key "secure" "httpOnly"))

((call_expression
  function: (identifier) @_fn
  arguments: (arguments
    (object
      (pair
        key: (property_identifier) @_key
        value: (false)) @finding)))
  (#any-of? @_fn "session" "expressSession" "cookieSession")
  (#any-of? @_key "secure" "httpOnly"))

; res.cookie('sid', token, { httpOnly: false }); ctx.cookies.set('accessToken', t, { secure: false });
; reply.setCookie('session', v, { secure: false }); cookie.serialize('token', v, { httpOnly: false })
((call_expression
  function: (member_expression
    property: (property_identifier) @_set)
  arguments: (arguments
    .
    (_) @_name
    .
    (_)
    .
    (object
      (pair
        key: (property_identifier) @_key
        value: (false)) @finding)))
  (#any-of? @_set "cookie" "set" "setCookie" "serialize")
  (#any-of? @_key "secure" "httpOnly")
  (#sc-value-matches? @_name "list:secret-like-names,session-cookie-names!secret-name-qualifiers"))

; the same options kept in a constant: const opts = { …, secure: false }; app.use(cookieSession(opts))
((pair
  key: (property_identifier) @_key
  value: (false) @source)
  (#any-of? @_key "secure" "httpOnly"))

((call_expression
  function: (identifier) @_fn
  arguments: (arguments [(identifier) (member_expression)] @sink))
  (#any-of? @_fn "session" "expressSession" "cookieSession"))

((call_expression
  function: (member_expression
    property: (property_identifier) @_set)
  arguments: (arguments
    .
    (_) @_name
    .
    (_)
    .
    [(identifier) (member_expression)] @sink))
  (#any-of? @_set "cookie" "set" "setCookie" "serialize")
  (#sc-value-matches? @_name "list:secret-like-names,session-cookie-names!secret-name-qualifiers"))

; ---- secure never set ---------------------------------------------------------------------

; app.use(session({ secret: …, resave: false })): express-session sends its cookie without
; Secure unless `cookie.secure` is set
((call_expression
  function: (identifier) @_fn
  arguments: (arguments
    .
    (object) @finding .))
  (#any-of? @_fn "session" "expressSession" "cookieSession")
  (#match? @finding "(secret|keys)\\s*:")
  (#not-match? @finding "secure\\s*:"))

; res.cookie('access_token', token) and res.cookie('sid', token, { httpOnly: true }): no Secure
((call_expression
  function: (member_expression
    object: (identifier) @_res
    property: (property_identifier) @_cookie)
  arguments: (arguments
    .
    (_) @_name
    .
    (_) .)) @finding
  (#eq? @_cookie "cookie")
  (#match? @_res "^(res|response|reply)$")
  (#sc-value-matches? @_name "list:secret-like-names,session-cookie-names!secret-name-qualifiers"))

((call_expression
  function: (member_expression
    object: (identifier) @_res
    property: (property_identifier) @_cookie)
  arguments: (arguments
    .
    (_) @_name
    .
    (_)
    .
    (object) @_options .)) @finding
  (#eq? @_cookie "cookie")
  (#match? @_res "^(res|response|reply)$")
  (#not-match? @_options "secure\\s*:")
  (#sc-value-matches? @_name "list:secret-like-names,session-cookie-names!secret-name-qualifiers"))

; document.cookie = `session=${token}; path=/` without Secure
((assignment_expression
  left: (member_expression
    object: (identifier) @_document
    property: (property_identifier) @_cookie)
  right: (_) @finding)
  (#eq? @_document "document")
  (#eq? @_cookie "cookie")
  (#not-match? @finding "[Ss]ecure")
  (#sc-value-matches? @finding "^\\s*[\\w.-]*([Ss]ession|SESSION|[Ss]id|SID|[Tt]oken|TOKEN|[Aa]uth|AUTH|[Jj]wt|JWT)[\\w.-]*=[^;\\s]"))
