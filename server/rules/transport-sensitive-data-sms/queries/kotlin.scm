; One-time codes, passwords, PINs and tokens sent by SMS or shown in a notification
; (CWE-319, CWE-312; OWASP Mobile Top 10 2024 M5: "do not send sensitive data over alternate
; channels such as SMS, MMS or notifications"). An SMS crosses the carrier network without
; end-to-end encryption and stays in the recipient's message store, where any app with SMS
; access, a SIM swap or a stolen phone reads it; a notification is drawn on the lock screen
; and handed to every app holding notification access.
;
; A flow: the source is a value named like a secret (the shared lists `secret-like-names`
; and `otp-like-names`, minus names whose other words make them something else:
; `secret-name-qualifiers` - otpExpiry, passwordLength, fcmToken), the sink the text of
; SmsManager.sendTextMessage / sendMultipartTextMessage / sendDataMessage or of a notification
; (builder, style, action title, custom RemoteViews). The value is followed through locals,
; properties, parameters, helpers of this file, templates, concatenation and String.format,
; and (`through`, word list `message-text-carriers`) through getString(R.string.x, code) and
; divideMessage(text). Anything else stops it: `otp.length`, `mask(pin)`, a resource id
; (R.string.otp_ready).
; Silent by design: an ACTION_SENDTO / sms_body intent (the user reads the text in their own
; SMS app and decides to send it), reading a code with the SMS Retriever API, and debug-only
; code (`ignoreIn`, rule.yaml).
;
; A value named only `code` is not a source: in message text it is as often a referral, promo,
; country or error code as a one-time code (otp, verificationCode, smsCode are).

; ---- sources: values named like secrets ----------------------------------------------------

; otp, verificationCode, tempPassword, pin, accessToken (a local, parameter or property read);
; not an input widget (etPassword: its text is the secret), nor a local assigned a masked
; value or a push address (word lists log-mask-words, push-address-words)
; (the flow steps through word list message-text-carriers: getString(R.string.x, code), divideMessage(text))
((identifier) @source
  (#set! through "message-text-carriers")
  (#sc-in-list? @source "secret-like-names,otp-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers,widget-name-words")
  (#sc-named-like? @source "secret-like-names,otp-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers,widget-name-words" "log-mask-words,push-address-words"))

; response.otp, credentials.password; not a resource id (R.string.otp_sent)
((navigation_expression
  (_)
  (identifier) @_name .) @source
  (#not-match? @source "^(android\\.)?R\\.")
  (#sc-in-list? @_name "secret-like-names,otp-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers,widget-name-words"))

; generator.nextOtp(), auth.getPin(); not an action (setPassword, clearPin)
((call_expression
  [
    (identifier) @_name
    (navigation_expression (identifier) @_name .)
  ]
  (value_arguments)) @source
  (#sc-in-list? @_name "secret-like-names,otp-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers,not-secret-call-words"))

; pinField.text.toString(), otp.toString(), password.trim(): the secret in another form
((call_expression
  (navigation_expression
    [
      (identifier) @_name
      (navigation_expression (_) (identifier) @_name .)
    ]
    (identifier) @_carry .)) @source
  (#not-match? @source "^(android\\.)?R\\.")
  (#sc-in-list? @_carry "secret-carrying-members")
  (#sc-in-list? @_name "secret-like-names,otp-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers"))

((navigation_expression
  [
    (identifier) @_name
    (navigation_expression (_) (identifier) @_name .)
  ]
  (identifier) @_carry .) @source
  (#not-match? @source "^(android\\.)?R\\.")
  (#sc-in-list? @_carry "secret-carrying-members")
  (#sc-in-list? @_name "secret-like-names,otp-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers"))

; json.getString("otp"), data["verification_code"]: read under a secret key
((call_expression
  (navigation_expression (identifier) @_get .)
  (value_arguments . (value_argument (string_literal) @_key))) @source
  (#any-of? @_get "getString" "optString" "get" "getValue" "getAsString" "getStringExtra")
  (#sc-in-list? @_key "secret-like-names,otp-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers"))

((index_expression
  (_)
  (string_literal) @_key) @source
  (#sc-in-list? @_key "secret-like-names,otp-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers"))

; ---- sanitizers: a value masked, or renamed as something that is not the secret -------------

; mask(otp), redact(pin): a helper named as a mask hides the secret (log-mask-callees)
((call_expression
  [
    (identifier) @_fn
    (navigation_expression (identifier) @_fn .)
  ]
  (value_arguments)) @sanitizer
  (#sc-in-list? @_fn "log-mask-callees"))

; val otpExpiry = otp.expiresAt: the name says what it holds
((property_declaration
  (variable_declaration (identifier) @_name)
  (_) @sanitizer)
  (#sc-in-list? @_name "secret-name-qualifiers")
  (#sc-not-in-list? @_name "secret-like-names,otp-like-names/session-words,session-id-words,refresh-words!secret-name-qualifiers"))

; ---- sinks: SMS ------------------------------------------------------------------------------

; SmsManager.getDefault().sendTextMessage(phone, null, text, sent, delivered),
; smsManager.sendMultipartTextMessage(phone, null, smsManager.divideMessage(text), null, null),
; sendTextMessageWithoutPersisting(…), with(smsManager) { sendTextMessage(…) }: the third argument is the text
((call_expression
  [
    (identifier) @_send
    (navigation_expression (identifier) @_send .)
  ]
  (value_arguments
    .
    (value_argument)
    .
    (value_argument)
    .
    (value_argument (_) @sink .))) @_call
  (#any-of? @_send "sendTextMessage" "sendMultipartTextMessage" "sendTextMessageWithoutPersisting")
  (#sc-made-by? @_call "list:sms-sender-origins" "receiver"))

; smsManager.sendDataMessage(phone, null, port, otp.toByteArray(), null, null): the fourth
((call_expression
  [
    (identifier) @_send
    (navigation_expression (identifier) @_send .)
  ]
  (value_arguments
    .
    (value_argument)
    .
    (value_argument)
    .
    (value_argument)
    .
    (value_argument (_) @sink .))) @_call
  (#eq? @_send "sendDataMessage")
  (#sc-made-by? @_call "list:sms-sender-origins" "receiver"))

; ---- sinks: notifications --------------------------------------------------------------------

; NotificationCompat.Builder(ctx, channel).setContentText(text), builder.setContentTitle(…),
; Builder(…).apply { setContentText(…) }; setSubText, setTicker, setContentInfo
((call_expression
  [
    (identifier) @_set
    (navigation_expression (identifier) @_set .)
  ]
  (value_arguments
    .
    (value_argument (_) @sink .))) @_call
  (#set! variant "notification")
  (#any-of? @_set "setContentText" "setContentTitle" "setSubText" "setTicker" "setContentInfo")
  (#sc-made-by? @_call "list:notification-text-origins" "receiver"))

; NotificationCompat.BigTextStyle().bigText(text), .setBigContentTitle(…), .setSummaryText(…),
; InboxStyle().addLine(…), MessagingStyle(me).addMessage(text, time, person)
((call_expression
  [
    (identifier) @_set
    (navigation_expression (identifier) @_set .)
  ]
  (value_arguments
    .
    (value_argument (_) @sink .))) @_call
  (#set! variant "notification")
  (#any-of? @_set "bigText" "setBigContentTitle" "setSummaryText" "addLine" "addMessage")
  (#sc-made-by? @_call "^(BigTextStyle|InboxStyle|MessagingStyle)$" "receiver"))

; NotificationCompat.Action(R.drawable.ic_copy, "Copy $otp", intent),
; Notification.Action.Builder(icon, title, intent): the title is drawn on the action button
((call_expression
  [
    (identifier)
    (navigation_expression)
  ] @_type
  (value_arguments
    .
    (value_argument)
    .
    (value_argument (_) @sink .)))
  (#set! variant "notification")
  (#match? @_type "(^|\\.)Action(\\.Builder)?$"))

; builder.addAction(R.drawable.ic_copy, "Copy $otp", intent)
((call_expression
  [
    (identifier) @_add
    (navigation_expression (identifier) @_add .)
  ]
  (value_arguments
    .
    (value_argument)
    .
    (value_argument (_) @sink .)
    .
    (value_argument))) @_call
  (#set! variant "notification")
  (#eq? @_add "addAction")
  (#sc-made-by? @_call "list:notification-text-origins" "receiver"))

; RemoteViews(pkg, R.layout.code).setTextViewText(R.id.code, text) in a function that makes
; views the notification's content (setCustomContentView, setCustomBigContentView, setContent);
; an app widget's RemoteViews (updateAppWidget) is not a notification
((call_expression
  (navigation_expression
    (_) @_views
    (identifier) @_set .)
  (value_arguments
    .
    (value_argument)
    .
    (value_argument (_) @sink .)))
  (#set! variant "notification")
  (#eq? @_set "setTextViewText")
  (#sc-made-by? @_views "^RemoteViews$")
  (#sc-mentions? @_views "\\.(setCustomContentView|setCustomBigContentView|setCustomHeadsUpContentView|setContent)\\(" "member"))
