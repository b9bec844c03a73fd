; Tokens signed or accepted with the "none" algorithm (CWE-347): the token carries no
; signature, so whoever holds it can rewrite its claims (user, role, expiry) at will.
; JWTKit (Vapor) registers the unsigned algorithm with `.unsecuredNone` / `addUnsecuredNone()`,
; Kitura's Swift-JWT with `JWTSigner.none` / `JWTVerifier.none` (`sign(using: .none)`,
; `JWT(jwtString:verifier: .none)`). A hand-made header is a flow from "none" (literal or
; constant) to the value of an "alg" dictionary entry or an `alg:` argument. Swift's own
; `.none` (Optional) is reported only where a signer or verifier is expected.

; ---- direct findings ------------------------------------------------------------------------

; signers.use(.unsecuredNone), JWTSigner.unsecuredNone
([
  (prefix_expression
    target: (simple_identifier) @_name)
  (navigation_expression
    suffix: (navigation_suffix
      suffix: (simple_identifier) @_name))
 ] @finding
  (#eq? @_name "unsecuredNone"))

; await keys.addUnsecuredNone()
((call_expression
  (navigation_expression
    suffix: (navigation_suffix
      suffix: (simple_identifier) @_method))) @finding
  (#eq? @_method "addUnsecuredNone"))

; JWTSigner.none, JWTVerifier.none (Swift-JWT)
((navigation_expression
  target: (simple_identifier) @_type
  suffix: (navigation_suffix
    suffix: (simple_identifier) @_name)) @finding
  (#any-of? @_type "JWTSigner" "JWTVerifier")
  (#eq? @_name "none"))

; jwt.sign(using: .none), JWT<C>(jwtString: token, verifier: .none), JWT<C>.verify(token, using: .none)
((value_argument
  name: (value_argument_label) @_label
  value: (prefix_expression
    target: (simple_identifier) @_name) @finding)
  (#any-of? @_label "using" "verifier" "signer")
  (#eq? @_name "none"))

; ---- flow "none": "none" as the algorithm of a hand-made header ---------------------------------

; "none"
((line_string_literal) @source
  (#set! flow "none")
  (#match? @source "^\"[Nn][Oo][Nn][Ee]\"$"))

; ["alg": "none", "typ": "JWT"]
((dictionary_literal
  key: (_) @_key
  .
  value: (_) @sink)
  (#set! flow "none")
  (#sc-value-matches? @_key "^alg$"))

; header["alg"] = alg
((assignment
  target: (directly_assignable_expression
    (call_expression
      (call_suffix
        (value_arguments
          (value_argument
            value: (_) @_key)))))
  result: (_) @sink)
  (#set! flow "none")
  (#sc-value-matches? @_key "^alg$"))

; JWTHeader(alg: alg), TokenHeader(alg: Unsigned.algorithm, typ: "JWT")
((value_argument
  name: (value_argument_label) @_label
  value: (_) @sink)
  (#set! flow "none")
  (#eq? @_label "alg"))
