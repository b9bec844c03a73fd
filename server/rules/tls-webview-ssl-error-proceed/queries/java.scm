; A WebViewClient.onReceivedSslError override that calls SslErrorHandler.proceed() on any
; path (CWE-295): in the override itself, in a branch, or in a dialog's click listener or
; lambda nested inside it (#sc-inside-function? looks through nested functions and classes).
; HttpAuthHandler.proceed(user, password), ClientCertRequest.proceed(key, chain) and
; OkHttp's chain.proceed(request) take arguments, so an empty argument list is required.

; public void onReceivedSslError(WebView view, SslErrorHandler handler, SslError error) { handler.proceed(); }
; .setPositiveButton("Continue", (dialog, which) -> handler.proceed())
((method_invocation
  object: (_)
  name: (identifier) @_name
  arguments: (argument_list) @_args) @finding
  (#eq? @_name "proceed")
  (#match? @_args "^\\(\\s*\\)$")
  (#sc-inside-function? @finding "^onReceivedSslError$"))
