; Credentials written into the code (CWE-798), TypeScript and JavaScript. A web bundle, a
; React Native bundle or an Electron app is readable by anyone who has it, and a server's
; repository by everyone who can clone it, so a password, token or key typed into the source
; is shared with them. Which literals count as a real credential (not empty, not a
; placeholder such as "changeme" or "<your-key>", not a bare "Bearer ", not a label or key
; name such as "password" or "access_token") is decided by #sc-credential-literal?
; (core/credentials.ts); which names hold a secret (not passwordHint, TOKEN_KEY) by
; #sc-secret-name?. Tests are left out by the file classifier; `if (__DEV__)` and
; development-only code by `ignoreIn` (rule.yaml). The flows are those of the Kotlin query:
; - "auth": a real credential literal reaching a credential position (an Authorization /
;   API-key header value, axios `auth: { password }`, a `password:` / `secret:` key,
;   Firebase sign-in, `new Sequelize(db, user, password)`, the "user:pass" of a Basic header
;   being base64-encoded); error, high;
; - "declared": a literal kept under a password name (not a plain word);
; - "keyed": a literal shaped like a generated key under a key or token property
;   (`{ apiKey: … }`, `params.append("api_key", …)`); variant `api-key` (warning, medium);
; - "named": a literal shaped like a generated key kept under a secret-like name, reaching
;   any call that may send it; variant `api-key`;
; - vendor app keys (Google `AIza…` of a Firebase web config, maps/analytics names): variant
;   `client-key` (note, low).
; OAuth client secrets and JWT signing keys are left to their own rules.

; ---- flow "auth": sources -----------------------------------------------------------------

; 'Bearer 9f8e7d6c5b4a', "Basic YWRtaW46czNjcmV0", `s3cr3t-P4ss`
([(string) (template_string)] @source
  (#set! flow "auth")
  (#sc-credential-literal? @source))

([(string) (template_string)] @source
  (#set! flow "auth")
  (#set! variant "client-key")
  (#sc-credential-literal? @source "client-key"))

; ---- sanitizers: objects and arrays ------------------------------------------------------
; A password or key is a string. An object or array reaching a credential position carries
; other data (`privateKey: isFile ? { type: 'file', … } : { type: 'text', … }`), whose
; strings are not the credential.
((object) @sanitizer
  (#set! flow "auth"))
((array) @sanitizer
  (#set! flow "auth"))
((object) @sanitizer
  (#set! flow "keyed"))
((array) @sanitizer
  (#set! flow "keyed"))
((object) @sanitizer
  (#set! flow "declared"))
((array) @sanitizer
  (#set! flow "declared"))

; ---- flow "auth": sinks -------------------------------------------------------------------

; fetch(url, { headers: { Authorization: 'Bearer …' } }); axios.create({ headers: { 'x-api-key': KEY } })
((pair
  key: [
    (property_identifier)
    (string)
  ] @_name
  value: (_) @sink)
  (#set! flow "auth")
  (#not-match? @sink "^[\\[{]")
  (#sc-in-list? @_name "auth-header-names")
  (#sc-value-used? @sink))

((pair
  key: (string) @_name
  value: (_) @sink)
  (#set! flow "auth")
  (#not-match? @sink "^[\\[{]")
  (#sc-value-matches? @_name "list:auth-header-names")
  (#sc-value-used? @sink))

; axios.get(url, { auth: { username: 'u', password: 'p' } }); session({ secret: 'keyboard cat' });
; new Pool({ user: 'app', password: 'p' }); nodemailer auth: { user, pass: 'p' }
((pair
  key: [
    (property_identifier)
    (string)
  ] @_name
  value: (_) @sink)
  (#set! flow "auth")
  (#not-match? @sink "^[\\[{]")
  (#sc-secret-name? @_name "password")
  (#sc-value-used? @sink))

; headers.set('Authorization', 'Bearer …'); xhr.setRequestHeader('X-Api-Key', KEY);
; request.set('Authorization', TOKEN) (superagent); form.append('password', '…')
((call_expression
  function: (member_expression
    property: (property_identifier) @_fn)
  arguments: (arguments
    .
    (_) @_name
    .
    (_) @sink .))
  (#set! flow "auth")
  (#any-of? @_fn "set" "append" "setRequestHeader" "setHeader" "header" "add" "put")
  (#sc-value-matches? @_name "list:auth-header-names"))

((call_expression
  function: (member_expression
    property: (property_identifier) @_fn)
  arguments: (arguments
    .
    (string) @_name
    .
    (_) @sink .))
  (#set! flow "auth")
  (#any-of? @_fn "set" "append" "setRequestHeader" "setHeader" "header" "add" "put" "field")
  (#sc-secret-name? @_name "password"))

; axios.defaults.headers.common['Authorization'] = 'Bearer …'; body['password'] = '…'
((assignment_expression
  left: (subscript_expression
    index: (_) @_name)
  right: (_) @sink)
  (#set! flow "auth")
  (#sc-value-matches? @_name "list:auth-header-names"))

((assignment_expression
  left: (subscript_expression
    index: (string) @_name)
  right: (_) @sink)
  (#set! flow "auth")
  (#sc-secret-name? @_name "password"))

; signInWithEmailAndPassword(auth, 'demo@shop.io', '…'); createUserWithEmailAndPassword(auth, mail, '…');
; new Sequelize('shop', 'app', '…'): the password is the third argument
((call_expression
  function: [
    (identifier) @_fn
    (member_expression
      property: (property_identifier) @_fn)
  ]
  arguments: (arguments
    .
    (_)
    .
    (_)
    .
    (_) @sink))
  (#set! flow "auth")
  (#any-of? @_fn "signInWithEmailAndPassword" "createUserWithEmailAndPassword"))

((new_expression
  constructor: [
    (identifier) @_fn
    (member_expression
      property: (property_identifier) @_fn)
  ]
  arguments: (arguments
    .
    (_)
    .
    (_)
    .
    (_) @sink))
  (#set! flow "auth")
  (#eq? @_fn "Sequelize"))

; EmailAuthProvider.credential('demo@shop.io', '…'); auth().signInWithEmailAndPassword(mail, '…') (React Native Firebase)
((call_expression
  function: (member_expression
    object: (_) @_object
    property: (property_identifier) @_fn)
  arguments: (arguments
    .
    (_)
    .
    (_) @sink .))
  (#set! flow "auth")
  (#any-of? @_fn "credential" "signInWithEmailAndPassword" "createUserWithEmailAndPassword" "login" "auth")
  (#match? @_object "(EmailAuthProvider|auth\\(\\)|[Ff]irebase\\.auth\\(\\)|[Cc]lient|[Ss]ftp|[Ff]tp)$"))

; btoa('admin:s3cret'); Buffer.from(`${user}:${PASSWORD}`).toString('base64'); base64.encode('u:p'):
; a "user:password" pair encoded for a Basic Authorization header
((call_expression
  function: [
    (identifier) @_fn
    (member_expression
      property: (property_identifier) @_fn)
  ]
  arguments: (arguments
    .
    (_) @sink))
  (#set! flow "auth")
  (#any-of? @_fn "btoa" "from" "encode" "encodeBase64" "toBase64")
  (#sc-value-matches? @sink "^[^\\s/@:]*:[^\\s/@…]{4,}$"))

; ---- flow "declared": a password kept under a password name ----------------------------
; Only the name says "password"; the literal must not be a plain word or identifier.

([(string) (template_string)] @source
  (#set! flow "declared")
  (#sc-credential-literal? @source "password"))

; const ADMIN_PASSWORD = '…'; let secret = process.env.SECRET || '…'
((variable_declarator
  name: (identifier) @_name
  value: (_) @sink)
  (#set! flow "declared")
  (#sc-secret-name? @_name "password")
  (#sc-value-used? @sink))

; this.password = '…'; config.secret = '…'
((assignment_expression
  left: [
    (identifier) @_name
    (member_expression
      property: (property_identifier) @_name)
  ]
  right: (_) @sink)
  (#set! flow "declared")
  (#sc-secret-name? @_name "password"))

; class Db { password = '…' }
((public_field_definition
  name: (property_identifier) @_name
  value: (_) @sink)
  (#set! flow "declared")
  (#sc-secret-name? @_name "password"))

; ---- flow "keyed": a key or token under a secret property -------------------------------
; { apiKey: '…' }, params.append('api_key', '…'), config.authToken = '…': the key names the
; value an API key or token (passwords are flow "auth"); the literal must be shaped like a
; generated key. Variant `api-key`.

([(string) (template_string)] @source
  (#set! flow "keyed")
  (#sc-credential-literal? @source "strict"))

([(string) (template_string)] @source
  (#set! flow "keyed")
  (#set! variant "client-key")
  (#sc-credential-literal? @source "client-key"))

; initializeApp({ apiKey: 'AIza…', authDomain }), new Uploader({ token: '…' }), new URLSearchParams({ api_key: '…' })
((pair
  key: [
    (property_identifier)
    (string)
  ] @_name
  value: (_) @sink)
  (#set! flow "keyed")
  (#set! variant "api-key")
  (#not-match? @sink "^[\\[{]")
  (#sc-secret-name? @_name "key")
  (#sc-value-used? @sink))

; params.append('api_key', '…'); url.searchParams.set('token', '…')
((call_expression
  function: (member_expression
    property: (property_identifier) @_fn)
  arguments: (arguments
    .
    (string) @_name
    .
    (_) @sink .))
  (#set! flow "keyed")
  (#set! variant "api-key")
  (#any-of? @_fn "set" "append" "setRequestHeader" "setHeader" "header" "add" "put" "field" "query")
  (#sc-secret-name? @_name "key"))

; config.apiKey = '…'; params['api_key'] = '…'
((assignment_expression
  left: [
    (identifier) @_name
    (member_expression
      property: (property_identifier) @_name)
    (subscript_expression
      index: (string) @_name)
  ]
  right: (_) @sink)
  (#set! flow "keyed")
  (#set! variant "api-key")
  (#sc-secret-name? @_name "key"))

; ---- URLs with a password in them --------------------------------------------------------

; mongoose.connect('mongodb://admin:s3cret@db.shop.io/shop'), new Client('postgres://app:p4ss@db/shop')
((string) @finding
  (#match? @finding "://[^/\\s:@\"']*:[^/\\s@\"']+@")
  (#sc-credential-literal? @finding "userinfo")
  (#sc-used-beyond? @finding "logged compared ui unused debug"))

; ---- flow "named": sources ----------------------------------------------------------------

; const WEATHER_API_KEY = '4f3c2b1a9e8d7c6b5a4f3e2d1c0b9a8f'
([(string) (template_string)] @source
  (#set! flow "named")
  (#sc-secret-name? @source "secret" "kept-under")
  (#sc-credential-literal? @source "strict"))

([(string) (template_string)] @source
  (#set! flow "named")
  (#set! variant "client-key")
  (#sc-secret-name? @source "secret" "kept-under")
  (#sc-credential-literal? @source "client-key"))

; ---- flow "named": sinks ------------------------------------------------------------------

; fetch(`https://api.weather.io/v1?appid=${WEATHER_API_KEY}`), client.forecast(city, API_KEY): any
; call that may send it (an object literal argument is judged by its keys, above)
((_
  arguments: (arguments
    (_) @sink)) @_call
  (#set! flow "named")
  (#set! variant "api-key")
  (#not-match? @sink "^[{]")
  (#sc-sink-call? @_call))

; ---- secret-named keys visible to other files -----------------------------------------------

; export const PAYMENTS_SECRET_KEY = 'sk_live_…' read by another module: the data flow stays
; inside one file, so the declaration is reported when other files can read it
((variable_declarator
  name: (identifier) @_name
  value: [(string) (template_string)] @finding)
  (#set! variant "api-key")
  (#sc-secret-name? @_name)
  (#sc-credential-literal? @finding "strict")
  (#sc-used-beyond? @_name "logged compared ui unused debug host namespace"))
