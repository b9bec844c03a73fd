; NODE_TLS_REJECT_UNAUTHORIZED set to zero (CWE-295): Node.js then accepts any certificate on
; every TLS connection of the process (lib/_tls_wrap.js compares the variable with '0').
; Zero is '0', "0", `0` or the number 0 (process.env turns it into '0'); a conditional that
; has a zero branch is reported too, since the switch is then one flag away from production.
; Reading, comparing, deleting or setting it to '1' stays silent.

; process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; env.NODE_TLS_REJECT_UNAUTHORIZED = 0;
; process.env.NODE_TLS_REJECT_UNAUTHORIZED = 0 as any (TypeScript wants a string, hence the cast)
(assignment_expression
  left: (member_expression
    property: (property_identifier) @_name)
  right: [
    (string (string_fragment) @_zero)
    (template_string . (string_fragment) @_zero .)
    (number) @_zero
    (as_expression . (number) @_zero)
    (as_expression . (as_expression . (number) @_zero))
  ] @value
  (#eq? @_name "NODE_TLS_REJECT_UNAUTHORIZED")
  (#eq? @_zero "0")) @finding

; process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = "0"
(assignment_expression
  left: (subscript_expression
    index: (string (string_fragment) @_name))
  right: [
    (string (string_fragment) @_zero)
    (template_string . (string_fragment) @_zero .)
    (number) @_zero
    (as_expression . (number) @_zero)
    (as_expression . (as_expression . (number) @_zero))
  ] @value
  (#eq? @_name "NODE_TLS_REJECT_UNAUTHORIZED")
  (#eq? @_zero "0")) @finding

; process.env.NODE_TLS_REJECT_UNAUTHORIZED = isDev ? '0' : '1' (no quick fix: the condition needs a person)
(assignment_expression
  left: [
    (member_expression
      property: (property_identifier) @_name)
    (subscript_expression
      index: (string (string_fragment) @_name))
  ]
  right: (ternary_expression
    [
      consequence: [
        (string (string_fragment) @_zero)
        (template_string . (string_fragment) @_zero .)
        (number) @_zero
      ]
      alternative: [
        (string (string_fragment) @_zero)
        (template_string . (string_fragment) @_zero .)
        (number) @_zero
      ]
    ])
  (#eq? @_name "NODE_TLS_REJECT_UNAUTHORIZED")
  (#eq? @_zero "0")) @finding

; Object.assign(process.env, { NODE_TLS_REJECT_UNAUTHORIZED: '0' });
; spawn('node', [script], { env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0' } });
; process.env = { ...process.env, 'NODE_TLS_REJECT_UNAUTHORIZED': 0 }
(pair
  key: [
    (property_identifier) @_name
    (string (string_fragment) @_name)
  ]
  value: [
    (string (string_fragment) @_zero)
    (template_string . (string_fragment) @_zero .)
    (number) @_zero
  ] @value
  (#eq? @_name "NODE_TLS_REJECT_UNAUTHORIZED")
  (#eq? @_zero "0")) @finding

; Reflect.set(process.env, 'NODE_TLS_REJECT_UNAUTHORIZED', '0'); vi.stubEnv('NODE_TLS_REJECT_UNAUTHORIZED', '0');
; core.exportVariable('NODE_TLS_REJECT_UNAUTHORIZED', '0')
(call_expression
  arguments: (arguments
    (string (string_fragment) @_name)
    .
    [
      (string (string_fragment) @_zero)
      (template_string . (string_fragment) @_zero .)
      (number) @_zero
    ] @value)
  (#eq? @_name "NODE_TLS_REJECT_UNAUTHORIZED")
  (#eq? @_zero "0")) @finding

; execSync('NODE_TLS_REJECT_UNAUTHORIZED=0 node scripts/sync.js'), spawn('sh', ['-c', `…`]),
; fs.writeFileSync('.env', 'NODE_TLS_REJECT_UNAUTHORIZED=0\n'): the variable set in a command
; line or env file. Only in process / file calls, so a warning message naming it stays silent.
((call_expression
  function: [
    (identifier) @_callee
    (member_expression
      property: (property_identifier) @_callee)
  ]
  arguments: (arguments
    [
      [(string) (template_string)] @finding
      (array [(string) (template_string)] @finding)
    ]))
  (#match? @_callee "^(exec|execSync|execFile|execFileSync|spawn|spawnSync|fork|execa|execaSync|execaCommand|execaCommandSync|writeFile|writeFileSync|appendFile|appendFileSync)$")
  (#match? @finding "NODE_TLS_REJECT_UNAUTHORIZED=['\"]?0([^0-9]|$)"))

; const command = `NODE_TLS_REJECT_UNAUTHORIZED=0 ${bin} serve`
(variable_declarator
  name: (identifier) @_var
  value: [(string) (template_string)] @finding
  (#match? @_var "([Cc]md|[Cc]ommand|[Ss]cript|[Ss]hell|CMD|COMMAND|SCRIPT)")
  (#match? @finding "NODE_TLS_REJECT_UNAUTHORIZED=['\"]?0([^0-9]|$)"))
