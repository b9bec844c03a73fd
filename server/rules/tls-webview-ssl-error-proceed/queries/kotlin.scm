; A WebViewClient.onReceivedSslError override that calls SslErrorHandler.proceed() on any
; path (CWE-295). It is a flow: the SslErrorHandler parameter (the source) reaches the
; receiver of a `proceed()` call (the sink), directly (`handler?.proceed()`, `handler!!`),
; in a branch, in a scope function (`handler?.let { it.proceed() }`), in a dialog's click
; listener, through a helper of this file it is handed to (`private fun accept(h:
; SslErrorHandler) = h.proceed()`), or through a property it is parked in until the user
; answers (`pending = handler` … `pending?.proceed()`). HttpAuthHandler.proceed(user,
; password), ClientCertRequest.proceed(key, chain) and OkHttp's chain.proceed(request) take
; arguments, so an empty argument list is required; a `proceed()` on anything that is not an
; SslErrorHandler stays silent.

; override fun onReceivedSslError(view: WebView?, handler: SslErrorHandler?, error: SslError?)
; private fun accept(h: SslErrorHandler); class SslWarning(private val handler: SslErrorHandler)
([
  (parameter
    (identifier) @source
    [(user_type) (nullable_type)] @_type)
  (class_parameter
    (identifier) @source
    [(user_type) (nullable_type)] @_type)
 ]
  (#match? @_type "^(android\\.webkit\\.)?SslErrorHandler\\??$"))

; handler?.proceed(), handler!!.proceed(), it.proceed(), pending?.proceed(), this.pending?.proceed()
((call_expression
  (navigation_expression
    (_) @sink
    (identifier) @_name .)
  (value_arguments) @_args)
  (#eq? @_name "proceed")
  (#match? @_args "^\\(\\s*\\)$")
  (#sc-not-inside? @sink "checked-by" "([Vv]erify|[Vv]alidate|isCert|isKnown|isTrusted|checkServerTrusted)\\w*\\(([^()]|\\([^()]*\\))*([Cc]ert|[Cc]hain|X509)|[Cc]ert\\w*\\.verify\\("))

; inside onReceivedSslError, a proceed() on a handler the flow cannot name
; (`handlers.first().proceed()`) is the same decision
((call_expression
  (navigation_expression
    (_) @finding
    (identifier) @_name .)
  (value_arguments) @_args)
  (#eq? @_name "proceed")
  (#match? @_args "^\\(\\s*\\)$")
  (#sc-inside? @finding "function-named" "^onReceivedSslError$")
  (#sc-not-inside? @finding "checked-by" "([Vv]erify|[Vv]alidate|isCert|isKnown|isTrusted|checkServerTrusted)\\w*\\(([^()]|\\([^()]*\\))*([Cc]ert|[Cc]hain|X509)|[Cc]ert\\w*\\.verify\\("))

; override fun onReceivedSslError(…) { with(handler) { proceed() } }, handler.run { proceed() }
; (implicit receiver)
((call_expression
  (identifier) @_name
  (value_arguments) @_args) @finding
  (#eq? @_name "proceed")
  (#match? @_args "^\\(\\s*\\)$")
  (#sc-inside? @finding "function-named" "^onReceivedSslError$")
  (#sc-not-inside? @finding "checked-by" "([Vv]erify|[Vv]alidate|isCert|isKnown|isTrusted|checkServerTrusted)\\w*\\(([^()]|\\([^()]*\\))*([Cc]ert|[Cc]hain|X509)|[Cc]ert\\w*\\.verify\\("))
