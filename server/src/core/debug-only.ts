import type { Node } from 'web-tree-sitter';
import { RegionIndex, type Region, type RegionKind } from './regions';

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
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (!DEBUG_REGIONS.types.has(parent.type)) continue;
    if (DEBUG_REGIONS.regionsOf(parent).some((r) => r.start <= node.startIndex && node.endIndex <= r.end)) return true;
  }
  return insideSwiftDebugDirective(sourceText, node.startIndex);
}

/**
 * The same question for every node of a file at once (regions.ts): the debug-only regions of
 * its tree and of its `#if DEBUG` directives.
 */
export function debugOnlyIndex(root: Node, sourceText: string): RegionIndex {
  const directives = sourceText.includes('#if') ? debugRegionsOf(sourceText).map(([start, end]) => ({ start, end, owner: -1 })) : [];
  // A file that names no debug or release flag has no such branch: skip the walk.
  if (!MAY_NAME_A_BUILD_FLAG.test(sourceText)) return new RegionIndex(directives);
  return RegionIndex.build(root, DEBUG_REGIONS, directives);
}

/** Every DEBUG_CONDITION and RELEASE_CONDITION contains one of these. */
const MAY_NAME_A_BUILD_FLAG = /DEBUG|[dD]ebugMode|isDebug|__DEV__|isDev|[Ee]nv|isProd|IS_PROD|kReleaseMode/;

/**
 * What an `if` or a ternary marks as debug-only: the then side of a debug condition
 * (`if (BuildConfig.DEBUG) { <here> }`, the condition itself excluded), the else side of a
 * release condition (`if (!BuildConfig.DEBUG) … else { <here> }`), and the matching side of
 * a ternary on either.
 */
const DEBUG_REGIONS: RegionKind = {
  types: new Set([...IF_TYPES, ...TERNARY_TYPES]),
  regionsOf(node: Node): Region[] {
    const condition = node.childForFieldName('condition');
    if (IF_TYPES.has(node.type)) {
      if (!condition) return [];
      const elseAt = elseStart(node);
      const out: Region[] = [];
      if (isDebugCondition(condition)) out.push({ start: condition.endIndex, end: elseAt ?? node.endIndex, owner: -1 });
      if (elseAt !== undefined && isCondition(condition, RELEASE_CONDITION)) out.push({ start: elseAt, end: node.endIndex, owner: -1 });
      return out;
    }
    const debug = isDebugCondition(condition);
    if (!debug && !isCondition(condition, RELEASE_CONDITION)) return [];
    const side = debug
      ? node.childForFieldName('consequence') ?? node.childForFieldName('if_true')
      : node.childForFieldName('alternative') ?? node.childForFieldName('if_false');
    return side ? [{ start: side.startIndex, end: side.endIndex, owner: -1 }] : [];
  },
};

function isDebugCondition(condition: Node | null): boolean {
  return isCondition(condition, DEBUG_CONDITION);
}

function isCondition(condition: Node | null, pattern: RegExp): boolean {
  if (!condition) return false;
  const text = condition.text.trim().replace(/^\((.*)\)$/s, '$1').trim();
  return pattern.test(text);
}

/** Where the else side of an `if` starts (its `else` keyword or else clause), if it has one. */
function elseStart(ifNode: Node): number | undefined {
  for (let i = 0; i < ifNode.childCount; i++) {
    const c = ifNode.child(i);
    if (c && (c.type === 'else' || c.type === 'else_clause')) return c.startIndex;
  }
  return ifNode.childForFieldName('alternative')?.startIndex;
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
