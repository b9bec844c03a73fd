; Trust managers and trust strategies that accept any server certificate (CWE-295).
; Whether a body "checks nothing" (no throw; only logging, returns, iteration or
; checkValidity) is decided by #sc-noop-trust-check? with the Kotlin list of harmless calls
; below (scope functions and iteration are harmless themselves: the calls inside their
; lambdas are checked too, so `chain.let { tm.checkServerTrusted(it, a) }` still delegates).
; `error(…)`, `check(…)` and `require(…)` throw, so they are deliberately not in the list.
; A call of a function of this file counts by what that function does (`record(chain)` that
; only logs checks nothing). A trust manager is reported where it is declared, wherever it is
; installed (a property, an `object`, a helper's return): the declaration is the root cause.

; object : X509TrustManager { override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {} }
; also `class TrustAll : X509TrustManager`, `object TrustAllCerts : X509ExtendedTrustManager()`,
; the (…, Socket) / (…, SSLEngine) overloads, `= Unit`, `{ return }`, `{ Log.d(…) }`,
; `{ chain[0].checkValidity() }`: the parameter type names X509Certificate, so the
; enclosing type (even a custom base class) does not matter
(function_declaration
  name: (identifier) @finding
  (function_value_parameters
    .
    (parameter
      [(user_type) (nullable_type)] @_type))
  (function_body) @_body
  (#eq? @finding "checkServerTrusted")
  (#match? @_type "X509Certificate")
  (#sc-noop-trust-check? @_body "list:kotlin-trust-check-harmless-callees"))

; override fun checkServerTrusted(…) { try { defaultTm.checkServerTrusted(chain, authType) } catch (e: CertificateException) { Log.w(TAG, e) } }
; the platform's verdict is caught and dropped (the try is the last statement: nothing after it
; rejects the chain)
(function_declaration
  name: (identifier) @_name
  (function_body
    (block
      (try_expression
        (catch_block
          (user_type) @finding
          (block) @_catch))
      .))
  (#eq? @_name "checkServerTrusted")
  (#match? @finding "^(java\\.security\\.cert\\.)?(CertificateException|GeneralSecurityException|Exception|Throwable)$")
  (#sc-noop-trust-check? @_catch "^(log|[diwev]|wtf|info|debug|warn|warning|trace|print|println|printf|printStackTrace|getMessage|toString|format|Timber|tag)$"))

;  override fun checkServerTrusted(…) { try { chain[0].checkValidity() } catch (e: Exception) { throw CertificateException(e) } }
; the only thing that can fail is the date check, whatever the catch does
(function_declaration
  name: (identifier) @finding
  (function_body
    (block
      .
      (try_expression
        (block) @_try)
      .))
  (#eq? @finding "checkServerTrusted")
  (#sc-noop-trust-check? @_try "list:kotlin-trust-check-harmless-callees"))

; EasyX509TrustManager: if (chain.size == 1) chain[0].checkValidity() else tm.checkServerTrusted(chain, authType)
; a branch that ends the function after checking nothing accepts whatever chain takes it
(function_declaration
  name: (identifier) @finding
  (function_body
    (block
      (if_expression
        (block) @_branch)
      .))
  (#eq? @finding "checkServerTrusted")
  (#sc-noop-trust-check? @_branch "list:kotlin-trust-check-harmless-callees"))

; override fun checkServerTrusted(…) { runCatching { defaultTm.checkServerTrusted(chain, authType) } }
; a bare runCatching swallows the rejection
(function_declaration
  name: (identifier) @_name
  (function_body
    (block
      (call_expression
        (identifier) @finding
        (annotated_lambda))))
  (#eq? @_name "checkServerTrusted")
  (#eq? @finding "runCatching"))

; override fun checkServerTrusted(…) { runCatching { … }.onFailure { Log.w(TAG, it) } }
(function_declaration
  name: (identifier) @_name
  (function_body
    (block
      (call_expression
        (navigation_expression
          (call_expression
            (identifier) @finding
            (annotated_lambda))
          (identifier) @_then .)
        (annotated_lambda) @_handler)))
  (#eq? @_name "checkServerTrusted")
  (#eq? @finding "runCatching")
  (#eq? @_then "onFailure")
  (#sc-noop-trust-check? @_handler "^(log|[diwev]|wtf|info|debug|warn|warning|trace|print|println|printf|printStackTrace|toString|format|Timber|tag)$"))

; object : TrustStrategy { override fun isTrusted(chain: Array<X509Certificate>, authType: String) = true }
; (Apache HttpClient; also a named class implementing TrustStrategy). One that first lets a
; delegate checkServerTrusted (which throws on rejection) answers true only for what it accepted.
(function_declaration
  name: (identifier) @finding
  (function_value_parameters
    .
    (parameter
      [(user_type) (nullable_type)] @_type))
  (function_body) @_body
  (#eq? @finding "isTrusted")
  (#match? @_type "X509Certificate")
  (#sc-returns-only? @_body "^true$")
  (#sc-not-has-call? @_body "^checkServerTrusted$"))

; TrustStrategy { _, _ -> true }   (SAM conversion, also as an argument of loadTrustMaterial)
((call_expression
  [
    (identifier) @finding
    (navigation_expression
      (identifier) @finding .)
  ]
  (annotated_lambda
    (lambda_literal) @_body))
  (#eq? @finding "TrustStrategy")
  (#sc-returns-only? @_body "^true$"))

; SSLContexts.custom().loadTrustMaterial(null) { _, _ -> true }   (trailing-lambda TrustStrategy)
((call_expression
  (call_expression
    (navigation_expression
      (identifier) @finding .))
  (annotated_lambda
    (lambda_literal) @_body))
  (#eq? @finding "loadTrustMaterial")
  (#sc-returns-only? @_body "^true$"))

; SSLContextBuilder().loadTrustMaterial(keyStore, { chain, authType -> true })
((call_expression
  (navigation_expression
    (identifier) @finding .)
  (value_arguments
    (value_argument
      (lambda_literal) @_body)))
  (#eq? @finding "loadTrustMaterial")
  (#sc-returns-only? @_body "^true$"))

; ---- flow "strategy": a function of this file that answers true, given by reference ------
; private fun acceptAnyChain(chain: Array<X509Certificate>, authType: String) = true
; SSLContexts.custom().loadTrustMaterial(null, ::acceptAnyChain), TrustStrategy(this::acceptAnyChain)

; fun acceptAnyChain(chain: Array<X509Certificate>, authType: String): Boolean = true
((function_declaration
  (function_value_parameters
    .
    (parameter
      [(user_type) (nullable_type)] @_type))
  (function_body) @_body) @source
  (#set! flow "strategy")
  (#match? @_type "X509Certificate")
  (#sc-returns-only? @_body "^true$"))

; loadTrustMaterial(keyStore, ::acceptAnyChain), loadTrustMaterial(null, strategy)
((call_expression
  (navigation_expression
    (identifier) @_method .)
  (value_arguments
    (value_argument
      [
        (callable_reference)
        (navigation_expression)
        (identifier)
      ] @sink)))
  (#set! flow "strategy")
  (#eq? @_method "loadTrustMaterial"))

; TrustStrategy(::acceptAnyChain)
((call_expression
  [
    (identifier) @_type
    (navigation_expression
      (identifier) @_type .)
  ]
  (value_arguments
    .
    (value_argument
      [
        (callable_reference)
        (navigation_expression)
        (identifier)
      ] @sink) .))
  (#set! flow "strategy")
  (#eq? @_type "TrustStrategy"))

; loadTrustMaterial(TrustAllStrategy()), TrustSelfSignedStrategy(), org.apache.http.conn.ssl.TrustAllStrategy()
(call_expression
  [
    (identifier) @finding
    (navigation_expression
      (identifier) @finding .)
  ]
  (value_arguments)
  (#any-of? @finding "TrustAllStrategy" "TrustSelfSignedStrategy"))

; TrustAllStrategy.INSTANCE, TrustSelfSignedStrategy.INSTANCE
(navigation_expression
  [
    (identifier) @finding
    (navigation_expression
      (identifier) @finding .)
  ]
  .
  (identifier) @_member .
  (#any-of? @finding "TrustAllStrategy" "TrustSelfSignedStrategy")
  (#eq? @_member "INSTANCE"))

; HandshakeCertificates.Builder().addPlatformTrustedCertificates().addInsecureHost(host)
; (okhttp-tls: every certificate of that host is accepted)
(call_expression
  (navigation_expression
    (identifier) @finding .)
  (value_arguments)
  (#eq? @finding "addInsecureHost"))
