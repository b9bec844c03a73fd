; Trust managers and trust strategies that accept any server certificate (CWE-295).
; Whether a body "checks nothing" (no throw; only logging, returns or checkValidity) is
; decided by #sc-noop-trust-check? with the Java list of harmless calls (logging, including
; java.util.logging and SLF4J, and certificate getters such as getEncoded or checkValidity, which
; only looks at dates); a call of a method of this file counts by what that method does
; (`audit(chain)` that only logs checks nothing). "Always answers true" is #sc-returns-only? "^true$".
; A trust manager is reported where it is declared, wherever it is installed (a field, a
; `TrustManager[]` initializer, a helper's return): the declaration is the root cause, and an
; installation in another file would be out of sight.

; class AcceptAll implements X509TrustManager { public void checkServerTrusted(X509Certificate[] c, String a) { } }
; also anonymous `new X509TrustManager() { … }` and the X509ExtendedTrustManager overloads
; (…, Socket) / (…, SSLEngine); a body that only logs, returns or calls checkValidity()
(method_declaration
  name: (identifier) @finding
  body: (block) @_body
  (#eq? @finding "checkServerTrusted")
  (#sc-noop-trust-check? @_body
    "list:java-trust-check-harmless-callees"))

; public void checkServerTrusted(…) { try { platform.checkServerTrusted(c, a); } catch (CertificateException e) { Log.w(…); } }
; the delegate's verdict is caught and dropped: the last statement swallows the exception
(method_declaration
  name: (identifier) @_name
  body: (block
    (try_statement
      (catch_clause
        (catch_formal_parameter
          (catch_type) @_type) @finding
        body: (block) @_catch)) .)
  (#eq? @_name "checkServerTrusted")
  (#match? @_type "\\b(CertificateException|GeneralSecurityException|Exception|Throwable)\\b")
  (#sc-noop-trust-check? @_catch
    "list:java-trust-check-harmless-callees"))

;  public void checkServerTrusted(…) { if (chain.length > 0) { try { platform.checkServerTrusted(chain, a); } catch (CertificateException e) { Log.w(…); } } }
; the swallowing try sits in an `if` that ends the method (e.g. `if (defaultTm != null) { … }`)
(method_declaration
  name: (identifier) @_name
  body: (block
    (if_statement
      consequence: (block
        (try_statement
          (catch_clause
            (catch_formal_parameter
              (catch_type) @_type) @finding
            body: (block) @_catch)) .)) .)
  (#eq? @_name "checkServerTrusted")
  (#match? @_type "\\b(CertificateException|GeneralSecurityException|Exception|Throwable)\\b")
  (#sc-noop-trust-check? @_catch "list:java-trust-check-harmless-callees"))

; public void checkServerTrusted(…) { try { chain[0].checkValidity(); } catch (Exception e) { throw new CertificateException(e); } }
; the only thing that can fail is the date check: whatever the catch does, any unexpired
; certificate (self-signed included) is accepted
(method_declaration
  name: (identifier) @finding
  body: (block
    .
    (try_statement
      body: (block) @_try)
    .)
  (#eq? @finding "checkServerTrusted")
  (#sc-noop-trust-check? @_try "list:java-trust-check-harmless-callees"))

; EasyX509TrustManager: if (chain.length == 1) { chain[0].checkValidity(); } else { tm.checkServerTrusted(chain, a); }
; a branch that ends the method after checking nothing accepts whatever chain takes it
; (here: any single self-signed certificate)
(method_declaration
  name: (identifier) @finding
  body: (block
    [
      (if_statement consequence: (block) @_branch)
      (if_statement alternative: (block) @_branch)
    ] .)
  (#eq? @finding "checkServerTrusted")
  (#sc-noop-trust-check? @_branch "list:java-trust-check-harmless-callees"))

; new TrustStrategy() { public boolean isTrusted(X509Certificate[] chain, String authType) { return true; } }
; (Apache HttpClient; also a named class implementing TrustStrategy). One that first lets a
; delegate checkServerTrusted (which throws on rejection) answers true only for what it accepted.
(method_declaration
  name: (identifier) @finding
  parameters: (formal_parameters
    .
    (formal_parameter
      type: (array_type
        element: [(type_identifier) (scoped_type_identifier)] @_type)))
  body: (block) @_body
  (#eq? @finding "isTrusted")
  (#match? @_type "(^|\\.)X509Certificate$")
  (#sc-returns-only? @_body "^true$")
  (#sc-not-has-call? @_body "^checkServerTrusted$"))

; ---- flow "strategy": a TrustStrategy that answers true, wherever it is written --------
; The strategy (the source) may be a lambda or a method of this file named by a method
; reference; it is reported where it is given to Apache HttpClient (the sink), also when it
; was kept in a variable or field first.

; (chain, authType) -> true; (X509Certificate[] chain, String authType) -> { return true; }
((lambda_expression
  body: (_) @_body) @source
  (#set! flow "strategy")
  (#sc-returns-only? @_body "^true$"))

; static boolean acceptAnyChain(X509Certificate[] chain, String authType) { return true; }
; (given as TlsClients::acceptAnyChain / this::acceptAnyChain)
((method_declaration
  parameters: (formal_parameters
    .
    (formal_parameter
      type: (array_type
        element: [(type_identifier) (scoped_type_identifier)] @_type)))
  body: (block) @_body) @source
  (#set! flow "strategy")
  (#match? @_type "(^|\\.)X509Certificate$")
  (#sc-returns-only? @_body "^true$"))

; SSLContexts.custom().loadTrustMaterial(null, (chain, authType) -> true)
; loadTrustMaterial((TrustStrategy) (chain, authType) -> { return true; })
; loadTrustMaterial(null, TlsClients::acceptAnyChain); loadTrustMaterial(store, acceptAll)
((method_invocation
  name: (identifier) @_method
  arguments: (argument_list
    (_) @sink))
  (#set! flow "strategy")
  (#eq? @_method "loadTrustMaterial"))

; new org.apache.http.conn.ssl.SSLSocketFactory((chain, authType) -> true, verifier): the
; legacy Apache factory's only functional-interface parameter is its TrustStrategy (its
; X509HostnameVerifier has several methods, so no lambda can be one)
((object_creation_expression
  type: [(type_identifier) (scoped_type_identifier)] @_type
  arguments: (argument_list
    (_) @sink))
  (#set! flow "strategy")
  (#match? @_type "(^|\\.)SSLSocketFactory$"))

; TrustStrategy acceptingTrustStrategy = (X509Certificate[] chain, String authType) -> true;
; static final TrustStrategy ACCEPT_ALL = TlsClients::acceptAnyChain;
([
  (local_variable_declaration
    type: [(type_identifier) (scoped_type_identifier)] @_type
    declarator: (variable_declarator
      value: (_) @sink))
  (field_declaration
    type: [(type_identifier) (scoped_type_identifier)] @_type
    declarator: (variable_declarator
      value: (_) @sink))
 ]
  (#set! flow "strategy")
  (#match? @_type "(^|\\.)TrustStrategy$"))

; new TrustAllStrategy(), new TrustSelfSignedStrategy()
((object_creation_expression
  type: [(type_identifier) (scoped_type_identifier)] @_type) @finding
  (#match? @_type "(^|\\.)(TrustAllStrategy|TrustSelfSignedStrategy)$"))

; TrustAllStrategy.INSTANCE, TrustSelfSignedStrategy.INSTANCE
((field_access
  object: [(identifier) (field_access)] @_type
  field: (identifier) @_field) @finding
  (#match? @_type "(^|\\.)(TrustAllStrategy|TrustSelfSignedStrategy)$")
  (#eq? @_field "INSTANCE"))

; OkHttp: new HandshakeCertificates.Builder().addPlatformTrustedCertificates().addInsecureHost(host)
; (certificates of that host are not validated at all)
((method_invocation
  name: (identifier) @finding)
  (#eq? @finding "addInsecureHost"))
