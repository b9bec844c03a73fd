import type { Node } from 'web-tree-sitter';

/**
 * Code that only runs in debug or development builds: the "then" side of
 * `if (BuildConfig.DEBUG)`, `if (__DEV__)`, `if env == .development`, a ternary on such a
 * condition, or a Swift `#if DEBUG` region. A cleartext URL to a developer's machine there
 * never ships in a release build, and reviewers dismissed every such report on real apps.
 */
const DEBUG_CONDITION = new RegExp('^(' + [
  '(\\w+\\.)*BuildConfig\\.DEBUG',
  '(\\w+\\.)*(DEBUG|IS_DEBUG|isDebug\\w*|isDebuggable|debugMode|kDebugMode|__DEV__)',
  // env === Env.Dev, Setting.value('env') === 'dev', config.environment == .development
  '[\\w.()\'"]*[Ee]nv[\\w.()\'"]*\\s*===?\\s*(\\.?(\\w+\\.)*(Dev|Development|DEV|dev|development)|[\'"](dev|development)[\'"])',
  'process\\.env\\.NODE_ENV\\s*===?\\s*[\'"](development|dev)[\'"]',
  '[\'"](development|dev)[\'"]\\s*===?\\s*process\\.env\\.NODE_ENV',
].join('|') + ')$');

const IF_TYPES = new Set(['if_statement', 'if_expression']);
const TERNARY_TYPES = new Set(['ternary_expression', 'conditional_expression']);

export function isDebugOnly(node: Node, sourceText: string): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (IF_TYPES.has(parent.type) && inThenBranch(parent, child) && isDebugCondition(parent.childForFieldName('condition'))) return true;
    if (TERNARY_TYPES.has(parent.type) && isDebugCondition(parent.childForFieldName('condition'))) {
      const then = parent.childForFieldName('consequence') ?? parent.childForFieldName('if_true');
      if (then && then.startIndex <= child.startIndex && child.endIndex <= then.endIndex) return true;
    }
  }
  return insideSwiftDebugDirective(sourceText, node.startIndex);
}

function isDebugCondition(condition: Node | null): boolean {
  if (!condition) return false;
  const text = condition.text.trim().replace(/^\((.*)\)$/s, '$1').trim();
  return DEBUG_CONDITION.test(text);
}

/** Before the `else` (if any) and not in the condition itself. */
function inThenBranch(ifNode: Node, child: Node): boolean {
  const condition = ifNode.childForFieldName('condition');
  if (condition && child.startIndex >= condition.startIndex && child.endIndex <= condition.endIndex) return false;
  for (let i = 0; i < ifNode.childCount; i++) {
    const c = ifNode.child(i);
    if (c && (c.type === 'else' || c.type === 'else_clause')) return child.startIndex < c.startIndex;
  }
  const alternative = ifNode.childForFieldName('alternative');
  return !alternative || child.startIndex < alternative.startIndex;
}

/** Inside `#if DEBUG … (#else|#elseif|#endif)`: compiler directives are not nested nodes. */
function insideSwiftDebugDirective(text: string, offset: number): boolean {
  if (!text.includes('#if')) return false;
  const stack: boolean[] = [];
  for (const line of text.slice(0, offset).split('\n')) {
    const directive = /^\s*#(if|elseif|else|endif)\b(.*)$/.exec(line);
    if (!directive) continue;
    if (directive[1] === 'if') stack.push(/^\s*DEBUG\s*$/.test(directive[2]!));
    else if (directive[1] === 'endif') stack.pop();
    else if (stack.length) stack[stack.length - 1] = false;
  }
  return stack.includes(true);
}
