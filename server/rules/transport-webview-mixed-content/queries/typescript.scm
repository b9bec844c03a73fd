; React Native WebView told to load http:// subresources into https:// pages (CWE-319):
; `mixedContentMode="always"` (react-native-webview, Android). Scripts, styles and frames
; fetched in the clear can then rewrite a page the user trusts because it came over TLS.
; "compatibility" stays silent (the browser behaviour: active content blocked), as does
; "never", the default. Capacitor's `android.allowMixedContent` is a config-file setting and
; is not read here.
;
; A flow: the "always" (the source) may be written on the element or reach it through
; constants, ternaries, props objects spread onto the element (`<WebView {...props} />`) and
; helpers of this file. JSX exists only in the TSX grammar, so the attribute is found with
; #sc-jsx-attribute? on the expression inside it. Debug-only code (`__DEV__ ? 'always' : …`)
; is left out by `ignoreIn` (rule.yaml).

; 'always'
([
  (string)
  (template_string)
 ] @source
  (#match? @source "^.always.$"))

; <WebView mixedContentMode="always" />, mixedContentMode={'always'}, mixedContentMode={mode},
; <AutoHeightWebView mixedContentMode={isAndroid ? 'always' : undefined} />
([
  (string)
  (template_string)
  (identifier)
  (member_expression)
  (ternary_expression)
  (binary_expression)
  (parenthesized_expression)
  (call_expression)
 ] @sink
  (#sc-jsx-attribute? @sink "WebView" "^mixedContentMode$"))

; const webViewProps = { mixedContentMode: 'always' }; <WebView {...webViewProps} />,
; React.createElement(WebView, { mixedContentMode: MODE }), { ...base, mixedContentMode }
([
  (pair
    key: [(property_identifier) (string)] @_key
    value: (_) @sink)
  (shorthand_property_identifier) @_key @sink
 ]
  (#match? @_key "^['\"]?mixedContentMode['\"]?$")
  (#sc-value-used? @sink))

; props.mixedContentMode = 'always'
((assignment_expression
  left: (member_expression
    property: (property_identifier) @_key)
  right: (_) @sink)
  (#eq? @_key "mixedContentMode"))
