import type { Language, Node } from 'web-tree-sitter';

/** A small seeded generator (mulberry32), so a failing query can be reproduced from its seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const quote = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;

/**
 * Random queries shaped after a real tree, so that most of them match something: a random
 * node becomes a pattern of its own type with some of its children (recursively), each part
 * randomly turned into a wildcard, given a field, an anchor, a quantifier, a capture, an
 * alternation with another node type, a negated field, or a text predicate. Every feature
 * the interpreter implements shows up, in combinations no hand-written test would try.
 */
export class QueryFuzzer {
  private captures = 0;
  private readonly fieldNames: string[];

  constructor(language: Language, private readonly root: Node, private readonly rnd: () => number) {
    this.fieldNames = language.fields.filter((f): f is string => typeof f === 'string' && f.length > 0);
  }

  private chance(p: number): boolean {
    return this.rnd() < p;
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.rnd() * items.length)]!;
  }

  /** A random node of the tree, favouring nodes with children. */
  private randomNode(): Node {
    const nodes: Node[] = [];
    const cursor = this.root.walk();
    for (let more = true; more;) {
      nodes.push(cursor.currentNode);
      if (cursor.gotoFirstChild()) continue;
      while (!(more = cursor.gotoNextSibling()) && cursor.gotoParent()) { /* climb */ }
    }
    cursor.delete();
    const inner = nodes.filter((n) => n.childCount > 0);
    return this.chance(0.85) && inner.length ? this.pick(inner) : this.pick(nodes);
  }

  private capture(): string {
    return ` @c${this.captures++ % 4}`;
  }

  /** One query: one to three patterns, some with predicates. */
  query(): string {
    this.captures = 0;
    const patterns: string[] = [];
    const count = 1 + Math.floor(this.rnd() * 3);
    for (let i = 0; i < count; i++) patterns.push(this.topLevel(this.randomNode()));
    return patterns.join('\n');
  }

  private topLevel(node: Node): string {
    let pattern = this.pattern(node, 0);
    if (this.chance(0.15)) pattern = `[${pattern} ${this.otherType(node)}]${this.capture()}`;
    else if (this.chance(0.1) && node.nextNamedSibling) pattern = `(${pattern} ${this.pattern(node.nextNamedSibling, 1)})`; // two top-level siblings
    const captured = [...pattern.matchAll(/@(c\d)/g)].map((m) => m[1]!);
    if (captured.length && this.chance(0.3)) {
      const c = this.pick(captured);
      const kind = this.pick(['eq', 'not-eq', 'match', 'not-match', 'any-of', 'not-any-of', 'eq-capture', 'set', 'custom']);
      const text = node.text.slice(0, 12);
      const predicate = kind === 'eq' || kind === 'not-eq' ? `(#${kind}? @${c} ${quote(text)})`
        : kind === 'match' || kind === 'not-match' ? `(#${kind}? @${c} ${quote(`^${text.slice(0, 1).replace(/[^\w]/g, '.')}`)})`
          : kind === 'any-of' || kind === 'not-any-of' ? `(#${kind}? @${c} ${quote(text)} "x")`
            : kind === 'eq-capture' ? `(#eq? @${c} @${this.pick(captured)})`
              : kind === 'set' ? '(#set! flow "x")'
                : `(#sc-anything? @${c} "v")`;
      pattern = `(${pattern} ${predicate})`;
    }
    return pattern;
  }

  /** Some other node type of the tree, as a pattern. */
  private otherType(node: Node): string {
    const other = this.randomNode();
    return other.isNamed ? `(${other.type})` : other.type === node.type ? '(_)' : quote(other.type);
  }

  private pattern(node: Node, depth: number): string {
    if (!node.isNamed) return this.chance(0.2) ? '_' : quote(node.type);
    const name = this.chance(0.12) ? '_' : node.type;
    const parts: string[] = [];
    if (this.chance(0.08)) parts.push(`!${this.pick(this.fieldNames)}`);
    if (depth < 3 && node.childCount > 0) {
      const children = node.children.filter((c): c is Node => c !== null);
      const chosen = children.filter(() => this.chance(children.length > 4 ? 0.3 : 0.5)).slice(0, 3);
      chosen.forEach((child, k) => {
        let part = this.pattern(child, depth + 1);
        const field = node.fieldNameForChild(children.indexOf(child));
        if (field && this.chance(0.6)) part = `${field}: ${part}`;
        if (this.chance(0.12)) part = `[${part} ${this.otherType(child)}]`;
        const q = this.rnd();
        if (q < 0.08) part += '?';
        else if (q < 0.13) part += '*';
        else if (q < 0.17) part += '+';
        if (this.chance(0.35)) part += this.capture();
        if (this.chance(0.15)) part = `. ${part}`;
        if (k === chosen.length - 1 && this.chance(0.1)) part += ' .';
        parts.push(part);
      });
    }
    let pattern = name === '_' && parts.length === 0 && this.chance(0.5) ? '(_)' : `(${name}${parts.length ? ` ${parts.join(' ')}` : ''})`;
    if (depth === 0 || this.chance(0.25)) pattern += this.capture();
    return pattern;
  }
}
