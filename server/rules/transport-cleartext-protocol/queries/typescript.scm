; Client connections over protocols without TLS (CWE-319) in Node, React Native and Electron
; code: grpc-js channels with insecure credentials, nodemailer with STARTTLS ignored, and
; ftp://, telnet:// and mqtt:// URLs (MQTT.js also takes tcp://). The host decides whether
; it matters: a target that stays on the device (`localhost:50051`, `127.0.0.1`, a `unix:`
; socket, followed through constants and locals) is left out by #sc-not-loopback-address?
; (address-predicates.ts). Debug-only code is left out by `ignoreIn` (rule.yaml). Plain
; `net.connect` is not reported: most of it carries protocols that add their own TLS or talks
; to a local daemon, and the file rarely shows which.

; ---- grpc-js: insecure channel credentials -----------------------------------------------
; new proto.Inventory("inventory.shop.io:443", grpc.credentials.createInsecure())
; const creds = ChannelCredentials.createInsecure(); createChannel(target, creds) (nice-grpc)
; Left out: a function that also builds TLS credentials (createSsl, createFromSecureContext)
; picks one of the two from a setting or the URL the user typed; ServerCredentials (a server).
((call_expression
   function: (member_expression
     object: (_) @_credentials
     property: (property_identifier) @_insecure)) @source
  (#eq? @_insecure "createInsecure")
  (#match? @_credentials "(^|\\.)(credentials|ChannelCredentials)$")
  (#sc-not-mentions? @source "createSsl|createFromSecureContext" "member")
  (#set! flow "grpc")
  (#set! variant "grpc-plaintext"))

; A default for a parameter: callers usually pass their own credentials, and the file rarely
; shows which calls leave it out (`#getClient(host, creds = ChannelCredentials.createInsecure())`).
([
  (required_parameter value: (_) @sanitizer)
  (optional_parameter value: (_) @sanitizer)
 ]
  (#set! flow "grpc"))

; the client or channel the credentials are given to, with its target first
([
  (new_expression
    arguments: (arguments
      .
      (_) @_target
      .
      (_) @sink))
  (call_expression
    arguments: (arguments
      .
      (_) @_target
      .
      (_) @sink))
 ]
  (#sc-not-loopback-address? @_target)
  (#set! flow "grpc"))

; ---- nodemailer: STARTTLS ignored on a connection that does not start with TLS -----------
; nodemailer.createTransport({ host: "smtp.shop.io", port: 587, ignoreTLS: true })
; (no `host` means localhost, nodemailer's default; `secure: true` starts with TLS)
((object
   (pair
     key: (property_identifier) @_host_key
     value: (_) @_host)
   (pair
     key: (property_identifier) @_key
     value: (true) @_value) @finding) @_options
  (#eq? @_host_key "host")
  (#eq? @_key "ignoreTLS")
  (#not-match? @_options "\\bsecure\\s*:\\s*(true|!0)")
  (#sc-not-loopback-address? @_host)
  (#sc-argument-of? @_value "^(createTransport|createTestAccount|SMTPConnection|SMTPPool|SMTPTransport)$")
  (#set! variant "mail-tls-off"))

((object
   (pair
     key: (property_identifier) @_key
     value: (true) @_value) @finding
   (pair
     key: (property_identifier) @_host_key
     value: (_) @_host)) @_options
  (#eq? @_host_key "host")
  (#eq? @_key "ignoreTLS")
  (#not-match? @_options "\\bsecure\\s*:\\s*(true|!0)")
  (#sc-not-loopback-address? @_host)
  (#sc-argument-of? @_value "^(createTransport|createTestAccount|SMTPConnection|SMTPPool|SMTPTransport)$")
  (#set! variant "mail-tls-off"))

; ---- ftp://, telnet:// and mqtt:// URLs --------------------------------------------------
; const BROKER_URL = "mqtt://broker.shop.io"; mqtt.connect(BROKER_URL); `ftp://${host}/pub`
; (sftp://, ftps://, mqtts://, wss:// are other schemes and never match; loopback and
; placeholder hosts are left out by #sc-cleartext-url?)
([(string) (template_string)] @source
  (#sc-cleartext-url? @source "ftp telnet mqtt")
  (#sc-not-kept-under? @source "not-url-names")
  (#set! flow "url"))

; MQTT.js also speaks MQTT over plain TCP as tcp://: mqtt.connect("tcp://broker.shop.io:1883")
([(string) (template_string)] @source
  (#sc-cleartext-url? @source "tcp")
  (#set! flow "mqtt-tcp"))

((call_expression
   function: (member_expression
     object: (identifier) @_mqtt
     property: (property_identifier) @_connect)
   arguments: (arguments
     .
     (_) @sink))
  (#eq? @_mqtt "mqtt")
  (#any-of? @_connect "connect" "connectAsync")
  (#set! flow "mqtt-tcp"))

; An object's values under keys that name no URL are not where it connects
; ({ headers: { Referer: "ftp://…" } } is no connection).
(pair
  key: [(property_identifier) (string)] @_name
  value: (_) @sanitizer
  (#sc-not-in-list? @_name "url-like-names")
  (#set! flow "url"))

; A link only handed to another app (Linking.openURL, shell.openExternal): the app itself
; sends nothing over it, but the app that opens it will (variant `external-app`, a note).
; Written first: for the same argument the first pattern wins.
((_
  arguments: (arguments
    (_) @sink)) @_call
  (#sc-sink-call? @_call)
  (#sc-opened-in-external-browser? @sink)
  (#set! flow "url")
  (#set! variant "external-app"))

; mqtt.connect(BROKER_URL), new Client().access(…) wrappers, any call that may send it
((_
  arguments: (arguments
    (_) @sink)) @_call
  (#not-match? @sink "^[{]")
  (#sc-sink-call? @_call)
  (#set! flow "url"))

; mqtt.connect({ url: BROKER_URL }), new FtpSync({ remoteUrl: `ftp://${host}` })
((_
  arguments: (arguments
    (object
      [
        (pair
          key: [(property_identifier) (string)] @_key
          value: (_) @sink)
        (shorthand_property_identifier) @_key @sink
      ]))) @_call
  (#sc-url-name? @_key)
  (#sc-sink-call? @_call)
  (#set! flow "url"))
