; NODE_TLS_REJECT_UNAUTHORIZED set to zero (CWE-295): Node.js then accepts any certificate on
; every TLS connection of the process (lib/_tls_wrap.js compares the variable with '0').
; Zero is '0', "0", `0` or the number 0 (process.env turns it into '0'). It is a flow: the
; zero (the source) may be written in the assignment or reach it through a constant, a
; helper's parameter or return, a spread or a conditional (`isDev ? '0' : '1'` is reported
; too, since the switch is then one flag away from production); the finding sits on the
; value that is stored. The variable's name may come from a constant or a concatenation
; (#sc-value-matches?). Reading, comparing, deleting or setting it to '1' stays silent, and
; so does a zero that is overwritten before it is stored.

; ---- flow "zero": a zero stored as the variable's value -------------------------------

; '0', "0", `0`
([
  (string
    (string_fragment) @_zero)
  (template_string
    .
    (string_fragment) @_zero .)
 ] @source
  (#set! flow "zero")
  (#eq? @_zero "0"))

; 0
((number) @source
  (#set! flow "zero")
  (#eq? @source "0"))

; process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; env.NODE_TLS_REJECT_UNAUTHORIZED = 0;
; process.env.NODE_TLS_REJECT_UNAUTHORIZED = 0 as any (TypeScript wants a string, hence the cast);
; const off = '0'; process.env.NODE_TLS_REJECT_UNAUTHORIZED = off;
; process.env.NODE_TLS_REJECT_UNAUTHORIZED = isDev ? '0' : '1'
((assignment_expression
  left: (member_expression
    property: (property_identifier) @_name)
  right: (_) @sink)
  (#set! flow "zero")
  (#eq? @_name "NODE_TLS_REJECT_UNAUTHORIZED"))

; process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = "0"; process.env[TLS_SWITCH] = '0';
; process.env['NODE_TLS_' + 'REJECT_UNAUTHORIZED'] = '0'; process.env[name] = value in a helper
; called with the name
((assignment_expression
  left: (subscript_expression
    index: (_) @_name)
  right: (_) @sink)
  (#set! flow "zero")
  (#sc-value-matches? @_name "^NODE_TLS_REJECT_UNAUTHORIZED$"))

; Object.assign(process.env, { NODE_TLS_REJECT_UNAUTHORIZED: '0' });
; spawn('node', [script], { env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0' } });
; process.env = { ...process.env, 'NODE_TLS_REJECT_UNAUTHORIZED': 0 };
; const insecureEnv = { NODE_TLS_REJECT_UNAUTHORIZED: '0' }; Object.assign(process.env, insecureEnv)
; (an object nobody reads, e.g. overwritten before use, stays silent)
((pair
  key: [
    (property_identifier)
    (string)
  ] @_name
  value: (_) @sink)
  (#set! flow "zero")
  (#match? @_name "^['\"]?NODE_TLS_REJECT_UNAUTHORIZED['\"]?$")
  (#sc-value-used? @sink))

; { [TLS_SWITCH]: '0' }
((pair
  key: (computed_property_name
    (_) @_name)
  value: (_) @sink)
  (#set! flow "zero")
  (#sc-value-matches? @_name "^NODE_TLS_REJECT_UNAUTHORIZED$")
  (#sc-value-used? @sink))

; const NODE_TLS_REJECT_UNAUTHORIZED = '0'; spawn(cmd, args, { env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED } })
((shorthand_property_identifier) @sink
  (#set! flow "zero")
  (#eq? @sink "NODE_TLS_REJECT_UNAUTHORIZED")
  (#sc-value-used? @sink))

; Reflect.set(process.env, 'NODE_TLS_REJECT_UNAUTHORIZED', '0'); vi.stubEnv('NODE_TLS_REJECT_UNAUTHORIZED', '0');
; core.exportVariable('NODE_TLS_REJECT_UNAUTHORIZED', '0'): the argument after the name
((call_expression
  arguments: (arguments
    [
      (string)
      (template_string)
      (identifier)
      (member_expression)
      (binary_expression)
    ] @_name
    .
    (_) @sink))
  (#set! flow "zero")
  (#sc-value-matches? @_name "^NODE_TLS_REJECT_UNAUTHORIZED$"))

; ---- flow "command": the variable set to zero in a command line or env file --------------

; 'NODE_TLS_REJECT_UNAUTHORIZED=0 npx prisma migrate deploy', `NODE_TLS_REJECT_UNAUTHORIZED=0 ${bin} serve`
([
  (string)
  (template_string)
 ] @source
  (#set! flow "command")
  (#match? @source "NODE_TLS_REJECT_UNAUTHORIZED=['\"]?0([^0-9]|$)"))

; execSync('NODE_TLS_REJECT_UNAUTHORIZED=0 node scripts/sync.js'), spawn('sh', ['-c', `…`]),
; fs.writeFileSync('.env', 'NODE_TLS_REJECT_UNAUTHORIZED=0\n'), const command = `…`; execSync(command):
; only in process / file calls, so a warning message naming the setting stays silent (an
; argument array is followed to its elements)
((call_expression
  function: [
    (identifier) @_callee
    (member_expression
      property: (property_identifier) @_callee)
  ]
  arguments: (arguments
    (_) @sink))
  (#set! flow "command")
  (#match? @_callee "^(exec|execSync|execFile|execFileSync|spawn|spawnSync|fork|execa|execaSync|execaCommand|execaCommandSync|writeFile|writeFileSync|appendFile|appendFileSync)$"))
