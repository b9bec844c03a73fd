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

; A helper that receives the SslErrorHandler and proceeds, called from onReceivedSslError:
; private void doProceed(SslErrorHandler handler) { handler.proceed(); }
; public SslErrorDialog(Context context, final SslErrorHandler handler) { … onClick → handler.proceed() … }
; (the helper's name is reported; overrides of onReceivedSslError itself are the pattern above)
([
  (method_declaration
    name: (identifier) @finding
    parameters: (formal_parameters
      (formal_parameter
        type: [(type_identifier) (scoped_type_identifier)] @_type))
    body: (block) @_body)
  (constructor_declaration
    name: (identifier) @finding
    parameters: (formal_parameters
      (formal_parameter
        type: [(type_identifier) (scoped_type_identifier)] @_type))
    body: (constructor_body) @_body)
 ]
  (#match? @_type "(^|\\.)SslErrorHandler$")
  (#not-eq? @finding "onReceivedSslError")
  (#sc-has-call? @_body "^proceed$"))
