; A WebView told to load http:// subresources into https:// pages (CWE-319):
; WebSettings.MIXED_CONTENT_ALWAYS_ALLOW given to setMixedContentMode. Scripts, styles and
; frames fetched in the clear can then rewrite a page the user trusts because it came over
; TLS. MIXED_CONTENT_COMPATIBILITY_MODE stays silent: it is the browser behaviour (active
; content blocked, passive content upgraded or shown with a warning) and the catalogue asks
; only for ALWAYS_ALLOW; NEVER_ALLOW (the default since API 21) is safe.
;
; Both shapes are flows: the constant (the source) may be written in the call or reach it
; through locals, `static final` fields, ternaries and parameters of helpers of this file.
; A mode that is only compared or logged reaches no sink. Debug-only code is left out by
; `ignoreIn` (rule.yaml).

; ---- flow "constant": MIXED_CONTENT_ALWAYS_ALLOW -------------------------------------------

; WebSettings.MIXED_CONTENT_ALWAYS_ALLOW, android.webkit.WebSettings.MIXED_CONTENT_ALWAYS_ALLOW
((field_access
  field: (identifier) @_name) @source
  (#set! flow "constant")
  (#eq? @_name "MIXED_CONTENT_ALWAYS_ALLOW"))

; MIXED_CONTENT_ALWAYS_ALLOW after `import static android.webkit.WebSettings.MIXED_CONTENT_ALWAYS_ALLOW`
((identifier) @source
  (#set! flow "constant")
  (#eq? @source "MIXED_CONTENT_ALWAYS_ALLOW"))

; settings.setMixedContentMode(mode), webView.getSettings().setMixedContentMode(mode)
((method_invocation
  name: (identifier) @_method
  arguments: (argument_list
    .
    (_) @sink .))
  (#set! flow "constant")
  (#eq? @_method "setMixedContentMode"))

; ---- flow "zero": the raw value of MIXED_CONTENT_ALWAYS_ALLOW -----------------------------
; Only where the receiver is a WebSettings (getSettings(), a WebSettings local, field or
; parameter): on any other object, 0 means whatever that type says.

; 0
((decimal_integer_literal) @source
  (#set! flow "zero")
  (#eq? @source "0"))

; webView.getSettings().setMixedContentMode(0); WebSettings s = …; s.setMixedContentMode(0)
((method_invocation
  object: (_) @_receiver
  name: (identifier) @_method
  arguments: (argument_list
    .
    (_) @sink .))
  (#set! flow "zero")
  (#eq? @_method "setMixedContentMode")
  (#sc-made-by? @_receiver "^(getSettings|WebSettings)$"))
