import type { Node } from 'web-tree-sitter';
import { render, valuesOf } from './dataflow/values';
import type { FileFlow } from './dataflow/flow';
import type { FileContext } from './file-context';
import { enabledCipherElements } from './openssl-cipher-list';
import { isSolePin } from './pin-builders';
import { node, regexArg, type PredicateFn } from './predicate-helpers';

/** Predicates of the TLS configuration rules (tls-weak-cipher-suite, tls-pinning-misconfigured). */
export const TLS_CONFIG_PREDICATES: Record<string, PredicateFn> = {
  /**
   * `(#sc-cipher-list-enables? @expr "re" ["or-unknown"])`: one of the values the expression
   * can have, read as an OpenSSL cipher list (openssl-cipher-list.ts), leaves enabled an
   * element with a tag matching re (`RC4`, `3DES`, `aNULL`, `@SECLEVEL=0`): `!RC4`, `-RC4`
   * and `!aNULL` remove what they name. A literal among the elements of an array
   * (`['HIGH', 'RC4-SHA', '!RC4'].join(':')`) is read with its neighbours, and only what it
   * adds itself counts. With `or-unknown`, a value the file does not show at all holds too
   * (the sink of a flow whose literal sources were already judged).
   */
  'sc-cipher-list-enables?': (_g, a, f) => {
    const at = node(a[0], 'sc-cipher-list-enables?');
    if (a[2] !== undefined && a[2] !== 'or-unknown') throw new Error('#sc-cipher-list-enables?: the third argument may only be "or-unknown"');
    return cipherListEnables(at, regexArg(a[1], 'sc-cipher-list-enables?', f), f, a[2] === 'or-unknown');
  },
  /**
   * `(#sc-sole-pin? @call)`: @call is the `add(host, pin)` of an OkHttp certificate pinner
   * builder with the only pin its host gets from that builder (chain, variable or Kotlin
   * scope), a literal the file shows (pin-builders.ts). Pins the file does not show, from a
   * loop, a spread or configuration, make it unknown: it does not hold.
   */
  'sc-sole-pin?': (_g, a, f) => !!f.flow && isSolePin(f.flow, node(a[0], 'sc-sole-pin?')),
};

function cipherListEnables(at: Node, re: { test(s: string): boolean }, file: FileContext, orUnknown: boolean): boolean {
  const flow = file.flow;
  // `['HIGH', 'RC4-SHA'].join(':')`: an array literal of list elements
  const elements = flow?.lang.collection(at);
  if (flow && elements && elements.entries.every((e) => e.key === undefined) && !elements.spreads.length) {
    const list = elements.entries.map((e) => valuesOf(flow, e.value).find((v) => v.parts.some((p) => 'text' in p))).map((v) => (v ? render(v, ' ') : '')).join(':');
    return enabledCipherElements(list).some((e) => [...e.tags].some((t) => re.test(t)));
  }
  const values = flow ? valuesOf(flow, at).map((v) => (v.parts.some((p) => 'text' in p) ? render(v, ' ') : undefined)) : [unquoted(at.text)];
  for (const value of values) {
    if (value === undefined) {
      if (orUnknown) return true;
      continue;
    }
    const { list, start, end } = withNeighbours(flow, at, value);
    if (enabledCipherElements(list).some((e) => e.start >= start && e.end <= end && [...e.tags].some((t) => re.test(t)))) return true;
  }
  return false;
}

/** A literal that is one element of an array literal, read in the list the array makes (joined by `:`). */
function withNeighbours(flow: FileFlow | undefined, at: Node, value: string): { list: string; start: number; end: number } {
  const collection = flow && at.parent ? flow.lang.collection(at.parent) : undefined;
  if (!flow || !collection || collection.entries.some((e) => e.key !== undefined) || collection.spreads.length) return { list: value, start: 0, end: value.length };
  let list = '';
  let start = 0;
  for (const entry of collection.entries) {
    if (list) list += ':';
    if (entry.value.id === at.id) {
      start = list.length;
      list += value;
      continue;
    }
    const known = valuesOf(flow, entry.value).find((v) => v.parts.some((p) => 'text' in p));
    list += known ? render(known, ' ') : '';
  }
  return { list, start, end: start + value.length };
}

function unquoted(text: string): string {
  return text.replace(/^["'`]+|["'`]+$/g, '');
}
