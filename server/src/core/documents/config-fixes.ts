import type { ConfigFixSpec } from '../rule-schema';
import { positionAt } from '../text-edits';
import type { Fix, TextEdit } from '../types';
import { childrenNamed, type ConfigNode, type Span } from './config-node';

/** The edit a config fix makes to the matched node, or undefined when it cannot be made cleanly. */
export function buildConfigFix(spec: ConfigFixSpec, node: ConfigNode, root: ConfigNode, text: string): Fix | undefined {
  const edits = 'set' in spec ? setValue(node, spec.set, text) : moveToDebugOverrides(node, root, text);
  return edits && { title: spec.title, safe: spec.safe, edits };
}

/** `true` → `false`, `TLSv1.0` → `TLSv1.2`, written the way the file writes values. */
function setValue(node: ConfigNode, value: string, text: string): TextEdit[] | undefined {
  const span = node.valueSpan;
  if (!span || node.value === value) return undefined;
  const old = text.slice(span.startIndex, span.endIndex);
  let newText: string;
  switch (node.valueSyntax) {
    case 'plist-boolean':
      if (value !== 'true' && value !== 'false') return undefined;
      newText = `<${value}/>`;
      break;
    case 'json': {
      const quote = old[0] === '"' || old[0] === "'" || old[0] === '`' ? old[0] : undefined;
      const literal = value === 'true' || value === 'false' || /^-?\d+(\.\d+)?$/.test(value);
      newText = quote && !literal ? `${quote}${value}${quote}` : literal ? value : JSON.stringify(value);
      break;
    }
    default:
      newText = value; // XML attribute and element text: no quoting of their own
  }
  return [edit(text, span, newText)];
}

/**
 * `<certificates src="user"/>` out of a release configuration and into `<debug-overrides>`,
 * which Android applies only to debuggable builds. Its `<trust-anchors>` is removed with it
 * when nothing else is left in it: an empty `<trust-anchors>` would trust no CA at all,
 * whereas no element means the platform default (system CAs).
 */
function moveToDebugOverrides(node: ConfigNode, root: ConfigNode, text: string): TextEdit[] | undefined {
  const certificates = node.name.startsWith('@') ? node.parent : node;
  const anchors = certificates?.parent;
  const config = root.children.find((c) => c.name === 'network-security-config');
  if (!certificates || anchors?.name !== 'trust-anchors' || !config) return undefined;
  const moved = text.slice(certificates.outerSpan.startIndex, certificates.outerSpan.endIndex);
  const removed = anchors.children.filter((c) => !c.name.startsWith('@')).length === 1 ? anchors : certificates;
  const edits = [edit(text, wholeLines(removed.outerSpan, text), '')];

  const overrides = childrenNamed(config, 'debug-overrides')[0];
  const debugAnchors = overrides && childrenNamed(overrides, 'trust-anchors')[0];
  if (debugAnchors) {
    if (debugAnchors.children.some((c) => c.name === 'certificates' && c.children.some((a) => a.name === '@src' && a.value === 'user'))) {
      return edits; // already trusted in debug builds: only the release entry goes
    }
    const inside = closingTagStart(debugAnchors, text);
    if (inside === undefined) return undefined;
    const indent = indentOf(text, debugAnchors.outerSpan.startIndex);
    return [...edits, insertion(text, lineStartOf(text, inside), `${indent}    ${moved}\n`)];
  }
  if (overrides) return undefined; // a <debug-overrides> without trust anchors: leave the choice to a person
  const close = closingTagStart(config, text);
  if (close === undefined) return undefined;
  const indent = indentOf(text, certificates.parent!.parent!.outerSpan.startIndex);
  const block = `${indent}<debug-overrides>\n${indent}    <trust-anchors>\n${indent}        ${moved}\n${indent}    </trust-anchors>\n${indent}</debug-overrides>\n`;
  return [...edits, insertion(text, lineStartOf(text, close), block)];
}

/** Where an element's closing tag `</name>` starts; undefined for an empty-element tag. */
function closingTagStart(element: ConfigNode, text: string): number | undefined {
  const end = element.outerSpan.endIndex;
  const at = text.lastIndexOf('</', end);
  return at > element.span.endIndex ? at : undefined;
}

/** The span grown to whole lines when nothing else shares them, so no blank line is left. */
function wholeLines(span: Span, text: string): Span {
  const lineStart = lineStartOf(text, span.startIndex);
  const nl = text.indexOf('\n', span.endIndex);
  const lineEnd = nl < 0 ? text.length : nl + 1;
  const before = text.slice(lineStart, span.startIndex);
  const after = text.slice(span.endIndex, lineEnd);
  return before.trim() === '' && after.trim() === '' ? { startIndex: lineStart, endIndex: lineEnd } : span;
}

function lineStartOf(text: string, index: number): number {
  return text.lastIndexOf('\n', index - 1) + 1;
}

function indentOf(text: string, index: number): string {
  const start = lineStartOf(text, index);
  return /^[ \t]*/.exec(text.slice(start, index))![0];
}

function edit(text: string, span: Span, newText: string): TextEdit {
  return {
    range: { start: positionAt(text, span.startIndex), end: positionAt(text, span.endIndex) },
    startIndex: span.startIndex, endIndex: span.endIndex, newText,
  };
}

function insertion(text: string, at: number, newText: string): TextEdit {
  return edit(text, { startIndex: at, endIndex: at }, newText);
}
