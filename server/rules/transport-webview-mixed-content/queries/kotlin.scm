; A WebView told to load http:// subresources into https:// pages (CWE-319):
; WebSettings.MIXED_CONTENT_ALWAYS_ALLOW given to `mixedContentMode` (property or setter).
; Scripts, styles and frames fetched in the clear can then rewrite a page the user trusts
; because it came over TLS. MIXED_CONTENT_COMPATIBILITY_MODE stays silent: it is the browser
; behaviour (active content blocked, passive content upgraded or shown with a warning) and
; the catalogue asks only for ALWAYS_ALLOW; NEVER_ALLOW (the default since API 21) is safe.
;
; Both shapes are flows: the constant (the source) may be written at the assignment or
; reach it through vals, `const val`s, companion objects, if / when expressions and helpers
; of this file. A mode that is only compared or logged reaches no sink. Debug-only code is
; left out by `ignoreIn` (rule.yaml).

; ---- flow "constant": MIXED_CONTENT_ALWAYS_ALLOW -------------------------------------------

; WebSettings.MIXED_CONTENT_ALWAYS_ALLOW, android.webkit.WebSettings.MIXED_CONTENT_ALWAYS_ALLOW
((navigation_expression
  (_)
  (identifier) @_name .) @source
  (#set! flow "constant")
  (#eq? @_name "MIXED_CONTENT_ALWAYS_ALLOW"))

; MIXED_CONTENT_ALWAYS_ALLOW after `import android.webkit.WebSettings.MIXED_CONTENT_ALWAYS_ALLOW`
((identifier) @source
  (#set! flow "constant")
  (#eq? @source "MIXED_CONTENT_ALWAYS_ALLOW"))

; settings.mixedContentMode = mode; settings.apply { mixedContentMode = mode }
((assignment
  left: [
    (identifier) @_property
    (navigation_expression
      (identifier) @_property .)
  ]
  right: (_) @sink)
  (#set! flow "constant")
  (#eq? @_property "mixedContentMode"))

; settings.setMixedContentMode(mode); settings.apply { setMixedContentMode(mode) }
((call_expression
  [
    (identifier) @_method
    (navigation_expression
      (identifier) @_method .)
  ]
  (value_arguments
    .
    (value_argument
      (_) @sink .) .))
  (#set! flow "constant")
  (#eq? @_method "setMixedContentMode"))

; ---- flow "zero": the raw value of MIXED_CONTENT_ALWAYS_ALLOW -----------------------------
; Only where the receiver is a WebSettings (view.settings, getSettings(), a WebSettings
; parameter or property): on any other object, 0 means whatever that type says.

; 0
((number_literal) @source
  (#set! flow "zero")
  (#eq? @source "0"))

; view.settings.mixedContentMode = 0; val s = view.settings; s.mixedContentMode = 0
((assignment
  left: (navigation_expression
    (_) @_receiver
    (identifier) @_property .)
  right: (_) @sink)
  (#set! flow "zero")
  (#eq? @_property "mixedContentMode")
  (#sc-made-by? @_receiver "^(settings|getSettings|WebSettings)$"))

; view.settings.setMixedContentMode(0)
((call_expression
  (navigation_expression
    (_) @_receiver
    (identifier) @_method .)
  (value_arguments
    .
    (value_argument
      (_) @sink .) .))
  (#set! flow "zero")
  (#eq? @_method "setMixedContentMode")
  (#sc-made-by? @_receiver "^(settings|getSettings|WebSettings)$"))

; view.settings.apply { mixedContentMode = 0 }, with(webView.settings) { setMixedContentMode(0) }
((assignment
  left: (identifier) @_property
  right: (_) @sink)
  (#set! flow "zero")
  (#eq? @_property "mixedContentMode")
  (#sc-inside? @sink "call-to" "^(apply|run|also|with)$")
  (#sc-mentions? @sink "\\b(settings|getSettings|WebSettings)\\b" "member"))

((call_expression
  (identifier) @_method
  (value_arguments
    .
    (value_argument
      (_) @sink .) .))
  (#set! flow "zero")
  (#eq? @_method "setMixedContentMode")
  (#sc-inside? @sink "call-to" "^(apply|run|also|with)$")
  (#sc-mentions? @sink "\\b(settings|getSettings|WebSettings)\\b" "member"))
