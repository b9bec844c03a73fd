import type { Node } from 'web-tree-sitter';
import type { Localized, TextEdit } from './types';

/**
 * Lists whose entries a fix may touch: call arguments and array / collection literals of the
 * four grammars (`tlsVersions(TLS_1_0, TLS_1_2)`, `new String[] {"TLSv1", "TLSv1.2"}`,
 * `[.TLSv10, .TLSv12]`, `['TLSv1', 'TLSv1.2']`).
 */
const LIST_TYPES = new Set(['argument_list', 'array_initializer', 'value_arguments', 'collection_literal', 'array_literal', 'arguments', 'array']);
/** Kotlin and Swift wrap each argument in a node of its own. */
const ENTRY_WRAPPERS = new Set(['value_argument']);
const MAX_CLIMB = 4; // from the captured name up to the entry: `TlsVersion.TLS_1_0`, `.TLSv10`

/**
 * When replacing part of a list entry would make it equal to another entry of the same list
 * (`.tlsVersions(TlsVersion.TLS_1_0, TlsVersion.TLS_1_2)` → two `TLS_1_2`), the edit that a
 * reviewer accepts is removing the weak entry, with its separator. Undefined when the entry is
 * not in a list, or the fixed entry would be new there.
 */
export function removalIfDuplicate(
  capture: Node, offsetInCapture: number, length: number, replacement: string,
  /** The same fix applied to another entry's text (unchanged when it does not apply). */
  fixEntry: (text: string) => string = (t) => t,
): { edit: TextEdit; title: Localized } | undefined {
  const entry = listEntryOf(capture);
  if (!entry) return undefined;
  const list = entry.parent!;
  const at = capture.startIndex + offsetInCapture - entry.startIndex;
  const fixed = entry.text.slice(0, at) + replacement + entry.text.slice(at + length);
  const entries = list.namedChildren.filter((c): c is Node => c !== null && !/comment/.test(c.type));
  const index = entries.findIndex((c) => c.id === entry.id);
  // An entry goes when its fixed text is already another entry's, or an earlier weak entry
  // becomes it (`TLS_1_0, TLS_1_1`: the first is rewritten, the second removed), so fix-all
  // never writes it twice.
  const fixedTexts = entries.map((c, i) => (i === index ? fixed : fixEntry(c.text)));
  const removed = entries.map((c, i) => !same(fixedTexts[i]!, c.text) && entries.some((o, j) =>
    j !== i && (same(o.text, fixedTexts[i]!) || (j < i && !same(fixedTexts[j]!, o.text) && same(fixedTexts[j]!, fixedTexts[i]!)))));
  if (!removed[index]) return undefined;
  // The run of removed entries around this one goes as a whole, with one separator: up to the
  // next kept entry, or from the previous kept entry when the run ends the list. Every entry
  // of the run computes the same edit, which is applied once.
  let first = index;
  let last = index;
  while (first > 0 && removed[first - 1]) first--;
  while (last < entries.length - 1 && removed[last + 1]) last++;
  const next = entries[last + 1];
  const previous = entries[first - 1];
  const [from, to] = next
    ? [{ index: entries[first]!.startIndex, point: entries[first]!.startPosition }, { index: next.startIndex, point: next.startPosition }]
    : previous
      ? [{ index: previous.endIndex, point: previous.endPosition }, { index: entries[last]!.endIndex, point: entries[last]!.endPosition }]
      : [{ index: entries[first]!.startIndex, point: entries[first]!.startPosition }, { index: entries[last]!.endIndex, point: entries[last]!.endPosition }];
  const edit: TextEdit = {
    range: { start: { line: from.point.row, character: from.point.column }, end: { line: to.point.row, character: to.point.column } },
    startIndex: from.index,
    endIndex: to.index,
    newText: '',
  };
  const shown = (s: string) => (s.length > 40 ? `${s.slice(0, 37)}...` : s).replace(/\s+/g, ' ');
  return {
    edit,
    title: {
      en: `Remove ${shown(entry.text)} (${shown(fixed)} is already in the list)`,
      ja: `${shown(entry.text)} を削除する（${shown(fixed)} はすでにリストにあります）`,
    },
  };
}

function listEntryOf(capture: Node): Node | undefined {
  let node: Node = capture;
  for (let i = 0; i <= MAX_CLIMB && node.parent; i++) {
    const parent: Node = node.parent;
    if (LIST_TYPES.has(parent.type)) return node;
    if (ENTRY_WRAPPERS.has(parent.type) && parent.parent && LIST_TYPES.has(parent.parent.type)) return parent;
    node = parent;
  }
  return undefined;
}

/** Equal as code: whitespace does not count. */
function same(a: string, b: string): boolean {
  return a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
}

/** How many list entries repeat an earlier entry of their list, in a whole tree (fix tests). */
export function repeatedListEntries(root: Node): number {
  let count = 0;
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (LIST_TYPES.has(node.type)) {
      const texts = node.namedChildren.filter((c): c is Node => c !== null && !/comment/.test(c.type)).map((c) => c.text.replace(/\s+/g, ''));
      count += texts.length - new Set(texts).size;
    }
    for (const child of node.namedChildren) if (child) stack.push(child);
  }
  return count;
}
