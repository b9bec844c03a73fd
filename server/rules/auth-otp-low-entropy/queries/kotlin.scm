; One-time codes and PINs with fewer than six digits (CWE-330), Kotlin. A 4-digit code has
; 10,000 values: with the handful of attempts a rate limit allows per code, and codes
; reissued on demand, an attacker guesses one far too often. The MASTG asks for at least six
; digits. Whether the generator itself is secure (SecureRandom) does not help a short code;
; auth-insecure-random-token reports insecure generators of long tokens.
;
; A flow: a random call whose range, with the arithmetic around it, has fewer than six digits
; (#sc-random-digits-below?: `nextInt(10000)`, `nextInt(9000) + 1000`, `(1000..9999).random()`,
; `Random.nextInt(1000, 10000)`, `randomNumeric(4)`) is the @source; the @sink is where the
; value becomes a one-time code or PIN: a variable, property or parameter named like one
; (`otp`, `verificationCode`, `smsCode`, `pin`, a bare `code`), the result of a function
; named like one (`generateOtp()`), an argument of such a function (`sendOtp(phone, n)`), or
; a message that says "code" (`"Your code is $n"`). A random number under any other name
; (requestCode, notificationId, a colour) stays silent, and so does a six-digit code.

; ---- sources ------------------------------------------------------------------------------

; Random.nextInt(1000, 10000), SecureRandom().nextInt(10000), (1000..9999).random(),
; RandomStringUtils.randomNumeric(4)
((call_expression
  [
    (identifier) @_fn
    (navigation_expression
      (identifier) @_fn .)
  ]) @source
  (#sc-in-list? @_fn "random-number-callees")
  (#sc-random-digits-below? @source "6"))

; ---- sinks --------------------------------------------------------------------------------

; val otp = Random.nextInt(1000, 9999); private var smsCode: String = "%04d".format(n)
((property_declaration
  (variable_declaration
    (identifier) @_name)
  (_) @sink)
  (#sc-in-list? @_name "otp-like-names"))

((property_declaration
  (variable_declaration
    (identifier) @_name)
  (_) @sink)
  (#any-of? @_name "code" "Code" "CODE" "mCode"))

; otp = …; this.verificationCode = …; state.pin = …
((assignment
  left: [
    (identifier) @_name
    (navigation_expression
      (identifier) @_name .)
  ]
  right: (_) @sink)
  (#sc-in-list? @_name "otp-like-names"))

((assignment
  left: [
    (identifier) @_name
    (navigation_expression
      (identifier) @_name .)
  ]
  right: (_) @sink)
  (#any-of? @_name "code" "Code" "CODE" "mCode"))

; fun generateOtp() = …; fun newPin(): String { return … }; fun generateCode() = …
((function_declaration
  name: (identifier) @_name
  (function_body
    [
      (_) @sink
      (block
        (return_expression
          (_) @sink))
    ]))
  (#sc-in-list? @_name "otp-like-names"))

((function_declaration
  name: (identifier) @_name
  (function_body
    [
      (_) @sink
      (block
        (return_expression
          (_) @sink))
    ]))
  (#match? @_name "^(generate|create|new|make|random|gen|next)_?[A-Za-z]*(Code|code|CODE)$"))

; Verification(phone, otp = n); sendOtp(phone, n); saveVerificationCode(n)
((value_argument
  (identifier) @_name
  .
  (_) @sink)
  (#sc-in-list? @_name "otp-like-names"))

((call_expression
  [
    (identifier) @_fn
    (navigation_expression
      (identifier) @_fn .)
  ]
  (value_arguments
    (value_argument
      (_) @sink)))
  (#sc-in-list? @_fn "otp-like-names"))

; smsManager.sendTextMessage(phone, null, "Your verification code is $n", null, null)
((call_expression
  (value_arguments
    (value_argument
      (string_literal) @sink)))
  (#match? @sink "([Cc]ode|CODE|OTP|[Oo]tp|PIN|[Pp]asscode|[Vv]erification)"))
