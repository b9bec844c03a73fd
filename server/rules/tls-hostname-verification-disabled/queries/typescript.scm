; Host-name checks that check nothing (CWE-297). Node's tls.connect / https.request / agents
; call `checkServerIdentity(host, cert)` and reject the connection when it returns an Error;
; a replacement that only ever returns undefined / null / false (or nothing) accepts a valid
; certificate issued for any other site. Silent: `checkServerIdentity: tls.checkServerIdentity`,
; functions that return `tls.checkServerIdentity(host, cert)` or an Error on mismatch, or throw,
; or call anything that might (a pinning helper): #sc-returns-only? demands falsy returns only,
; #sc-noop-trust-check? allows only logging and a call whose result is thrown away.

; A function written elsewhere and passed by name (`checkServerIdentity: skip`, a ternary
; choosing it, `_.noop`) is a flow: the finding sits at the option, the function is its
; related location. A no-op function that is never handed to checkServerIdentity says nothing.

; ---- sources: functions that check nothing --------------------------------------------------

; function skipHostCheck(host, cert) { return undefined; }
((function_declaration
  name: (identifier) @source
  body: (statement_block) @_body)
  (#sc-returns-only? @_body "^(undefined|null|false|void 0|)$")
  (#sc-noop-trust-check? @_body "list:typescript-host-check-harmless-callees"))

; const skip = (host, cert) => { }; const quiet = function () { return undefined; }
([
  (arrow_function
    body: (statement_block) @_body)
  (function_expression
    body: (statement_block) @_body)
 ] @source
  (#sc-returns-only? @_body "^(undefined|null|false|void 0|)$")
  (#sc-noop-trust-check? @_body "list:typescript-host-check-harmless-callees"))

; const skip = () => undefined
(arrow_function
  body: [
    (undefined)
    (null)
    (false)
    (unary_expression operator: "void" argument: (number))
  ]) @source

; _.noop, noop (lodash)
([(identifier) (member_expression)] @source
  (#match? @source "(^|\\.)noop$"))

; ---- sinks: the option that takes it ------------------------------------------------------

; { checkServerIdentity: skip }, { checkServerIdentity: insecure ? skip : tls.checkServerIdentity }, { checkServerIdentity: _.noop }
; (forwarding another object's `options.checkServerIdentity` installs nothing new: a no-op
; written in place there is reported where it is written)
(pair
  key: [(property_identifier) (string)] @_key
  value: [(identifier) (member_expression) (ternary_expression) (binary_expression) (parenthesized_expression) (call_expression)] @sink
  (#match? @_key "^['\"]?checkServerIdentity['\"]?$")
  (#not-match? @sink "^[\\w$.]+\\.checkServerIdentity$"))

; const checkServerIdentity = skip; tls.connect({ host, checkServerIdentity })
(object
  (shorthand_property_identifier) @sink
  (#eq? @sink "checkServerIdentity"))

; options.checkServerIdentity = skip
(assignment_expression
  left: (member_expression
    property: (property_identifier) @_key)
  right: [(identifier) (member_expression) (ternary_expression) (binary_expression) (parenthesized_expression) (call_expression)] @sink
  (#eq? @_key "checkServerIdentity")
  (#not-match? @sink "^[\\w$.]+\\.checkServerIdentity$"))

; ---- functions written in place ---------------------------------------------------------------

; new https.Agent({ checkServerIdentity: () => undefined }), tls.connect({ …, checkServerIdentity: () => null })
(pair
  key: [(property_identifier) (string)] @finding
  value: (arrow_function
    body: [
      (undefined)
      (null)
      (false)
      (unary_expression operator: "void" argument: (number))
    ])
  (#match? @finding "^['\"]?checkServerIdentity['\"]?$"))

; { checkServerIdentity: (host, cert) => {} }, { checkServerIdentity: function () { return undefined; } },
; { checkServerIdentity: (host, cert) => { const err = tls.checkServerIdentity(host, cert); if (err) log.warn(err); } }
((pair
  key: [(property_identifier) (string)] @finding
  value: [
    (arrow_function
      body: (statement_block) @_body)
    (function_expression
      body: (statement_block) @_body)
  ])
  (#match? @finding "^['\"]?checkServerIdentity['\"]?$")
  (#sc-returns-only? @_body "^(undefined|null|false|void 0|)$")
  (#sc-noop-trust-check? @_body "list:typescript-host-check-harmless-callees"))

; const options = { host, checkServerIdentity(host, cert) { return undefined; } }
((method_definition
  name: (property_identifier) @finding
  body: (statement_block) @_body)
  (#eq? @finding "checkServerIdentity")
  (#sc-returns-only? @_body "^(undefined|null|false|void 0|)$")
  (#sc-noop-trust-check? @_body "list:typescript-host-check-harmless-callees"))

; options.checkServerIdentity = () => undefined
(assignment_expression
  left: (member_expression
    property: (property_identifier) @finding)
  right: (arrow_function
    body: [
      (undefined)
      (null)
      (false)
      (unary_expression operator: "void" argument: (number))
    ])
  (#eq? @finding "checkServerIdentity"))

; options.checkServerIdentity = function () {}; socketOptions.checkServerIdentity = (h, c) => { }
((assignment_expression
  left: (member_expression
    property: (property_identifier) @finding)
  right: [
    (arrow_function
      body: (statement_block) @_body)
    (function_expression
      body: (statement_block) @_body)
  ])
  (#eq? @finding "checkServerIdentity")
  (#sc-returns-only? @_body "^(undefined|null|false|void 0|)$")
  (#sc-noop-trust-check? @_body "list:typescript-host-check-harmless-callees"))


; MongoClient.connect(uri, { tls: true, tlsAllowInvalidHostnames: true })
(pair
  key: [(property_identifier) (string)] @_key
  value: (true)
  (#match? @_key "^['\"]?tlsAllowInvalidHostnames['\"]?$")) @finding

; mongodb 3.x MongoClient.connect(uri, { ssl: true, checkServerIdentity: false })
(pair
  key: [(property_identifier) (string)] @_key
  value: (false)
  (#match? @_key "^['\"]?checkServerIdentity['\"]?$")) @finding
