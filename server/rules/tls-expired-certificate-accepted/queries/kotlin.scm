; Expired (or not yet valid) server certificates forgiven (CWE-298): the expiry error of a
; certificate check is caught and dropped while the rest of the check still runs.
;
; Every pattern asks the same three questions of the place it matches:
; - it sits in a trust decision (#sc-inside? "function-named": checkServerTrusted, TrustStrategy
;   isTrusted, or a helper named like verifyServerCertificate / validateChain);
; - no call to checkServerTrusted outside the try being forgiven re-checks the dates
;   (#sc-no-call-outside-try?): forgiving checkValidity() before the platform check forgives nothing;
; - the function can still reject something (#sc-scope-can-reject?, with the harmless calls of
;   tls-trust-all-certificates): a function that checks nothing at all is that rule's finding.
; "Swallows" is #sc-completes-normally?: nothing throws or answers false, and nothing after
; the branch throws before the catch (or function) ends.

; try { platform.checkServerTrusted(chain, authType) } catch (e: CertificateExpiredException) { Log.w(TAG, e) }
; try { chain[0].checkValidity() } catch (e: java.security.cert.CertificateNotYetValidException) { } (then pins checked)
((catch_block
  (user_type) @finding
  (block) @_catch)
  (#match? @finding "(^|\\.)(CertificateExpiredException|CertificateNotYetValidException)$")
  (#sc-completes-normally? @_catch)
  (#sc-inside? @finding "function-named" "^(checkServerTrusted|isServerTrusted|isTrusted|isChainTrusted|verifyChain|validateChain|checkServerCertificates?|verifyServerCertificates?|validateServerCertificates?)$")
  (#sc-no-call-outside-try? @finding "^checkServerTrusted$")
  (#sc-scope-can-reject? @finding "list:kotlin-expiry-check-harmless-callees"))

; catch (e: CertificateException) { if (e.cause is CertificateExpiredException) return; throw e }
; if (e is CertificateExpiredException || e is CertificateNotYetValidException) { Log.w(…); return }
((if_expression
  condition: [
    (is_expression
      "is"
      right: (user_type) @finding)
    (_
      (is_expression
        "is"
        right: (user_type) @finding))
  ]
  .
  (_) @_then)
  (#match? @finding "(^|\\.)(CertificateExpiredException|CertificateNotYetValidException)$")
  (#sc-completes-normally? @_then)
  (#sc-inside? @finding "function-named" "^(checkServerTrusted|isServerTrusted|isTrusted|isChainTrusted|verifyChain|validateChain|checkServerCertificates?|verifyServerCertificates?|validateServerCertificates?)$")
  (#sc-no-call-outside-try? @finding "^checkServerTrusted$")
  (#sc-scope-can-reject? @finding "list:kotlin-expiry-check-harmless-callees"))

; when (e.cause) { is CertificateExpiredException -> Log.w(TAG, "expired"); else -> throw e }
((when_entry
  condition: (type_test
    (user_type) @finding)
  .
  (_) @_then)
  (#match? @finding "(^|\\.)(CertificateExpiredException|CertificateNotYetValidException)$")
  (#sc-completes-normally? @_then)
  (#sc-inside? @finding "function-named" "^(checkServerTrusted|isServerTrusted|isTrusted|isChainTrusted|verifyChain|validateChain|checkServerCertificates?|verifyServerCertificates?|validateServerCertificates?)$")
  (#sc-no-call-outside-try? @finding "^checkServerTrusted$")
  (#sc-scope-can-reject? @finding "list:kotlin-expiry-check-harmless-callees"))

; catch (e: CertificateException) { if (e.cause !is CertificateExpiredException) throw e }
; (the last statement of the catch rethrows everything but expiry, which falls through)
((catch_block
  (block
    (if_expression
      condition: (is_expression
        "!is"
        right: (user_type) @finding)
      .
      [
        (throw_expression)
        (block (throw_expression) .)
      ] .) .))
  (#match? @finding "(^|\\.)(CertificateExpiredException|CertificateNotYetValidException)$")
  (#sc-inside? @finding "function-named" "^(checkServerTrusted|isServerTrusted|isTrusted|isChainTrusted|verifyChain|validateChain|checkServerCertificates?|verifyServerCertificates?|validateServerCertificates?)$")
  (#sc-no-call-outside-try? @finding "^checkServerTrusted$"))

; if ((e.cause as? CertPathValidatorException)?.reason == CertPathValidatorException.BasicReason.EXPIRED) return
((if_expression
  condition: [
    (_
      (navigation_expression
        [(identifier) (navigation_expression)] @_owner
        .
        (identifier) @finding .))
    (_
      (_
        (navigation_expression
          [(identifier) (navigation_expression)] @_owner
          .
          (identifier) @finding .)))
  ]
  .
  (_) @_then)
  (#match? @_owner "(^|\\.)BasicReason$")
  (#any-of? @finding "EXPIRED" "NOT_YET_VALID")
  (#sc-completes-normally? @_then)
  (#sc-inside? @finding "function-named" "^(checkServerTrusted|isServerTrusted|isTrusted|isChainTrusted|verifyChain|validateChain|checkServerCertificates?|verifyServerCertificates?|validateServerCertificates?)$")
  (#sc-no-call-outside-try? @finding "^checkServerTrusted$")
  (#sc-scope-can-reject? @finding "list:kotlin-expiry-check-harmless-callees"))

; chain[0].checkValidity(Date(0L)); pkixParams.date = Date(1577836800000L)
; (validity checked at a fixed moment in the past instead of now)
([
  (call_expression
    (navigation_expression
      (identifier) @_method .)
    (value_arguments
      .
      (value_argument
        (call_expression
          [(identifier) (navigation_expression)] @_type
          (value_arguments
            .
            (value_argument
              (number_literal)) .)) @finding) .))
  (assignment
    left: (navigation_expression
      (identifier) @_method .)
    right: (call_expression
      [(identifier) (navigation_expression)] @_type
      (value_arguments
        .
        (value_argument
          (number_literal)) .)) @finding)
 ]
  (#any-of? @_method "checkValidity" "setDate" "date")
  (#match? @_type "^(java\\.util\\.)?Date$")
  (#sc-scope-can-reject? @finding "list:kotlin-expiry-check-harmless-callees"))
