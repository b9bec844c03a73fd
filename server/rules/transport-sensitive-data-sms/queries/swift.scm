; One-time codes, passwords, PINs and tokens shown in a notification or put into an SMS
; (CWE-319, CWE-312; OWASP Mobile Top 10 2024 M5: "do not send sensitive data over alternate
; channels such as SMS, MMS or notifications"). A notification is drawn on the lock screen,
; mirrored to a paired watch and kept in Notification Center; an SMS crosses the carrier
; network without end-to-end encryption and stays in both message histories. iOS apps
; cannot send an SMS themselves: MFMessageComposeViewController shows the text to the user,
; who sends it, so that sink is the `composer` variant (a note).
;
; A flow: the source is a value named like a secret (the shared lists `secret-like-names`
; and `otp-like-names`, minus names whose other words make them something else:
; `secret-name-qualifiers` - otpExpiry, passwordLength, deviceToken), the sink the text of a
; UNMutableNotificationContent (body, title, subtitle; also a Notification Service
; Extension's bestAttemptContent) or of an MFMessageComposeViewController. The value is
; followed through locals, properties, parameters, helpers of this file, interpolation,
; concatenation and String(format:), and (`through`, word list `message-text-carriers`)
; through NSString.localizedUserNotificationString(forKey:arguments:). Anything else stops
; it: `otp.count`, `mask(pin)`. `#if DEBUG` code is left out by `ignoreIn` (rule.yaml).
;
; A value named only `code` is not a source: in message text it is as often a referral, promo,
; country or error code as a one-time code (otp, verificationCode, smsCode are).

; ---- sources: values named like secrets ----------------------------------------------------

; otp, verificationCode, temporaryPassword, pin, token (a local, parameter or property read);
; not an input view (passwordField: its text is the secret), nor a local assigned a masked
; value or a push address (word lists log-mask-words, push-address-words)
; (the flow steps through word list message-text-carriers: localizedUserNotificationString(forKey:arguments:))
((simple_identifier) @source
  (#set! through "message-text-carriers")
  (#sc-in-list? @source "secret-like-names,otp-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers,widget-name-words")
  (#sc-named-like? @source "secret-like-names,otp-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers,widget-name-words" "log-mask-words,push-address-words"))

; response.otp, credentials.password, self.pin
((navigation_expression
  suffix: (navigation_suffix
    suffix: (simple_identifier) @_name)) @source
  (#sc-in-list? @_name "secret-like-names,otp-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers,widget-name-words"))

; generator.nextOtp(), currentPin(); not an action (setPassword, clearPin)
((call_expression
  [
    (simple_identifier) @_name
    (navigation_expression suffix: (navigation_suffix suffix: (simple_identifier) @_name))
  ]
  (call_suffix)) @source
  (#sc-in-list? @_name "secret-like-names,otp-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers,not-secret-call-words"))

; passwordField.text, pinField.text ?? "": the secret in another form
((navigation_expression
  target: [
    (simple_identifier) @_name
    (navigation_expression suffix: (navigation_suffix suffix: (simple_identifier) @_name))
  ]
  suffix: (navigation_suffix suffix: (simple_identifier) @_carry)) @source
  (#sc-in-list? @_carry "secret-carrying-members")
  (#sc-in-list? @_name "secret-like-names,otp-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers"))

; userInfo["otp"] as? String, json["verification_code"]: read under a secret key
((call_expression
  (_)
  (call_suffix
    (value_arguments
      "["
      .
      (value_argument
        value: (line_string_literal) @_key)))) @source
  (#sc-in-list? @_key "secret-like-names,otp-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers"))

; ---- sanitizers: a value masked, or renamed as something that is not the secret -------------

; mask(otp), redact(pin): a helper named as a mask hides the secret (log-mask-callees)
((call_expression
  [
    (simple_identifier) @_fn
    (navigation_expression suffix: (navigation_suffix suffix: (simple_identifier) @_fn))
  ]
  (call_suffix)) @sanitizer
  (#sc-in-list? @_fn "log-mask-callees"))

; let otpExpiry = otp.expiresAt: the name says what it holds
((property_declaration
  name: (pattern bound_identifier: (simple_identifier) @_name)
  value: (_) @sanitizer)
  (#sc-in-list? @_name "secret-name-qualifiers")
  (#sc-not-in-list? @_name "secret-like-names,otp-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers"))

; ---- sinks ------------------------------------------------------------------------------------

; let composer = MFMessageComposeViewController(); composer.body = text   (the user sends it)
((assignment
  target: (directly_assignable_expression
    (navigation_expression
      target: (_) @_receiver
      suffix: (navigation_suffix
        suffix: (simple_identifier) @_property)))
  result: (_) @sink)
  (#set! variant "composer")
  (#eq? @_property "body")
  (#sc-made-by? @_receiver "^MFMessageComposeViewController$"))

; let content = UNMutableNotificationContent(); content.body = text; content.title, content.subtitle;
; bestAttemptContent?.body = text in a Notification Service Extension
((assignment
  target: (directly_assignable_expression
    (navigation_expression
      target: (_) @_receiver
      suffix: (navigation_suffix
        suffix: (simple_identifier) @_property)))
  result: (_) @sink)
  (#set! variant "notification")
  (#any-of? @_property "body" "title" "subtitle")
  (#sc-made-by? @_receiver "list:notification-text-origins"))
