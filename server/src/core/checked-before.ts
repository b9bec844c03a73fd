import type { Node } from 'web-tree-sitter';
import { branchesAround, negated } from './branches';
import type { FileContext } from './file-context';

/**
 * Runs only after a check the app made itself passed: the node sits on the side of an `if` /
 * `when` / ternary taken when a condition matching `check` holds, or the condition tests a
 * local whose value came from such an expression, or an earlier statement of the same `try`
 * block matches it (a check that throws leaves the block first). In `onReceivedSslError`,
 * `if (store.validateCertificateChain(error.certificate) is Trusted) handler.proceed()`,
 * `if (mtm.isCertKnown(cert)) handler.proceed()` and `try { cert.verify(ca.publicKey);
 * handler.proceed() } catch (e) { handler.cancel() }` accept only the certificate the app
 * itself verified; `if (isTrustedHost(url)) handler.proceed()` checks no certificate, and the
 * rule's pattern says what counts as a certificate check.
 */
export function checkedBefore(start: Node, check: { test(s: string): boolean }, file: FileContext): boolean {
  for (const branch of branchesAround(start)) {
    for (const condition of branch.conditions) {
      // On the `then` side every part of `a && b` held; on the `else` side only a whole `!check()` tells.
      const parts = branch.then ? condition.text.split('&&') : [condition.text];
      const locals = localsIn(condition);
      for (const part of parts) {
        if (branch.then === negated(part)) continue; // the side where this test failed
        if (check.test(part) || locals.some((name) => part.includes(name.text) && definedAs(name, file, check))) return true;
      }
    }
  }
  return earlierInTry(start, check);
}

function localsIn(condition: Node): Node[] {
  const out: Node[] = [];
  const stack = [condition];
  for (let n = stack.pop(), seen = 0; n && seen < 64; n = stack.pop(), seen++) {
    if (n.type === 'identifier' || n.type === 'simple_identifier') out.push(n);
    for (const c of n.namedChildren) if (c) stack.push(c);
  }
  return out;
}

/** `val trusted = store.validate(cert)` … `if (trusted is Trusted)`: the value the name holds at the condition. */
function definedAs(name: Node, file: FileContext, check: { test(s: string): boolean }): boolean {
  const flow = file.flow;
  const binding = flow?.bindings.resolve(name);
  if (!flow || !binding || binding.declared.kind !== 'local') return false;
  return flow.bindings.definitionsReaching(binding, name).some((d) => check.test(d.value.text));
}

const TRY_BLOCK = /^(try_statement|try_expression|do_statement)$/;

function earlierInTry(start: Node, check: { test(s: string): boolean }): boolean {
  for (let child = start, p = start.parent; p; child = p, p = p.parent) {
    if (/^(method_declaration|function_declaration|lambda_expression|lambda_literal|anonymous_function)$/.test(p.type)) return false;
    if (!/^(block|statements)$/.test(p.type) || !p.parent || !TRY_BLOCK.test(p.parent.type)) continue;
    // only the protected block, not a catch or finally clause
    if (p.parent.namedChildren.find((c) => c?.type === p.type)?.id !== p.id) continue;
    for (let s = child.previousNamedSibling; s; s = s.previousNamedSibling) if (check.test(s.text)) return true;
  }
  return false;
}
