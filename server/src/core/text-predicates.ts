import type { Node } from 'web-tree-sitter';
import type { FileContext } from './file-context';
import { enclosingScope, node, regexArg, type PredicateArg, type PredicateFn } from './predicate-helpers';
import { allDescendants, SYNTAX } from './syntax';
import type { GrammarId } from './types';

/**
 * `(#sc-mentions? @node "re" ["member"|"type"|"file"])` / `(#sc-not-mentions? …)`: the code
 * around the node, read as text without its comments, contains a match of re (a `TODO: PKCE`
 * or a suppression comment naming a rule does not count). For checks whose
 * counterpart may sit anywhere nearby in a shape no query can list: an authorization request
 * built by hand is fine when the same class also adds `code_challenge` — in the builder chain,
 * a later statement, a helper, a constant or a map entry (CWE-287, RFC 7636).
 *
 * - `member`: the member function around the node (the class body or file when there is none);
 * - `type`: the outermost class, struct, object, enum or interface around it, else the file;
 * - `file` (default): the whole file.
 */
export type MentionScope = 'member' | 'type' | 'file';
const SCOPES: readonly MentionScope[] = ['member', 'type', 'file'];
const TYPE_BODY = /(^|_)(class|enum|interface|protocol|object)_body$/;

export function mentionScope(grammar: GrammarId, start: Node, within: MentionScope): Node {
  if (within === 'member') return enclosingScope(grammar, start);
  let root = start;
  let outermostType: Node | undefined;
  for (let n: Node | null = start; n; n = n.parent) {
    if (TYPE_BODY.test(n.type)) outermostType = n;
    root = n;
  }
  return within === 'type' && outermostType ? outermostType : root;
}

function mentions(grammar: GrammarId, args: PredicateArg[], file: FileContext, op: string): boolean {
  const start = node(args[0], op);
  const pattern = regexArg(args[1], op, file);
  const within = args[2] === undefined ? 'file' : args[2];
  if (typeof within !== 'string' || !(SCOPES as readonly string[]).includes(within)) {
    throw new Error(`#${op}: expected one of ${SCOPES.join(', ')}, got ${typeof within === 'string' ? `'${within}'` : 'a capture'}`);
  }
  return pattern.test(codeText(grammar, mentionScope(grammar, start, within as MentionScope), file));
}

/** The text of a scope with its comments blanked out, once per scope and file. */
const codeTexts = new WeakMap<FileContext, Map<number, string>>();
function codeText(grammar: GrammarId, scope: Node, file: FileContext): string {
  let byScope = codeTexts.get(file);
  if (!byScope) codeTexts.set(file, (byScope = new Map()));
  let text = byScope.get(scope.id);
  if (text === undefined) {
    const { comments } = SYNTAX[grammar];
    const whole = scope.text;
    let out = '';
    let at = 0;
    for (const n of allDescendants(scope)) {
      if (!comments.has(n.type)) continue;
      const from = n.startIndex - scope.startIndex;
      if (from < at) continue; // inside a comment already blanked
      out += whole.slice(at, from) + ' ';
      at = n.endIndex - scope.startIndex;
    }
    text = out + whole.slice(at);
    byScope.set(scope.id, text);
  }
  return text;
}

export const TEXT_PREDICATES: Record<string, PredicateFn> = {
  'sc-mentions?': (g, a, f) => mentions(g, a, f, 'sc-mentions?'),
  'sc-not-mentions?': (g, a, f) => !mentions(g, a, f, 'sc-not-mentions?'),
};
