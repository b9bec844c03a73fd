; OkHttp certificate pinning that does not protect what it seems to (CWE-295):
; - a placeholder pin: `sha256/AAAA…=`, `sha256/XXXX`, `sha256/<your pin>`, a hash that is not
;   the 44-character Base64 of a SHA-256 (28 for `sha1/`), or one of the example pins of
;   OkHttp's documentation (`docs-example`);
; - a host with a single pin in the whole builder, no backup for a key rotation
;   (`no-backup-pin`, a note: an availability risk, medium confidence);
; - a pinner built but never read, so never installed with `certificatePinner(…)` (`not-attached`).
; Two or more real pins per host, pins from BuildConfig, resources or a loop, and a pinner
; handed to OkHttpClient.Builder or to code this file cannot see stay silent.

; ---- placeholder pins, wherever they are written -------------------------------------------

; "sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "sha256/XXXX", "sha256/<pin>", "sha1/abc"
; (templates such as "sha256/$PIN" are values the file does not show)
((string_literal) @source
  (#match? @source "^\"(?:sha(?:256|1)/(.)\\1+=?|sha256/(?![A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=\"$)[^\"$]+|sha(?:256|1)/[^\"$]*(?:[Ee](?:XAMPLE|xample)|[Pp](?:LACEHOLDER|laceholder))[^\"$]*|sha1/(?![A-Za-z0-9+/]{26}[AEIMQUYcgkosw048]=\"$)[^\"$]+)\"$"))

; the pins of OkHttp's CertificatePinner documentation and recipes (publicobject.com's keys)
((string_literal) @source
  (#match? @source "^\"sha256/(?:afwiKY3RxoMmLkuRW1l7QsPZTJPwDS2pdDROQjXw8ig=|klO23nT2ehFDXCfx3eHTDRESMz3asj1muO\\+4aIdjiuY=|grX4Ta9HpZx6tSHkmCrvpApTQGo67CYDnvprLg5yRME=|lCppFqbkrlJ3EcVFAkeip0\\+44VaoJUymbnOaEUk7tEU=|Vjs8r4z\\+80wjNcr1YKepWQboSIRi63WsWXhIMN\\+eWys=)\"$")
  (#set! variant "docs-example"))

; CertificatePinner.Builder().add("api.shop.io", pin, backup), builder.add(host, *pins),
; CertificatePinner.Builder().apply { add(host, pin) }: every pin argument
((call_expression
  (navigation_expression
    (identifier) @_add .)
  (value_arguments
    .
    (value_argument)
    (value_argument
      (_) @sink))) @_call
  (#eq? @_add "add")
  (#sc-made-by? @_call "^CertificatePinner$" "receiver"))

((call_expression
  (identifier) @_add
  (value_arguments
    .
    (value_argument)
    (value_argument
      (_) @sink))) @_call
  (#eq? @_add "add")
  (#sc-made-by? @_call "^CertificatePinner$" "receiver"))

; const val PRIMARY_PIN = "sha256/AAAA…=" read by another file (unless unused, only logged or compared)
((property_declaration
  (variable_declaration
    (identifier) @_name)
  (string_literal) @finding)
  (#match? @finding "^\"(?:sha(?:256|1)/(.)\\1+=?|sha256/(?![A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=\"$)[^\"$]+|sha(?:256|1)/[^\"$]*(?:[Ee](?:XAMPLE|xample)|[Pp](?:LACEHOLDER|laceholder))[^\"$]*|sha1/(?![A-Za-z0-9+/]{26}[AEIMQUYcgkosw048]=\"$)[^\"$]+)\"$")
  (#sc-used-beyond? @_name "logged compared unused debug"))

; ---- a single pin for a host: no backup ------------------------------------------------------

; CertificatePinner.Builder().add("api.shop.io", "sha256/r8tN…=").build()
([
  (call_expression
    (navigation_expression
      (identifier) @_add .)
    (value_arguments
      .
      (value_argument
        (_) @host)
      .
      (value_argument
        (_) @finding) .))
  (call_expression
    (identifier) @_add
    (value_arguments
      .
      (value_argument
        (_) @host)
      .
      (value_argument
        (_) @finding) .))
 ] @_call
  (#eq? @_add "add")
  (#sc-made-by? @_call "^CertificatePinner$" "receiver")
  (#sc-sole-pin? @_call)
  (#set! variant "no-backup-pin"))

; ---- a pinner nobody installs ------------------------------------------------------------------
; The value is a CertificatePinner.Builder chain, or the build() of a variable that holds one
; (not any builder whose options mention CertificatePinner, such as
; OkHttpClient.Builder().certificatePinner(CertificatePinner.DEFAULT).build()).

; val pinner = CertificatePinner.Builder().add(host, pin, backup).build()   (never read afterwards)
((property_declaration
  (variable_declaration
    (identifier) @finding)
  (call_expression
    (navigation_expression
      (identifier) @_build .)) @_value)
  (#eq? @_build "build")
  (#match? @_value "^([\\w.]*\\.)?CertificatePinner\\s*\\.\\s*Builder\\s*\\(")
  (#sc-not-used-beyond? @finding "unused logged debug")
  (#set! variant "not-attached"))

; val builder = CertificatePinner.Builder(); builder.add(…); val pinner = builder.build()   (never read)
((property_declaration
  (variable_declaration
    (identifier) @finding)
  (call_expression
    (navigation_expression
      (identifier) @_builder
      .
      (identifier) @_build .)))
  (#eq? @_build "build")
  (#sc-declared-as? @_builder "CertificatePinner\\s*\\.\\s*Builder")
  (#sc-not-used-beyond? @finding "unused logged debug")
  (#set! variant "not-attached"))

; fun configure() { CertificatePinner.Builder().add(host, pin, backup).build() }   (the result is dropped)
((function_body
  (block
    (call_expression
      (navigation_expression
        (identifier) @_build .)) @finding))
  (#eq? @_build "build")
  (#match? @finding "^([\\w.]*\\.)?CertificatePinner\\s*\\.\\s*Builder\\s*\\(")
  (#set! variant "not-attached"))
