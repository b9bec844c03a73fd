; Obsolete SSL/TLS versions in Node.js TLS options (CWE-327, RFC 8996): https / tls / axios /
; got / undici / ws agents and secure contexts all take `secureProtocol`, `minVersion` and
; `maxVersion`. A floor below TLS 1.2 lets a downgrade succeed; a ceiling below TLS 1.2 forbids
; anything better. Silent: 'TLSv1.2', 'TLSv1.3', 'TLS_method' and 'SSLv23_method' (both
; negotiate the best version both sides support), comparisons and UI lists of version names.
; The literal is both the finding and `version` (the fix and the message use it).

; new https.Agent({ secureProtocol: 'TLSv1_method' }), tls.createSecureContext({ secureProtocol: "SSLv3_client_method" })
(pair
  key: [(property_identifier) (string)] @_key
  value: [(string) (template_string)] @finding @version
  (#match? @_key "^['\"]?secureProtocol['\"]?$")
  (#match? @version "^.(SSLv2|SSLv3|TLSv1|TLSv1_1)_(client_|server_)?method.$"))

; tls.connect({ host, port, minVersion: 'TLSv1' }), new https.Agent({ maxVersion: 'TLSv1.1' }),
; { minVersion: 'TLSv1.1' as SecureVersion }
(pair
  key: [(property_identifier) (string)] @_key
  value: [
    [(string) (template_string)] @finding @version
    (as_expression . (string) @finding @version)
  ]
  (#match? @_key "^['\"]?(minVersion|maxVersion)['\"]?$")
  (#match? @version "^.(SSLv3|TLSv1|TLSv1\\.1).$"))

; tls.DEFAULT_MIN_VERSION = 'TLSv1'; tls.DEFAULT_MAX_VERSION = 'TLSv1.1'; options.minVersion = 'TLSv1.1'
(assignment_expression
  left: (member_expression
    property: (property_identifier) @_key)
  right: [(string) (template_string)] @finding @version
  (#match? @_key "^(DEFAULT_MIN_VERSION|DEFAULT_MAX_VERSION|minVersion|maxVersion)$")
  (#match? @version "^.(SSLv3|TLSv1|TLSv1\\.1).$"))

; options.secureProtocol = 'TLSv1_1_method'
(assignment_expression
  left: (member_expression
    property: (property_identifier) @_key)
  right: [(string) (template_string)] @finding @version
  (#eq? @_key "secureProtocol")
  (#match? @version "^.(SSLv2|SSLv3|TLSv1|TLSv1_1)_(client_|server_)?method.$"))

; const minVersion: tls.SecureVersion = 'TLSv1'; … tls.connect({ host, minVersion })
(variable_declarator
  name: (identifier) @_key
  value: [(string) (template_string)] @finding @version
  (#match? @_key "^(minVersion|maxVersion|minTlsVersion|maxTlsVersion|MIN_TLS_VERSION|MAX_TLS_VERSION)$")
  (#match? @version "^.(SSLv3|TLSv1|TLSv1\\.1).$"))

; const secureProtocol = 'TLSv1_method'
(variable_declarator
  name: (identifier) @_key
  value: [(string) (template_string)] @finding @version
  (#match? @_key "^(secureProtocol|SECURE_PROTOCOL)$")
  (#match? @version "^.(SSLv2|SSLv3|TLSv1|TLSv1_1)_(client_|server_)?method.$"))

; spawn(process.execPath, ['--tls-min-v1.0', 'server.js']); env: { NODE_OPTIONS: '--tls-min-v1.1' }:
; Node's command-line floor (--tls-max-v1.2 / --tls-max-v1.3 are fine). Only where a flag goes:
; array elements, option values, variables and call arguments (log messages excluded).
([
  (array [(string) (template_string)] @finding @version)
  (pair value: [(string) (template_string)] @finding @version)
  (variable_declarator value: [(string) (template_string)] @finding @version)
  (assignment_expression right: [(string) (template_string)] @finding @version)
 ]
  (#match? @version "--tls-min-v1\\.[01]([^0-9]|$)"))

((call_expression
  arguments: (arguments
    [(string) (template_string)] @finding @version)) @_call
  (#match? @version "--tls-min-v1\\.[01]([^0-9]|$)")
  (#sc-may-send? @_call))
