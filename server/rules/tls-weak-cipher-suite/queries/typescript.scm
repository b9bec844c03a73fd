; Broken cipher suites in Node.js TLS options (CWE-327): `ciphers` of tls.connect,
; tls.createServer, tls.createSecureContext, https.Agent / https.request and every library that
; passes them on (axios httpsAgent, got, request's agentOptions, undici connect, nodemailer
; tls, mssql cryptoCredentialsDetails), and the process-wide `tls.DEFAULT_CIPHERS`.
;
; The value is an OpenSSL cipher list, read as OpenSSL applies it (#sc-cipher-list-enables?):
; `RC4-SHA`, `DES-CBC3-SHA`, `NULL-SHA`, `ADH-AES256-SHA`, `EXP-RC4-MD5`, aliases such as
; `RC4`, `3DES`, `aNULL`, `eNULL`, `EXPORT`, `LOW`, and `@SECLEVEL=0`. MD5 suites are all RC4,
; NULL or export suites and are reported as such. What `!RC4`, `-RC4`
; or `!aNULL` removes stays silent, and so do `HIGH`, `DEFAULT` and modern lists. One source
; pattern per weak family picks the message that names it (the list is one string: the
; message cannot point at one element).
;
; A list written elsewhere (a constant, an array joined with ':', a ternary, a class field)
; flows to the option that takes it: the finding sits at that option, the literal is its
; related location. The option's whole value is judged again there, so an exclusion
; appended at the option (`WEAK + ':!RC4'`) keeps it silent.

; ---- sources: one pattern per family, for the message ----------------------------------------

([(string) (template_string)] @source @suite
  (#match? @suite "NULL|ADH|AECDH")
  (#sc-cipher-list-enables? @suite "^aNULL$")
  (#set! variant "anonymous"))

([(string) (template_string)] @source @suite
  (#match? @suite "NULL")
  (#sc-cipher-list-enables? @suite "^eNULL$")
  (#set! variant "null-cipher"))

([(string) (template_string)] @source @suite
  (#match? @suite "RC4")
  (#sc-cipher-list-enables? @suite "^RC4$")
  (#set! variant "rc4"))

([(string) (template_string)] @source @suite
  (#match? @suite "DES|CBC3|EDE3")
  (#sc-cipher-list-enables? @suite "^(DES|3DES)$")
  (#set! variant "des"))

([(string) (template_string)] @source @suite
  (#match? @suite "EXP|LOW|DES")
  (#sc-cipher-list-enables? @suite "^(EXPORT|LOW)$")
  (#set! variant "export"))

([(string) (template_string)] @source @suite
  (#match? @suite "@SECLEVEL=0")
  (#sc-cipher-list-enables? @suite "^@SECLEVEL=0$")
  (#set! variant "seclevel-zero"))

; ---- sinks --------------------------------------------------------------------------------
; The whole value is read again at the option: a list the file does not show in full (an
; array joined with ':') counts, one whose weak elements are removed after all does not.

; tls.connect({ host, port, ciphers: LEGACY }), new https.Agent({ ciphers: 'DES-CBC3-SHA' }),
; { agentOptions: { ciphers } }, { "ciphers": list }
(pair
  key: [(property_identifier) (string)] @_key
  value: (_) @sink
  (#match? @_key "^['\"]?ciphers['\"]?$")
  (#not-match? @sink "^[\\w$.]+\\.ciphers$")
  (#sc-cipher-list-enables? @sink "^(RC4|DES|3DES|eNULL|aNULL|EXPORT|LOW|MD5|@SECLEVEL=0)$" "or-unknown"))

; const ciphers = legacy ? 'RC4-SHA:HIGH' : 'HIGH'; tls.createSecureContext({ ciphers })
(object
  (shorthand_property_identifier) @sink
  (#eq? @sink "ciphers")
  (#sc-cipher-list-enables? @sink "^(RC4|DES|3DES|eNULL|aNULL|EXPORT|LOW|MD5|@SECLEVEL=0)$" "or-unknown"))

; tls.DEFAULT_CIPHERS = LIST; options.ciphers = 'DEFAULT@SECLEVEL=0'
(assignment_expression
  left: (member_expression
    property: (property_identifier) @_key)
  right: (_) @sink
  (#match? @_key "^(DEFAULT_CIPHERS|ciphers)$")
  (#not-match? @sink "^[\\w$.]+\\.ciphers$")
  (#sc-cipher-list-enables? @sink "^(RC4|DES|3DES|eNULL|aNULL|EXPORT|LOW|MD5|@SECLEVEL=0)$" "or-unknown"))

; tls.DEFAULT_CIPHERS += ':RC4-SHA'
(augmented_assignment_expression
  left: (member_expression
    property: (property_identifier) @_key)
  right: (_) @sink
  (#match? @_key "^(DEFAULT_CIPHERS|ciphers)$")
  (#sc-cipher-list-enables? @sink "^(RC4|DES|3DES|eNULL|aNULL|EXPORT|LOW|MD5|@SECLEVEL=0)$" "or-unknown"))

; secureContext.context.setCiphers(list) (the native context behind a SecureContext)
((call_expression
  function: (member_expression
    property: (property_identifier) @_method)
  arguments: (arguments
    .
    (_) @sink))
  (#eq? @_method "setCiphers")
  (#sc-cipher-list-enables? @sink "^(RC4|DES|3DES|eNULL|aNULL|EXPORT|LOW|MD5|@SECLEVEL=0)$" "or-unknown"))

; ---- declarations that reach no option in this file -----------------------------------------
; export const LEGACY_CIPHERS = 'DES-CBC3-SHA' read by another module (unless unused, only
; logged or compared, or named as a deny-list)

(variable_declarator
  name: (identifier) @_name
  value: [(string) (template_string)] @suite @finding
  (#match? @_name "[Cc]ipher|CIPHER")
  (#not-match? @_name "[Dd]isallow|DISALLOW|[Dd]isabled?|DISABLED?|[Dd]eny|DENY|[Bb]lock|BLOCK|[Bb]lacklist|BLACKLIST|[Ee]xclud|EXCLUD|[Ff]orbidden|FORBIDDEN|[Ii]nsecure|INSECURE|[Ww]eak|WEAK|[Bb]roken|BROKEN|[Bb]anned|BANNED|[Bb]ad|BAD|[Uu]nsafe|UNSAFE")
  (#match? @suite "RC4|DES|CBC3|NULL|ADH|AECDH|EXP|LOW|MD5")
  (#sc-cipher-list-enables? @suite "^(RC4|DES|3DES|eNULL|aNULL|EXPORT|LOW|MD5)$")
  (#sc-used-beyond? @_name "logged compared unused debug"))

(variable_declarator
  name: (identifier) @_name
  value: [(string) (template_string)] @suite @finding
  (#match? @_name "[Cc]ipher|CIPHER")
  (#match? @suite "@SECLEVEL=0")
  (#sc-cipher-list-enables? @suite "^@SECLEVEL=0$")
  (#sc-used-beyond? @_name "logged compared unused debug")
  (#set! variant "seclevel-zero"))

; export const TLS_CIPHERS = ['ECDHE-RSA-AES128-GCM-SHA256', 'DES-CBC3-SHA'].join(':')
(variable_declarator
  name: (identifier) @_name
  value: (call_expression
    function: (member_expression
      object: (array) @_list
      property: (property_identifier) @_join)) @suite @finding
  (#eq? @_join "join")
  (#match? @_name "[Cc]ipher|CIPHER")
  (#not-match? @_name "[Dd]isallow|DISALLOW|[Dd]isabled?|DISABLED?|[Dd]eny|DENY|[Bb]lock|BLOCK|[Bb]lacklist|BLACKLIST|[Ee]xclud|EXCLUD|[Ff]orbidden|FORBIDDEN|[Ii]nsecure|INSECURE|[Ww]eak|WEAK|[Bb]roken|BROKEN|[Bb]anned|BANNED|[Bb]ad|BAD|[Uu]nsafe|UNSAFE")
  (#match? @_list "RC4|DES|CBC3|NULL|ADH|AECDH|EXP|LOW|MD5")
  (#sc-cipher-list-enables? @_list "^(RC4|DES|3DES|eNULL|aNULL|EXPORT|LOW|MD5)$")
  (#sc-used-beyond? @_name "logged compared unused debug"))
