; One-time codes and PINs with fewer than six digits (CWE-330), Swift. A 4-digit code has
; 10,000 values: with the attempts a rate limit allows per code, and codes reissued on
; demand, an attacker guesses one far too often. The MASTG asks for at least six digits.
; A secure generator (the system generator behind Int.random) does not help a short code.
;
; A flow, as in the Kotlin query: a random call whose range, with the arithmetic around it,
; has fewer than six digits (#sc-random-digits-below?: `Int.random(in: 1000...9999)`,
; `arc4random_uniform(10000)`, `Int(arc4random_uniform(9000)) + 1000`) is the @source; the
; @sink is where it becomes a one-time code or PIN: a variable or property named like one
; (`otp`, `verificationCode`, a bare `code`), the result of a function named like one
; (`generateOTP()`), an argument of such a function or labelled like one (`send(otp: n)`), or a
; message that says "code" (`"Your code is \(n)"`).

; ---- sources ------------------------------------------------------------------------------

; Int.random(in: 1000...9999), arc4random_uniform(10000)
((call_expression
  [
    (simple_identifier) @_fn
    (navigation_expression
      suffix: (navigation_suffix
        suffix: (simple_identifier) @_fn))
  ]) @source
  (#sc-in-list? @_fn "random-number-callees")
  (#sc-random-digits-below? @source "6"))

; ---- sinks --------------------------------------------------------------------------------

; let otp = Int.random(in: 1000...9999); var verificationCode = String(format: "%04d", n)
((property_declaration
  name: (pattern
    bound_identifier: (simple_identifier) @_name)
  value: (_) @sink)
  (#sc-in-list? @_name "otp-like-names"))

((property_declaration
  name: (pattern
    bound_identifier: (simple_identifier) @_name)
  value: (_) @sink)
  (#eq? @_name "code"))

; self.otp = …; pin = …
((assignment
  target: (directly_assignable_expression
    [
      (simple_identifier) @_name
      (navigation_expression
        suffix: (navigation_suffix
          suffix: (simple_identifier) @_name))
    ])
  result: (_) @sink)
  (#sc-in-list? @_name "otp-like-names"))

((assignment
  target: (directly_assignable_expression
    [
      (simple_identifier) @_name
      (navigation_expression
        suffix: (navigation_suffix
          suffix: (simple_identifier) @_name))
    ])
  result: (_) @sink)
  (#eq? @_name "code"))

; func generateOTP() -> String { return String(format: "%04d", arc4random_uniform(10000)) }
((function_declaration
  name: (simple_identifier) @_name
  body: (function_body
    (statements
      (control_transfer_statement
        result: (_) @sink))))
  (#sc-in-list? @_name "otp-like-names"))

((function_declaration
  name: (simple_identifier) @_name
  body: (function_body
    (statements
      (control_transfer_statement
        result: (_) @sink))))
  (#match? @_name "^(generate|create|new|make|random|gen|next)_?[A-Za-z]*(Code|code|CODE)$"))

; api.send(otp: n); sendOTP(to: phone, code: n); saveVerificationCode(n)
((value_argument
  name: (value_argument_label
    (simple_identifier) @_name)
  value: (_) @sink)
  (#sc-in-list? @_name "otp-like-names"))

((call_expression
  [
    (simple_identifier) @_fn
    (navigation_expression
      suffix: (navigation_suffix
        suffix: (simple_identifier) @_fn))
  ]
  (call_suffix
    (value_arguments
      (value_argument
        value: (_) @sink))))
  (#sc-in-list? @_fn "otp-like-names"))

; composer.body = "Your verification code is \(n)"; sms.send(to: phone, text: "Your code: \(n)")
((value_argument
  value: (line_string_literal) @sink)
  (#match? @sink "([Cc]ode|CODE|OTP|[Oo]tp|PIN|[Pp]asscode|[Vv]erification)"))

((assignment
  target: (directly_assignable_expression
    (navigation_expression
      suffix: (navigation_suffix
        suffix: (simple_identifier) @_name)))
  result: (line_string_literal) @sink)
  (#eq? @_name "body")
  (#match? @sink "([Cc]ode|CODE|OTP|[Oo]tp|PIN|[Pp]asscode|[Vv]erification)"))
