; Obsolete SSL/TLS versions in Node.js TLS options (CWE-327, RFC 8996): https / tls / axios /
; got / undici / ws agents and secure contexts all take `secureProtocol`, `minVersion` and
; `maxVersion`. A floor below TLS 1.2 lets a downgrade succeed; a ceiling below TLS 1.2 forbids
; anything better. Silent: 'TLSv1.2', 'TLSv1.3', 'TLS_method' and 'SSLv23_method' (both
; negotiate the best version both sides support), comparisons and UI lists of version names.
; The literal is both the finding and `version` (the fix and the message use it).

; A version written elsewhere (a constant, a variable, a parameter, a ternary, a class
; field) flows to the option that takes it: the finding sits at that option, the literal is
; its related location. A constant that is unused, only logged or compared, or overwritten
; before the option reads it reaches nothing and stays silent.

; ---- sources ------------------------------------------------------------------------------

; 'TLSv1', "TLSv1.1", `SSLv3` (minVersion / maxVersion / DEFAULT_MIN_VERSION values)
([(string) (template_string)] @source @version
  (#match? @version "^.(SSLv3|TLSv1|TLSv1\\.1).$"))

; 'TLSv1_method', "SSLv3_client_method" (secureProtocol values)
([(string) (template_string)] @source @version
  (#match? @version "^.(SSLv2|SSLv3|TLSv1|TLSv1_1)_(client_|server_)?method.$"))

; ---- sinks --------------------------------------------------------------------------------

; new https.Agent({ secureProtocol: 'TLSv1_method' }), tls.connect({ host, port, minVersion: floor }),
; new https.Agent({ maxVersion: 'TLSv1.1' as tls.SecureVersion }), { "secureProtocol": method }
; (forwarding another object's `options.minVersion` configures nothing new: a version written
; in place there is reported where it is written)
(pair
  key: [(property_identifier) (string)] @_key
  value: (_) @sink
  (#match? @_key "^['\"]?(minVersion|maxVersion|secureProtocol)['\"]?$")
  (#not-match? @sink "^[\\w$.]+\\.(minVersion|maxVersion|secureProtocol)$"))

; const minVersion = legacy ? 'TLSv1' : 'TLSv1.2'; tls.connect({ host, minVersion })
(object
  (shorthand_property_identifier) @sink
  (#match? @sink "^(minVersion|maxVersion|secureProtocol)$"))

; tls.DEFAULT_MIN_VERSION = MIN; tls.DEFAULT_MAX_VERSION = 'TLSv1.1'; options.minVersion = floor;
; options.secureProtocol = 'TLSv1_1_method'
(assignment_expression
  left: (member_expression
    property: (property_identifier) @_key)
  right: (_) @sink
  (#match? @_key "^(DEFAULT_MIN_VERSION|DEFAULT_MAX_VERSION|minVersion|maxVersion|secureProtocol)$")
  (#not-match? @sink "^[\\w$.]+\\.(minVersion|maxVersion|secureProtocol)$"))

; ---- declarations that reach no option in this file ----------------------------------------

; export const minVersion: tls.SecureVersion = 'TLSv1'; (unless unused, only logged or compared)
(variable_declarator
  name: (identifier) @_key
  value: [(string) (template_string)] @finding @version
  (#match? @_key "^(minVersion|maxVersion|minTlsVersion|maxTlsVersion|MIN_TLS_VERSION|MAX_TLS_VERSION)$")
  (#match? @version "^.(SSLv3|TLSv1|TLSv1\\.1).$")
  (#sc-used-beyond? @_key "logged compared unused debug"))

; export const secureProtocol = 'TLSv1_method'
(variable_declarator
  name: (identifier) @_key
  value: [(string) (template_string)] @finding @version
  (#match? @_key "^(secureProtocol|SECURE_PROTOCOL)$")
  (#match? @version "^.(SSLv2|SSLv3|TLSv1|TLSv1_1)_(client_|server_)?method.$")
  (#sc-used-beyond? @_key "logged compared unused debug"))

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
