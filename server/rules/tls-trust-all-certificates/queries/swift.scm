; Server certificates accepted without validation (CWE-295), Swift.
; The completion-handler shapes are tied to the whole method around them with
; #sc-scope-no-call?: the trust counts as checked when anything in that method (closures
; included) evaluates it, pins it or hands it to a validator. A helper of this file counts
; by what its body calls; for other calls the regex names the validators:
; SecTrustEvaluate*, certificate/key reads used for pinning (SecTrustCopy*,
; SecTrustGetCertificate*, SecCertificateCopy*), TrustKit's handle(_:completionHandler:) and
; helpers named *evaluat*, *validat*, *verif*, *pinn*, *Trusted, *Trust<X>, should{Trust,Accept},
; isValid, check<X>.

; ---- flow "credential": a trust credential answered without evaluating the trust --------
; The credential (the source) may be built where the challenge is answered or earlier, in a
; variable, a property or a helper; the finding sits where it is answered with
; `.useCredential` (the sink). Neither the method that builds it nor the one that answers
; may evaluate the trust: a helper of this file counts by what it calls
; (`guard passesPolicy(trust)` that calls SecTrustEvaluateWithError evaluates; an
; `isTrusted(trust)` that only returns true does not).

; URLCredential(trust: serverTrust), .init(trust: trust), URLCredential.init(trust: trust)
((call_expression
  [
    (simple_identifier) @_ctor
    (prefix_expression
      target: (simple_identifier) @_init)
    (navigation_expression
      target: (simple_identifier) @_ctor
      suffix: (navigation_suffix
        suffix: (simple_identifier) @_init))
  ]
  (call_suffix
    (value_arguments
      .
      (value_argument
        name: (value_argument_label
          (simple_identifier) @_label))
      .))) @source
  (#set! flow "credential")
  (#eq? @_ctor "URLCredential")
  (#eq? @_init "init")
  (#eq? @_label "trust")
  (#sc-scope-no-call? @source "^(SecTrustEvaluate\\w*|SecTrustCopy\\w*|SecTrustGetCertificate\\w*|SecCertificateCopy\\w*|handle|\\w*([Ee]valuat|[Vv]alidat|[Vv]erif|[Pp]inn|[Tt]rusted|[Tt]rust[A-Z]|[Ss]houldTrust|[Ss]houldAccept|isValid|[Cc]heck[A-Z])\\w*)$"))

; completionHandler(.useCredential, credential)
; completionHandler(URLSession.AuthChallengeDisposition.useCredential, URLCredential(trust: trust))
; … in URLSessionDelegate, URLSessionTaskDelegate, WKNavigationDelegate handlers, Alamofire 4
; `sessionDidReceiveChallenge` closures, Kingfisher/SDWebImage challenge hooks, etc.
((call_expression
  (call_suffix
    (value_arguments
      .
      (value_argument
        value: [
          (prefix_expression)
          (navigation_expression)
        ] @_disposition)
      .
      (value_argument
        value: (_) @sink) .)))
  (#set! flow "credential")
  (#match? @_disposition "\\.useCredential$")
  (#sc-scope-no-call? @sink "^(SecTrustEvaluate\\w*|SecTrustCopy\\w*|SecTrustGetCertificate\\w*|SecCertificateCopy\\w*|handle|\\w*([Ee]valuat|[Vv]alidat|[Vv]erif|[Pp]inn|[Tt]rusted|[Tt]rust[A-Z]|[Ss]houldTrust|[Ss]houldAccept|isValid|[Cc]heck[A-Z])\\w*)$"))

; var disposition: URLSession.AuthChallengeDisposition = .performDefaultHandling
; if … { disposition = .useCredential; credential = URLCredential(trust: trust) }
; completionHandler(disposition, credential)          (a disposition from elsewhere counts too)
((call_expression
  (call_suffix
    (value_arguments
      .
      (value_argument
        value: (simple_identifier) @_disposition)
      .
      (value_argument
        value: (_) @sink) .)))
  (#set! flow "credential")
  (#sc-value-matches? @_disposition "useCredential$|^…$")
  (#sc-scope-no-call? @sink "^(SecTrustEvaluate\\w*|SecTrustCopy\\w*|SecTrustGetCertificate\\w*|SecCertificateCopy\\w*|handle|\\w*([Ee]valuat|[Vv]alidat|[Vv]erif|[Pp]inn|[Tt]rusted|[Tt]rust[A-Z]|[Ss]houldTrust|[Ss]houldAccept|isValid|[Cc]heck[A-Z])\\w*)$"))

; return (.useCredential, URLCredential(trust: trust))          (async delegate variant)
; return (.useCredential, credential)                           (Alamofire 4 challenge closure)
((tuple_expression
  .
  value: [
    (prefix_expression)
    (navigation_expression)
  ] @_disposition
  .
  value: (_) @sink .)
  (#set! flow "credential")
  (#match? @_disposition "\\.useCredential$")
  (#sc-scope-no-call? @sink "^(SecTrustEvaluate\\w*|SecTrustCopy\\w*|SecTrustGetCertificate\\w*|SecCertificateCopy\\w*|handle|\\w*([Ee]valuat|[Vv]alidat|[Vv]erif|[Pp]inn|[Tt]rusted|[Tt]rust[A-Z]|[Ss]houldTrust|[Ss]houldAccept|isValid|[Cc]heck[A-Z])\\w*)$"))

; challenge.sender?.use(credential, for: challenge)              (NSURLConnection era)
((call_expression
  (navigation_expression
    suffix: (navigation_suffix
      suffix: (simple_identifier) @_use))
  (call_suffix
    (value_arguments
      .
      (value_argument
        value: (_) @sink)
      .
      (value_argument
        name: (value_argument_label) @_for) .)))
  (#set! flow "credential")
  (#eq? @_use "use")
  (#eq? @_for "for")
  (#sc-scope-no-call? @sink "^(SecTrustEvaluate\\w*|SecTrustCopy\\w*|SecTrustGetCertificate\\w*|SecCertificateCopy\\w*|handle|\\w*([Ee]valuat|[Vv]alidat|[Vv]erif|[Pp]inn|[Tt]rusted|[Tt]rust[A-Z]|[Ss]houldTrust|[Ss]houldAccept|isValid|[Cc]heck[A-Z])\\w*)$"))

; ServerTrustManager(evaluators: ["api.shop.com": DisabledTrustEvaluator()])
; Alamofire 5 (and its 5.0 betas' DisabledEvaluator)
((call_expression
  [
    (simple_identifier) @_type
    (navigation_expression
      suffix: (navigation_suffix
        suffix: (simple_identifier) @_type))
  ]
  (call_suffix
    (value_arguments))) @finding
  (#any-of? @_type "DisabledTrustEvaluator" "DisabledEvaluator"))

; ServerTrustPolicyManager(policies: ["api.shop.com": .disableEvaluation])   (Alamofire 4)
((prefix_expression
  target: (simple_identifier) @_case) @finding
  (#eq? @_case "disableEvaluation"))

; ServerTrustPolicy.disableEvaluation
((navigation_expression
  target: (simple_identifier) @_type
  suffix: (navigation_suffix
    suffix: (simple_identifier) @_case)) @finding
  (#eq? @_type "ServerTrustPolicy")
  (#eq? @_case "disableEvaluation"))

; .customEvaluation { _, _ in true }   (Alamofire 4 policy that accepts every trust)
((call_expression
  [
    (prefix_expression
      target: (simple_identifier) @_case)
    (navigation_expression
      suffix: (navigation_suffix
        suffix: (simple_identifier) @_case))
  ]
  (call_suffix
    [
      (lambda_literal) @_closure
      (value_arguments
        (value_argument
          value: (lambda_literal) @_closure))
    ])) @finding
  (#eq? @_case "customEvaluation")
  (#sc-returns-true? @_closure))

; final class TrustEverything: ServerTrustEvaluating {
;     func evaluate(_ trust: SecTrust, forHost host: String) throws {}   // never throws
; }
((function_declaration
  name: (simple_identifier) @finding
  (parameter
    (user_type
      (type_identifier) @_param))
  body: (function_body) @_body)
  (#eq? @finding "evaluate")
  (#eq? @_param "SecTrust")
  (#sc-noop-trust-check? @_body))

; CFStream / GCDAsyncSocket SSL settings that switch chain validation off. The key and the
; value are matched on their text (a wildcard and a regex keep this query fast to compile);
; @value / @flag is the value the fix flips (false → true, kCFBooleanFalse → kCFBooleanTrue).
; [kCFStreamSSLValidatesCertificateChain: false]
; [kCFStreamSSLValidatesCertificateChain as String: kCFBooleanFalse as Any]
; [kCFStreamSSLValidatesCertificateChain: kCFBooleanFalse!, kCFStreamSSLPeerName: kCFNull!]
; [String(kCFStreamSSLValidatesCertificateChain): NSNumber(value: false)]
(dictionary_literal
  key: (_) @finding
  .
  value: (_) @value
  (#match? @finding "^(String\\(\\s*)?kCFStreamSSLValidatesCertificateChain(\\s*\\)|\\s+as\\s+\\w+)?$")
  (#match? @value "^(NSNumber\\(\\s*value:\\s*)?(false|kCFBooleanFalse)\\b"))

; sslSettings[kCFStreamSSLValidatesCertificateChain as String] = false as NSNumber
(assignment
  target: (directly_assignable_expression
    (call_expression
      (call_suffix
        (value_arguments
          .
          (value_argument
            value: (_) @finding)
          .))))
  result: (_) @value
  (#match? @finding "^(String\\(\\s*)?kCFStreamSSLValidatesCertificateChain(\\s*\\)|\\s+as\\s+\\w+)?$")
  (#match? @value "^(NSNumber\\(\\s*value:\\s*)?(false|kCFBooleanFalse)\\b"))

; [kCFStreamSSLAllowsAnyRoot: true] (deprecated key that accepts any root; the keys that accept
; only expired certificates are tls-expired-certificate-accepted's)
(dictionary_literal
  key: (_) @finding
  .
  value: (_) @flag
  (#match? @finding "^(String\\(\\s*)?kCFStreamSSLAllowsAnyRoot(\\s*\\)|\\s+as\\s+\\w+)?$")
  (#match? @flag "^(NSNumber\\(\\s*value:\\s*)?(true|kCFBooleanTrue)\\b"))

; sslSettings[kCFStreamSSLAllowsAnyRoot as String] = true
(assignment
  target: (directly_assignable_expression
    (call_expression
      (call_suffix
        (value_arguments
          .
          (value_argument
            value: (_) @finding)
          .))))
  result: (_) @flag
  (#match? @finding "^(String\\(\\s*)?kCFStreamSSLAllowsAnyRoot(\\s*\\)|\\s+as\\s+\\w+)?$")
  (#match? @flag "^(NSNumber\\(\\s*value:\\s*)?(true|kCFBooleanTrue)\\b"))

; NSURLRequest.setAllowsAnyHTTPSCertificate(true, forHost: host)   (private API)
((call_expression
  [
    (simple_identifier) @_method
    (navigation_expression
      suffix: (navigation_suffix
        suffix: (simple_identifier) @_method))
  ]
  (call_suffix
    (value_arguments
      .
      (value_argument
        value: (boolean_literal) @flag)))) @finding
  (#eq? @_method "setAllowsAnyHTTPSCertificate")
  (#eq? @flag "true"))

; socket.disableSSLCertValidation = true                        (Starscream 3)
; manager.securityPolicy.allowInvalidCertificates = true        (AFNetworking from Swift)
(assignment
  target: (directly_assignable_expression
    [
      (simple_identifier) @finding
      (navigation_expression
        suffix: (navigation_suffix
          suffix: (simple_identifier) @finding))
    ])
  result: (boolean_literal) @flag
  (#any-of? @finding "disableSSLCertValidation" "allowInvalidCertificates")
  (#eq? @flag "true"))

; FoundationSecurity(allowSelfSigned: true)                      (Starscream 4: skips evaluation)
; SRWebSocket(url: url, protocols: nil, allowsUntrustedSSLCertificates: true)   (SocketRocket)
((value_argument
  name: (value_argument_label
    (simple_identifier) @_label)
  value: (boolean_literal) @flag) @finding
  (#any-of? @_label "allowSelfSigned" "allowsUntrustedSSLCertificates")
  (#eq? @flag "true"))

; SocketManager(socketURL: url, config: [.selfSigned(true)])    (Socket.IO-Client-Swift)

((call_expression
  (prefix_expression
    target: (simple_identifier) @_option)
  (call_suffix
    (value_arguments
      .
      (value_argument
        value: (boolean_literal) @flag)
      .))) @finding
  (#eq? @_option "selfSigned")
  (#eq? @flag "true"))

; Network.framework: a verify block that answers every handshake with `true`
; sec_protocol_options_set_verify_block(options.securityProtocolOptions, { _, _, complete in
;     complete(true)
; }, queue)
; (a block that evaluates the trust, pins, or ever answers false stays silent)
((call_expression
  (simple_identifier) @_fn
  (call_suffix
    (value_arguments
      (value_argument
        value: (lambda_literal
          type: (lambda_function_type
            (lambda_function_type_parameters
              (lambda_parameter
                name: (simple_identifier) @_complete) .))) @_block)))) @finding
  (#eq? @_fn "sec_protocol_options_set_verify_block")
  (#sc-always-calls-with? @_block @_complete "^\\(\\s*true\\s*\\)$")
  (#sc-no-call? @_block "^(SecTrustEvaluate\\w*|SecTrustCopy\\w*|SecTrustGetCertificate\\w*|SecCertificateCopy\\w*|\\w*([Ee]valuat|[Vv]alidat|[Vv]erif|[Pp]inn|[Tt]rusted|[Ss]houldTrust|[Ss]houldAccept|isValid|[Cc]heck[A-Z])\\w*)$"))

; SwiftNIO / AsyncHTTPClient: certificate verification switched off
; var tls = TLSConfiguration.makeClientConfiguration(); tls.certificateVerification = .none
; HTTPClient.Configuration(certificateVerification: .none)
(assignment
  target: (directly_assignable_expression
    [
      (simple_identifier) @finding
      (navigation_expression
        suffix: (navigation_suffix
          suffix: (simple_identifier) @finding))
    ])
  result: (_) @_value
  (#eq? @finding "certificateVerification")
  (#match? @_value "^(CertificateVerification)?\\.none$"))

((value_argument
  name: (value_argument_label
    (simple_identifier) @_label)
  value: (_) @_value) @finding
  (#eq? @_label "certificateVerification")
  (#match? @_value "^(CertificateVerification)?\\.none$"))
