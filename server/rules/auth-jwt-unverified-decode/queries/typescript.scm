; A decision made on a claim of a JWT that was decoded but never verified (CWE-347): the
; payload of a JWT is only Base64, so anyone can write a token whose `role` is "admin".
; It is a flow over derived values (dataflow/derived.ts): the source is the decode call
; (jsonwebtoken's jwt.decode, jwt-decode, jose's decodeJwt, angular-jwt's decodeToken, or a
; token split by hand, `token.split('.')`), the sink is the condition of an if / switch /
; while / ternary, and the flow counts only when a claim is read on the way
; (`(#set! needs "part")`): `if (!claims)` is not a claim read, `claims.role === 'admin'` is.
; Time claims (`exp`, `iat`, `nbf`, `expiresAt`: word list jwt-time-claims) are sanitizers: a
; client decoding its own token to schedule a refresh is fine. A function that also verifies
; the token (jwt.verify, jwtVerify: word list jwt-verify-callees) decides on verified claims.

; ---- sources: decoded, not verified -------------------------------------------------------------
; An OpenID Connect ID token (`params.id_token`, `response.idToken`) is not one: it comes from
; the token endpoint over TLS, which OIDC Core (3.1.3.7) accepts in place of the signature check.

; jwt.decode(token), JWT.decode(token, { complete: true }), jsonwebtoken.decode(token)
((call_expression
  function: (member_expression
    object: (identifier) @_jwt
    property: (property_identifier) @_method)) @source
  (#not-match? @source "[Ii][Dd]_?[Tt]oken")
  (#match? @_jwt "^(jwt|JWT|jsonwebtoken|jsonWebToken|Jwt|jwtLib)$")
  (#eq? @_method "decode")
  (#set! through "any-read")
  (#set! through-arguments "claim-passing-callees")
  (#set! needs "part"))

; jwtDecode(token), jwt_decode(token), jwtDecode<Claims>(token), decodeJwt(token), jose.decodeJwt(token)
((call_expression
  function: [
    (identifier) @_fn
    (member_expression
      property: (property_identifier) @_fn)
  ]) @source
  (#not-match? @source "[Ii][Dd]_?[Tt]oken")
  (#any-of? @_fn "jwtDecode" "jwt_decode" "decodeJwt" "decodeJWT"))

; jws.decode(token), security.decode(token), authUtils.decode(jwt): a decode of something named as a
; token by a JWT library or the app's own wrapper of one (not a codec: base64, z85, TextDecoder…)
((call_expression
  function: (member_expression
    object: (identifier) @_lib
    property: (property_identifier) @_method)
  arguments: (arguments
    .
    [(identifier) (member_expression) (call_expression)] @_arg)) @source
  (#not-match? @source "[Ii][Dd]_?[Tt]oken")
  (#eq? @_method "decode")
  (#not-match? @_lib "^(jwt|JWT|jsonwebtoken|jsonWebToken|Jwt|jwtLib)$")
  (#not-match? @_lib "[Bb]ase64|B64|b64|[Cc]odec|[Dd]ecoder|[Bb]uffer|z85|Z85|iconv|qs|querystring|[Uu]rl|URL|punycode|^he$|entities|JSON|[Jj]son|msgpack|cbor|[Pp]roto|Long|bs58|base32|hex|[Hh]ex|utf8|UTF8")
  (#match? @_arg "([Tt]oken|TOKEN|[Jj]wt|JWT)\\)?$"))

; this.loginGuard.tokenDecode(), authService.getDecodedToken(), parseJwt(token) of another file:
; a helper named for decoding the token
((call_expression
  function: [
    (identifier) @_fn
    (member_expression
      property: (property_identifier) @_fn)
  ]) @source
  (#match? @_fn "^((get)?([Tt]oken|[Jj]wt|JWT)(Decode|Payload|Claims)|(get)?[Dd]ecoded(Token|Jwt|JWT)|parse(Jwt|JWT))$"))

; this.jwtHelper.decodeToken(token) (angular-jwt)
((call_expression
  function: (member_expression
    object: (_) @_helper
    property: (property_identifier) @_fn)) @source
  (#not-match? @source "[Ii][Dd]_?[Tt]oken")
  (#eq? @_fn "decodeToken")
  (#match? @_helper "[Jj]wt|[Hh]elper|[Tt]oken"))

; token.split('.'), accessToken.split(".") (then atob / Buffer.from / JSON.parse of a part)
((call_expression
  function: (member_expression
    object: (_) @_token
    property: (property_identifier) @_split)
  arguments: (arguments
    .
    (string
      (string_fragment) @_dot) .)) @source
  (#not-match? @source "[Ii][Dd]_?[Tt]oken")
  (#eq? @_split "split")
  (#eq? @_dot ".")
  (#match? @_token "([Tt]oken|TOKEN|[Jj]wt|JWT)[\\w.]*$"))

; ---- sanitizers: time claims, the shape of a split token --------------------------------------------------------------

; decoded.exp, payload['iat'], const { exp } = jwtDecode(token), parts.length (a token split by hand)
([
  (member_expression
    property: (property_identifier) @_claim)
  (subscript_expression
    index: (string
      (string_fragment) @_claim))
  (shorthand_property_identifier_pattern) @_claim
  (pair_pattern
    key: (property_identifier) @_claim)
 ] @sanitizer
  (#sc-in-list? @_claim "jwt-time-claims,jwt-shape-reads"))

; ---- sinks: a decision that grants something, or server code that trusts the claims ------------
; An unverified decode matters where its claims are trusted. In a client (browser, Electron,
; React Native) only a decision on a privilege claim counts (role, admin, scope, permissions,
; groups, authorities): checking that a token is there, reading `exp` or an id to refresh, or
; showing a name grants nothing. In server code (the function reads an express / koa / Nest
; request: `req.headers`, `(req: Request)`, `@Req()`, `ctx.request`) every claim-driven decision
; counts, and so does a claim returned as the caller's identity (`return decoded.data.id`).

; if (claims.role !== 'admin'), while (…), switch (user.role), do … while (…), ternaries: a privilege claim
([
  (if_statement
    condition: (parenthesized_expression
      (_) @sink))
  (while_statement
    condition: (parenthesized_expression
      (_) @sink))
  (do_statement
    condition: (parenthesized_expression
      (_) @sink))
  (switch_statement
    value: (parenthesized_expression
      (_) @sink))
  (ternary_expression
    condition: (_) @sink)
 ]
  (#match? @sink "[Rr]oles?\\b|ROLE|[Aa]dmin|ADMIN|[Ss]copes?\\b|SCOPE|[Pp]ermission|PERMISSION|[Gg]roups?\\b|GROUP|[Pp]rivilege|[Aa]uthorit(y|ies)|AUTHORIT|[Ss]uperuser|[Ss]taff\\b|[Ii]sStaff|[Pp]remium|[Pp]lan\\b|[Tt]ier\\b|[Ss]ubscription|[Ee]ntitle")
  (#sc-not-has-call? @sink "list:jwt-verify-callees" "member")
  (#sc-not-mentions? @sink "\\bverify\\w*\\(" "member"))

; the same decisions on any claim, and a returned claim, in a function that handles a request
([
  (if_statement
    condition: (parenthesized_expression
      (_) @sink))
  (while_statement
    condition: (parenthesized_expression
      (_) @sink))
  (do_statement
    condition: (parenthesized_expression
      (_) @sink))
  (switch_statement
    value: (parenthesized_expression
      (_) @sink))
  (ternary_expression
    condition: (_) @sink)
  (return_statement
    (_) @sink)
 ]
  (#not-match? @sink "[Rr]oles?\\b|ROLE|[Aa]dmin|ADMIN|[Ss]copes?\\b|SCOPE|[Pp]ermission|PERMISSION|[Gg]roups?\\b|GROUP|[Pp]rivilege|[Aa]uthorit(y|ies)|AUTHORIT|[Ss]uperuser|[Ss]taff\\b|[Ii]sStaff|[Pp]remium|[Pp]lan\\b|[Tt]ier\\b|[Ss]ubscription|[Ee]ntitle")
  (#sc-mentions? @sink "\\b(req|request|ctx|context\\.req|event\\.node\\.req)\\.(headers|header|get|body|query|params|cookies|signedCookies|session|user|auth)\\b|[(,]\\s*(req|request)\\s*[:,)]|\\bjwtFrom\\(|@(Req|Request|Headers|Ctx)\\(|\\bExecutionContext\\b" "member")
  (#sc-not-has-call? @sink "list:jwt-verify-callees" "member")
  (#sc-not-mentions? @sink "\\bverify\\w*\\(" "member"))
