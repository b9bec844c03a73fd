; One-time codes and PINs with fewer than six digits (CWE-330), Java. A 4-digit code has
; 10,000 values: with the attempts a rate limit allows per code, and codes reissued on
; demand, an attacker guesses one far too often. The MASTG asks for at least six digits.
; A secure generator (SecureRandom) does not help a short code.
;
; A flow, as in the Kotlin query: a random call whose range, with the arithmetic around it,
; has fewer than six digits (#sc-random-digits-below?: `nextInt(10000)`, `nextInt(9000) +
; 1000`, `ThreadLocalRandom.current().nextInt(1000, 10000)`, `RandomStringUtils.randomNumeric(4)`)
; is the @source; the @sink is where it becomes a one-time code or PIN: a variable or field
; named like one (`otp`, `verificationCode`, a bare `code`), the result of a method named like
; one (`generateOtp()`), an argument of such a method (`sendOtp(phone, n)`), or a message that
; says "code". java-otp generators built with fewer than six digits are reported directly.

; ---- sources ------------------------------------------------------------------------------

; new Random().nextInt(10000), secureRandom.nextInt(9000) + 1000, RandomStringUtils.randomNumeric(4)
((method_invocation
  name: (identifier) @_fn) @source
  (#sc-in-list? @_fn "random-number-callees")
  (#sc-random-digits-below? @source "6"))

; ---- sinks --------------------------------------------------------------------------------

; String otp = String.valueOf(secureRandom.nextInt(9000) + 1000); private int pin = …
((variable_declarator
  name: (identifier) @_name
  value: (_) @sink)
  (#sc-in-list? @_name "otp-like-names"))

((variable_declarator
  name: (identifier) @_name
  value: (_) @sink)
  (#any-of? @_name "code" "mCode" "CODE"))

; this.verificationCode = …; otp = …
((assignment_expression
  left: [
    (identifier) @_name
    (field_access
      field: (identifier) @_name)
  ]
  right: (_) @sink)
  (#sc-in-list? @_name "otp-like-names"))

((assignment_expression
  left: [
    (identifier) @_name
    (field_access
      field: (identifier) @_name)
  ]
  right: (_) @sink)
  (#any-of? @_name "code" "mCode"))

; String generateOtp() { return …; }; static String newVerificationCode() { return …; }
((method_declaration
  name: (identifier) @_name
  body: (block
    (return_statement
      (_) @sink)))
  (#sc-in-list? @_name "otp-like-names"))

((method_declaration
  name: (identifier) @_name
  body: (block
    (return_statement
      (_) @sink)))
  (#match? @_name "^(generate|create|new|make|random|gen|next)_?[A-Za-z]*(Code|code|CODE)$"))

; api.sendOtp(phone, n); saveVerificationCode(n)
((method_invocation
  name: (identifier) @_fn
  arguments: (argument_list
    (_) @sink))
  (#sc-in-list? @_fn "otp-like-names"))

; smsManager.sendTextMessage(phone, null, "Your verification code is " + n, null, null)
((method_invocation
  arguments: (argument_list
    [
      (string_literal)
      (binary_expression)
    ] @sink))
  (#match? @sink "([Cc]ode|CODE|OTP|[Oo]tp|PIN|[Pp]asscode|[Vv]erification)"))

; ---- OTP libraries ------------------------------------------------------------------------

; new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 4); new HmacOneTimePasswordGenerator(4)
((object_creation_expression
  type: (_) @_type
  arguments: (argument_list
    (decimal_integer_literal) @finding .))
  (#match? @_type "(TimeBased|Hmac)OneTimePasswordGenerator$")
  (#match? @finding "^[1-5]$"))
