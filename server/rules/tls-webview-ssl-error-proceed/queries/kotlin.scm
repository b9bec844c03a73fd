; A WebViewClient.onReceivedSslError override that calls SslErrorHandler.proceed() on any
; path (CWE-295): in the override itself, in a branch, in a scope function, or in a dialog's
; click listener nested inside it (#sc-inside-function? looks through nested lambdas and
; object expressions). HttpAuthHandler.proceed(user, password), ClientCertRequest.proceed(key,
; chain) and OkHttp's chain.proceed(request) take arguments, so an empty argument list is
; required.

; override fun onReceivedSslError(view: WebView?, handler: SslErrorHandler?, error: SslError?) { handler?.proceed() }
; handler.proceed(), handler!!.proceed(), handler?.let { it.proceed() },
; .setPositiveButton("Continue") { _, _ -> handler.proceed() }
((call_expression
  (navigation_expression
    (_)
    (identifier) @_name .)
  (value_arguments) @_args) @finding
  (#eq? @_name "proceed")
  (#match? @_args "^\\(\\s*\\)$")
  (#sc-inside-function? @finding "^onReceivedSslError$"))

; override fun onReceivedSslError(…) { with(handler) { proceed() } }   (implicit receiver)
((call_expression
  (identifier) @_name
  (value_arguments) @_args) @finding
  (#eq? @_name "proceed")
  (#match? @_args "^\\(\\s*\\)$")
  (#sc-inside-function? @finding "^onReceivedSslError$"))

; private fun showSslWarning(handler: SslErrorHandler, error: SslError) { … handler.proceed() … }
; a helper the override hands its SslErrorHandler to: a `…handler` receiver, in a function
; whose name is about SSL
((call_expression
  (navigation_expression
    [
      (identifier) @_receiver
      (unary_expression
        argument: (identifier) @_receiver)
    ]
    (identifier) @_name .)
  (value_arguments) @_args) @finding
  (#eq? @_name "proceed")
  (#match? @_args "^\\(\\s*\\)$")
  (#match? @_receiver "[Hh]andler$")
  (#sc-inside-function? @finding "[Ss]sl|SSL"))
