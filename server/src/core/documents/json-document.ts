import { newNode, rootNode, type NodeDraft, type Span } from './config-node';
import { note, type JsonProblem, type Note } from '../notes';

/**
 * A JSON file (`app.json`, `capacitor.config.json`) as config nodes, with positions. Tolerant
 * the way the tools that read these files are: `//` and block comments (Expo reads app.json
 * as JSON5) and trailing commas are accepted. A syntax error stops the reading there; what was
 * read before it is still checked, and `partial` says where it stopped.
 */
export interface JsonNodes {
  root: NodeDraft;
  comments: Span[];
  partial?: Note;
}

const MAX_DEPTH = 256; // deeper is not a config file; it would only risk the stack (named in notes.ts 'too-deep')

class JsonSyntaxError extends Error {
  constructor(readonly index: number, readonly problem: JsonProblem, readonly close = '') {
    super(problem);
  }
}

export function jsonNodes(text: string): JsonNodes {
  const root = rootNode(text.length);
  const comments: Span[] = [];
  let i = 0;

  const skip = (): void => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff) { i++; continue; }
      if (c === 47 /* / */ && text[i + 1] === '/') {
        const end = text.indexOf('\n', i);
        const stop = end < 0 ? text.length : end;
        comments.push({ startIndex: i, endIndex: stop });
        i = stop;
        continue;
      }
      if (c === 47 && text[i + 1] === '*') {
        const end = text.indexOf('*/', i + 2);
        if (end < 0) throw new JsonSyntaxError(i, 'unterminated-comment');
        comments.push({ startIndex: i, endIndex: end + 2 });
        i = end + 2;
        continue;
      }
      return;
    }
  };

  const readString = (): { text: string; span: Span } => {
    const start = i;
    const quote = text[i]!;
    i++;
    let out = '';
    while (i < text.length && text[i] !== quote) {
      if (text[i] === '\n') throw new JsonSyntaxError(i, 'line-break-in-string');
      if (text[i] === '\\') {
        const next = text[i + 1];
        if (next === 'u') { out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16) || 0); i += 6; continue; }
        out += next === 'n' ? '\n' : next === 't' ? '\t' : next === 'r' ? '\r' : next === 'b' ? '\b' : next === 'f' ? '\f' : (next ?? '');
        i += 2;
        continue;
      }
      out += text[i];
      i++;
    }
    if (i >= text.length) throw new JsonSyntaxError(start, 'unterminated-string');
    i++;
    return { text: out, span: { startIndex: start, endIndex: i } };
  };

  const readValue = (name: string, keySpan: Span, parent: NodeDraft, depth: number): void => {
    if (depth > MAX_DEPTH) throw new JsonSyntaxError(i, 'too-deep');
    skip();
    const start = i;
    const c = text[i];
    if (c === '{' || c === '[') {
      const node = newNode(name, keySpan, { startIndex: keySpan.startIndex, endIndex: start }, parent);
      i++;
      readMembers(node, c === '{' ? '}' : ']', depth + 1);
      (node as { outerSpan: Span }).outerSpan = { startIndex: keySpan.startIndex, endIndex: i };
      return;
    }
    if (c === '"' || c === "'") {
      const s = readString();
      newNode(name, keySpan, { startIndex: keySpan.startIndex, endIndex: i }, parent, { text: s.text, span: s.span, syntax: 'json' });
      return;
    }
    const literal = /^(?:true|false|null|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/.exec(text.slice(i, i + 64));
    if (!literal) throw new JsonSyntaxError(i, 'value-expected');
    i += literal[0].length;
    newNode(name, keySpan, { startIndex: keySpan.startIndex, endIndex: i }, parent,
      { text: literal[0], span: { startIndex: start, endIndex: i }, syntax: 'json' });
  };

  const readMembers = (node: NodeDraft, close: '}' | ']', depth: number): void => {
    for (;;) {
      skip();
      if (text[i] === close) { i++; return; }
      if (i >= text.length) throw new JsonSyntaxError(i, 'close-expected', close);
      if (close === ']') {
        readValue('[]', { startIndex: i, endIndex: i }, node, depth);
      } else {
        if (text[i] !== '"' && text[i] !== "'") throw new JsonSyntaxError(i, 'property-name-expected');
        const key = readString();
        skip();
        if (text[i] !== ':') throw new JsonSyntaxError(i, 'colon-expected');
        i++;
        readValue(key.text, key.span, node, depth);
      }
      skip();
      if (text[i] === ',') i++;
      else if (text[i] !== close) throw new JsonSyntaxError(i, 'comma-or-close-expected', close);
    }
  };

  try {
    skip();
    if (text[i] !== '{') throw new JsonSyntaxError(i, 'not-an-object');
    i++;
    readMembers(root, '}', 0);
    return { root, comments };
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    const line = text.slice(0, e.index).split('\n').length;
    return { root, comments, partial: note('partial.json-syntax', { line, problem: e.problem, ...(e.close ? { close: e.close } : {}) }) };
  }
}
