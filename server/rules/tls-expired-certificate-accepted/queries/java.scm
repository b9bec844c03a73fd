; Expired (or not yet valid) server certificates forgiven (CWE-298): the expiry error of a
; certificate check is caught and dropped while the rest of the check still runs.
;
; Every pattern asks the same three questions of the place it matches:
; - it sits in a trust decision (#sc-inside? "function-named": checkServerTrusted, TrustStrategy
;   isTrusted, or a helper named like verifyServerCertificate / validateChain);
; - no call to checkServerTrusted outside the try being forgiven re-checks the dates
;   (#sc-no-call-outside-try?): forgiving checkValidity() before the platform check forgives nothing;
; - the method can still reject something (#sc-scope-can-reject?, with the harmless calls of
;   tls-trust-all-certificates): a method that checks nothing at all is that rule's finding.
; "Swallows" is #sc-completes-normally?: nothing throws or answers false, and nothing after
; the branch throws before the catch (or function) ends.

; try { platform.checkServerTrusted(chain, authType); } catch (CertificateExpiredException e) { Log.w(TAG, e); }
; try { chain[0].checkValidity(); } catch (CertificateExpiredException | CertificateNotYetValidException e) { } (then pins checked)
((catch_clause
  (catch_formal_parameter
    (catch_type) @finding)
  body: (block) @_catch)
  (#match? @finding "(^|[\\s|.])(CertificateExpiredException|CertificateNotYetValidException)(\\s|\\||$)")
  (#sc-completes-normally? @_catch)
  (#sc-inside? @finding "function-named" "^(checkServerTrusted|isServerTrusted|isTrusted|isChainTrusted|verifyChain|validateChain|checkServerCertificates?|verifyServerCertificates?|validateServerCertificates?)$")
  (#sc-no-call-outside-try? @finding "^checkServerTrusted$")
  (#sc-scope-can-reject? @finding "list:java-expiry-check-harmless-callees"))

; catch (CertificateException e) { if (e.getCause() instanceof CertificateExpiredException) { return; } throw e; }
; if (e instanceof CertificateExpiredException || e instanceof CertificateNotYetValidException) { Log.w(…); return; }
((if_statement
  condition: (parenthesized_expression
    [
      (instanceof_expression right: (_) @finding)
      (binary_expression left: (instanceof_expression right: (_) @finding))
      (binary_expression right: (instanceof_expression right: (_) @finding))
    ])
  consequence: (_) @_then)
  (#match? @finding "(^|\\.)(CertificateExpiredException|CertificateNotYetValidException)$")
  (#sc-completes-normally? @_then)
  (#sc-inside? @finding "function-named" "^(checkServerTrusted|isServerTrusted|isTrusted|isChainTrusted|verifyChain|validateChain|checkServerCertificates?|verifyServerCertificates?|validateServerCertificates?)$")
  (#sc-no-call-outside-try? @finding "^checkServerTrusted$")
  (#sc-scope-can-reject? @finding "list:java-expiry-check-harmless-callees"))

; catch (CertificateException e) { if (!(e.getCause() instanceof CertificateExpiredException)) throw e; }
; (the last statement of the catch rethrows everything but expiry, which falls through)
((catch_clause
  body: (block
    (if_statement
      condition: (parenthesized_expression
        (unary_expression
          operator: "!"
          operand: (parenthesized_expression
            (instanceof_expression right: (_) @finding))))
      consequence: [
        (throw_statement)
        (block (throw_statement) .)
      ]) .))
  (#match? @finding "(^|\\.)(CertificateExpiredException|CertificateNotYetValidException)$")
  (#sc-inside? @finding "function-named" "^(checkServerTrusted|isServerTrusted|isTrusted|isChainTrusted|verifyChain|validateChain|checkServerCertificates?|verifyServerCertificates?|validateServerCertificates?)$")
  (#sc-no-call-outside-try? @finding "^checkServerTrusted$"))

; if (((CertPathValidatorException) e.getCause()).getReason() == CertPathValidatorException.BasicReason.EXPIRED) return;
; if (reason == BasicReason.NOT_YET_VALID) { Log.w(…); return; }
((if_statement
  condition: (parenthesized_expression
    [
      (binary_expression
        (field_access
          object: (_) @_owner
          field: (identifier) @finding))
      (binary_expression
        (binary_expression
          (field_access
            object: (_) @_owner
            field: (identifier) @finding)))
    ])
  consequence: (_) @_then)
  (#match? @_owner "(^|\\.)BasicReason$")
  (#any-of? @finding "EXPIRED" "NOT_YET_VALID")
  (#sc-completes-normally? @_then)
  (#sc-inside? @finding "function-named" "^(checkServerTrusted|isServerTrusted|isTrusted|isChainTrusted|verifyChain|validateChain|checkServerCertificates?|verifyServerCertificates?|validateServerCertificates?)$")
  (#sc-no-call-outside-try? @finding "^checkServerTrusted$")
  (#sc-scope-can-reject? @finding "^(log|[diwev]|wtf|info|debug|warn|warning|error|severe|fatal|fine|finer|finest|trace|print|println|printf|printStackTrace|getMessage|getLocalizedMessage|printLog|logDebug|logInfo|logWarn|logwarn|logError|getLogger|checkValidity|getSubjectDN|getIssuerDN|getSubjectX500Principal|getIssuerX500Principal|getName|getTBSCertificate|getEncoded|getPublicKey|getSerialNumber|getNotBefore|getNotAfter|getSigAlgName|getType|toString|format|size|isEmpty|Timber|tag|getCause|getReason)$"))

; chain[0].checkValidity(new Date(0L)); pkixParams.setDate(new Date(1577836800000L))
; (validity checked at a fixed moment in the past instead of now)
((method_invocation
  name: (identifier) @_method
  arguments: (argument_list
    .
    (object_creation_expression
      type: [(type_identifier) (scoped_type_identifier)] @_type
      arguments: (argument_list
        .
        [(decimal_integer_literal) (hex_integer_literal)] .)) @finding .))
  (#any-of? @_method "checkValidity" "setDate")
  (#match? @_type "^(java\\.util\\.)?Date$")
  (#sc-scope-can-reject? @finding "^(log|[diwev]|wtf|info|debug|warn|warning|error|severe|fatal|fine|finer|finest|trace|print|println|printf|printStackTrace|getMessage|getLocalizedMessage|checkValidity|getSubjectDN|getIssuerDN|getSubjectX500Principal|getIssuerX500Principal|getName|getEncoded|getPublicKey|getSerialNumber|getNotBefore|getNotAfter|toString|format|size|isEmpty|Timber|tag)$"))
