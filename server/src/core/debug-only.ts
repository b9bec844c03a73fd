import type { Node } from 'web-tree-sitter';

/**
 * Code that only runs in debug or development builds: the "then" side of
 * `if (BuildConfig.DEBUG)`, `if (__DEV__)`, `if (env.isDevelopment)`, `if env == .development`, a ternary on such a
 * condition, or a Swift `#if DEBUG` region. A cleartext URL to a developer's machine there
 * never ships in a release build, and reviewers dismissed every such report on real apps.
 */
const DEBUG_CONDITION = new RegExp('^(' + [
  '(\\w+\\.)*BuildConfig\\.DEBUG',
  '(\\w+\\.)*(DEBUG|IS_DEBUG|isDebug\\w*|isDebuggable|debugMode|kDebugMode|__DEV__|isDevelopment|isDev)',
  // env === Env.Dev, Setting.value('env') === 'dev', config.environment == .development
  '[\\w.()\'"]*[Ee]nv[\\w.()\'"]*\\s*===?\\s*(\\.?(\\w+\\.)*(Dev|Development|DEV|dev|development)|[\'"](dev|development)[\'"])',
  'process\\.env\\.NODE_ENV\\s*===?\\s*[\'"](development|dev)[\'"]',
  '[\'"](development|dev)[\'"]\\s*===?\\s*process\\.env\\.NODE_ENV',
].join('|') + ')$');

// The release side of a build check: its *else* branch only runs in debug or development builds.
const RELEASE_CONDITION = new RegExp('^(' + [
  '!\\s*(\\w+\\.)*BuildConfig\\.DEBUG',
  '!\\s*(\\w+\\.)*(DEBUG|IS_DEBUG|isDebug\\w*|isDebuggable|debugMode|kDebugMode|__DEV__)',
  '(\\w+\\.)*(isProduction|isProd|IS_PROD|IS_PRODUCTION|kReleaseMode)',
  '[\\w.()\'"]*[Ee]nv[\\w.()\'"]*\\s*===?\\s*(\\.?(\\w+\\.)*(Prod|Production|PROD|PRODUCTION|prod|production)|[\'"](prod|production)[\'"])',
  '[\'"](production|prod)[\'"]\\s*===?\\s*process\\.env\\.NODE_ENV',
].join('|') + ')$');

const IF_TYPES = new Set(['if_statement', 'if_expression']);
const TERNARY_TYPES = new Set(['ternary_expression', 'conditional_expression']);

export function isDebugOnly(node: Node, sourceText: string): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    const condition = parent.childForFieldName('condition');
    if (IF_TYPES.has(parent.type) && inThenBranch(parent, child) && isDebugCondition(condition)) return true;
    // `if (NODE_ENV === 'production') … else { <here> }`, `if (!BuildConfig.DEBUG) … else { <here> }`
    if (IF_TYPES.has(parent.type) && inElseBranch(parent, child) && isCondition(condition, RELEASE_CONDITION)) return true;
    if (TERNARY_TYPES.has(parent.type) && (isDebugCondition(condition) || isCondition(condition, RELEASE_CONDITION))) {
      const then = parent.childForFieldName('consequence') ?? parent.childForFieldName('if_true');
      const otherwise = parent.childForFieldName('alternative') ?? parent.childForFieldName('if_false');
      const side = isDebugCondition(condition) ? then : otherwise;
      if (side && side.startIndex <= child.startIndex && child.endIndex <= side.endIndex) return true;
    }
  }
  return insideSwiftDebugDirective(sourceText, node.startIndex);
}

function isDebugCondition(condition: Node | null): boolean {
  return isCondition(condition, DEBUG_CONDITION);
}

function isCondition(condition: Node | null, pattern: RegExp): boolean {
  if (!condition) return false;
  const text = condition.text.trim().replace(/^\((.*)\)$/s, '$1').trim();
  return pattern.test(text);
}

/** After the `else` (a real else branch, not the condition). */
function inElseBranch(ifNode: Node, child: Node): boolean {
  for (let i = 0; i < ifNode.childCount; i++) {
    const c = ifNode.child(i);
    if (c && (c.type === 'else' || c.type === 'else_clause')) return child.startIndex >= c.startIndex;
  }
  const alternative = ifNode.childForFieldName('alternative');
  return !!alternative && child.startIndex >= alternative.startIndex;
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

/**
 * Inside `#if DEBUG … (#else|#elseif|#endif)`, `#if targetEnvironment(simulator)` (never on a
 * device), or the `#else` of `#if !DEBUG`: compiler directives are not nested nodes.
 */
function insideSwiftDebugDirective(text: string, offset: number): boolean {
  if (!text.includes('#if')) return false;
  return debugRegionsOf(text).some(([start, end]) => start <= offset && offset < end);
}

/**
 * The `[start, end)` offsets of a text's debug-only directive regions, computed once per text:
 * rules ask for every source, sink and use, so a per-call scan would be quadratic.
 */
let regionsFor: { text: string; regions: [number, number][] } | undefined;
function debugRegionsOf(text: string): [number, number][] {
  if (regionsFor?.text === text) return regionsFor.regions;
  const regions: [number, number][] = [];
  const stack: { debug: boolean; elseIsDebug: boolean }[] = [];
  let openedAt = -1; // start of the current debug region, -1 when outside one
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineEnd = offset + line.length + 1;
    const directive = /^\s*#(if|elseif|else|endif)\b(.*)$/.exec(line);
    if (directive) {
      const condition = directive[2]!.trim();
      if (directive[1] === 'if') stack.push({ debug: /^(DEBUG|targetEnvironment\(simulator\))$/.test(condition), elseIsDebug: condition === '!DEBUG' });
      else if (directive[1] === 'endif') stack.pop();
      else if (stack.length) {
        const top = stack[stack.length - 1]!;
        top.debug = directive[1] === 'else' && top.elseIsDebug;
        top.elseIsDebug = false;
      }
      // Whether the text after this directive line is debug-only.
      const inside = stack.some((s) => s.debug);
      if (inside && openedAt < 0) openedAt = lineEnd;
      if (!inside && openedAt >= 0) { regions.push([openedAt, offset]); openedAt = -1; }
    }
    offset = lineEnd;
  }
  if (openedAt >= 0) regions.push([openedAt, text.length + 1]);
  regionsFor = { text, regions };
  return regions;
}
