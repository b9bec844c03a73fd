import type { Node } from 'web-tree-sitter';
import type { FixSpec } from './rule-schema';
import type { Fix, TextEdit } from './types';
import { rangeOf } from './positions';
import { removalIfDuplicate } from './list-fixes';

/**
 * Turns a rule's declarative fix into a concrete edit of one capture. The edit covers only
 * the changed characters (not the whole capture), so that concurrent edits rarely collide.
 */
export function buildFix(spec: FixSpec, capture: Node | undefined): Fix | undefined {
  if (!capture) return undefined;
  const text = capture.text;
  const find = new RegExp(spec.find);
  const match = find.exec(text);
  if (!match) return undefined;
  const replaced = match[0].replace(find, spec.replace);
  if (replaced === match[0]) return undefined;
  // A fixed list entry that repeats another entry is removed instead (list-fixes.ts).
  const fixEntry = (entry: string): string => entry.replace(new RegExp(spec.find.replace(/^\^|\$$/g, '')), spec.replace);
  const removal = removalIfDuplicate(capture, match.index, match[0].length, replaced, fixEntry);
  if (removal) return { title: removal.title, safe: spec.safe, edits: [removal.edit] };
  const startIndex = capture.startIndex + match.index;
  const endIndex = startIndex + match[0].length;
  const edit: TextEdit = { range: rangeOf(capture, match.index, match[0].length), startIndex, endIndex, newText: replaced };
  return { title: spec.title, safe: spec.safe, edits: [edit] };
}

/** Applies non-overlapping edits to a text (later edits first, so offsets stay valid). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.startIndex - a.startIndex);
  let out = text;
  let limit = Infinity;
  const seen = new Set<string>();
  for (const e of sorted) {
    const key = `${e.startIndex}:${e.endIndex}:${e.newText}`;
    if (seen.has(key)) continue; // two findings' fixes may make the same change (one new <debug-overrides>)
    seen.add(key);
    if (e.endIndex > limit) continue; // overlaps an edit already applied: skip, never corrupt
    out = out.slice(0, e.startIndex) + e.newText + out.slice(e.endIndex);
    limit = e.startIndex;
  }
  return out;
}

/**
 * One fix from several (the sources of one flow finding): every edit once, the first fix's
 * title, safe only if each part is.
 */
export function mergeFixes(fixes: readonly (Fix | undefined)[]): Fix | undefined {
  const present = fixes.filter((f): f is Fix => f !== undefined);
  if (present.length <= 1) return present[0];
  const edits = new Map<string, TextEdit>();
  for (const e of present.flatMap((f) => f.edits)) edits.set(`${e.startIndex}:${e.endIndex}`, e);
  return { title: present[0]!.title, safe: present.every((f) => f.safe), edits: [...edits.values()].sort((a, b) => a.startIndex - b.startIndex) };
}
