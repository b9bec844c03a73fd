; A WebViewClient.onReceivedSslError that calls SslErrorHandler.proceed() on any path
; (CWE-295). It is a flow: the SslErrorHandler parameter (the source) reaches the receiver
; of a `proceed()` call (the sink), directly, in a branch, in a dialog's click listener or
; lambda, through a helper of this file it is handed to (`continueAnyway(handler)`), or
; through a field it is parked in until the user answers (`pending = handler;` …
; `pending.proceed();`). HttpAuthHandler.proceed(user, password), ClientCertRequest.proceed(key,
; chain) and OkHttp's chain.proceed(request) take arguments, so an empty argument list is
; required; a `proceed()` on anything that is not an SslErrorHandler stays silent.

; public void onReceivedSslError(WebView view, SslErrorHandler handler, SslError error)
; private static void continueAnyway(SslErrorHandler handler)
; SslErrorDialog(Context context, final SslErrorHandler handler)
((formal_parameter
  type: [(type_identifier) (scoped_type_identifier)] @_type
  name: (identifier) @source)
  (#match? @_type "(^|\\.)SslErrorHandler$"))

; handler.proceed(); pendingHandler.proceed(); this.pending.proceed();
; .setPositiveButton("Continue", (dialog, which) -> handler.proceed())
((method_invocation
  object: (_) @sink
  name: (identifier) @_name
  arguments: (argument_list) @_args)
  (#eq? @_name "proceed")
  (#match? @_args "^\\(\\s*\\)$")
  (#sc-not-inside? @sink "checked-by" "([Vv]erify|[Vv]alidate|isCert|isKnown|isTrusted|checkServerTrusted)\\w*\\(([^()]|\\([^()]*\\))*([Cc]ert|[Cc]hain|X509)|[Cc]ert\\w*\\.verify\\("))

; inside onReceivedSslError, a proceed() on a handler the flow cannot name
; (`handlers.get(0).proceed()`, a handler taken from a holder object) is the same decision
((method_invocation
  object: (_) @finding
  name: (identifier) @_name
  arguments: (argument_list) @_args)
  (#eq? @_name "proceed")
  (#match? @_args "^\\(\\s*\\)$")
  (#sc-inside? @finding "function-named" "^onReceivedSslError$")
  (#sc-not-inside? @finding "checked-by" "([Vv]erify|[Vv]alidate|isCert|isKnown|isTrusted|checkServerTrusted)\\w*\\(([^()]|\\([^()]*\\))*([Cc]ert|[Cc]hain|X509)|[Cc]ert\\w*\\.verify\\("))
