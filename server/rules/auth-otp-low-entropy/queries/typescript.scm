; One-time codes and PINs with fewer than six digits (CWE-330), TypeScript and JavaScript.
; A 4-digit code has 10,000 values: with the attempts a rate limit allows per code, and codes
; reissued on demand, an attacker guesses one far too often. The MASTG asks for at least six
; digits. A secure generator (crypto.randomInt) does not help a short code; Math.random for
; long tokens is auth-insecure-random-token's.
;
; A flow, as in the Kotlin query: a random call whose range, with the arithmetic around it,
; has fewer than six digits (#sc-random-digits-below?: `Math.floor(1000 + Math.random() *
; 9000)`, `Math.floor(Math.random() * 10000)`, `crypto.randomInt(1000, 10000)`) is the
; @source; the @sink is where it becomes a one-time code or PIN: a variable or property named
; like one (`otp`, `verificationCode`, `{ code: … }`), the result of a function named like
; one (`generateOtp()`), an argument of such a function (`sendOtp(phone, n)`), or a message
; that says "code" (`` `Your code is ${n}` ``). OTP libraries configured with fewer than six
; digits (otp-generator `generate(4, …)`, speakeasy / otplib `digits: 4`) are reported directly.

; ---- sources ------------------------------------------------------------------------------

; Math.random(), crypto.randomInt(1000, 10000), randomInt(10000)
((call_expression
  function: [
    (identifier) @_fn
    (member_expression
      property: (property_identifier) @_fn)
  ]) @source
  (#sc-in-list? @_fn "random-number-callees")
  (#sc-random-digits-below? @source "6"))

; ---- sinks --------------------------------------------------------------------------------

; const otp = Math.floor(1000 + Math.random() * 9000); let verificationCode = …
((variable_declarator
  name: (identifier) @_name
  value: (_) @sink)
  (#sc-in-list? @_name "otp-like-names"))

((variable_declarator
  name: (identifier) @_name
  value: (_) @sink)
  (#eq? @_name "code"))

; user.otp = …; this.pin = …
((assignment_expression
  left: [
    (identifier) @_name
    (member_expression
      property: (property_identifier) @_name)
  ]
  right: (_) @sink)
  (#sc-in-list? @_name "otp-like-names"))

((assignment_expression
  left: [
    (identifier) @_name
    (member_expression
      property: (property_identifier) @_name)
  ]
  right: (_) @sink)
  (#eq? @_name "code"))

; { otp: …, expiresAt }; { code: … }
((pair
  key: [
    (property_identifier)
    (string)
  ] @_name
  value: (_) @sink)
  (#sc-in-list? @_name "otp-like-names"))

((pair
  key: (property_identifier) @_name
  value: (_) @sink)
  (#eq? @_name "code"))

; function generateOtp() { return …; }; const newPin = () => …
((function_declaration
  name: (identifier) @_name
  body: (statement_block
    (return_statement
      (_) @sink)))
  (#sc-in-list? @_name "otp-like-names"))

((function_declaration
  name: (identifier) @_name
  body: (statement_block
    (return_statement
      (_) @sink)))
  (#match? @_name "^(generate|create|new|make|random|gen|next)_?[A-Za-z]*(Code|code|CODE)$"))

((variable_declarator
  name: (identifier) @_name
  value: (arrow_function
    body: [
      (statement_block
        (return_statement
          (_) @sink))
      (_) @sink
    ]))
  (#match? @_name "^(generate|create|new|make|random|gen|next)_?[A-Za-z]*([Cc]ode|CODE|[Oo]tp|OTP|[Pp]in|PIN)$"))

; sendOtp(phone, n); otpService.saveVerificationCode(n)
((call_expression
  function: [
    (identifier) @_fn
    (member_expression
      property: (property_identifier) @_fn)
  ]
  arguments: (arguments
    (_) @sink))
  (#sc-in-list? @_fn "otp-like-names"))

; sms.send(phone, `Your verification code is ${n}`)
((arguments
  [
    (template_string)
    (binary_expression)
  ] @sink)
  (#match? @sink "([Cc]ode|CODE|OTP|[Oo]tp|PIN|[Pp]asscode|[Vv]erification)"))

; ---- OTP libraries ------------------------------------------------------------------------

; otpGenerator.generate(4, { upperCaseAlphabets: false, specialChars: false }) (otp-generator)
((call_expression
  function: (member_expression
    object: (identifier) @_lib
    property: (property_identifier) @_fn)
  arguments: (arguments
    .
    (number) @finding))
  (#eq? @_fn "generate")
  (#match? @_lib "([Oo]tp|OTP)")
  (#match? @finding "^[1-5]$"))

; speakeasy.totp({ secret, encoding: 'base32', digits: 4 }); authenticator.options = { digits: 4 } (otplib)
((pair
  key: (property_identifier) @_key
  value: (number) @finding)
  (#eq? @_key "digits")
  (#match? @finding "^[1-5]$")
  (#sc-inside? @finding "call-to" "^(totp|hotp|generate|generateSecret|verify|verifyDelta|TOTP|HOTP|create)$"))

((assignment_expression
  left: (member_expression
    object: (identifier) @_lib
    property: (property_identifier) @_options)
  right: (object
    (pair
      key: (property_identifier) @_key
      value: (number) @finding)))
  (#eq? @_options "options")
  (#match? @_lib "^(authenticator|totp|hotp)$")
  (#eq? @_key "digits")
  (#match? @finding "^[1-5]$"))
