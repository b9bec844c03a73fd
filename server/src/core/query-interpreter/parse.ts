import { QuerySourceError, UnsupportedQueryError, type QueryErrorKind } from './errors';
import { addCapture, DONE_DEPTH, newStep, NONE, WILDCARD, type PatternEntry, type Step } from './steps';

/**
 * A parser for tree-sitter's query language that builds the same steps as tree-sitter's
 * `ts_query__parse_pattern` (lib/src/query.c), without the parse-table analysis that makes
 * `new Query()` slow. Comments below name the C they follow; keep them in step with it.
 *
 * Supported: named nodes, `(_)` and `_`, `"anonymous"` nodes, `field:` prefixes, `!field`,
 * `.` anchors, `[…]` alternations, `(…)` groups, `?` `*` `+`, up to three `@captures` per
 * node, `;` comments and predicates `(#name? …)` / `(#name! …)`.
 * Not supported (UnsupportedQueryError, the caller then compiles the query with
 * tree-sitter): supertypes such as `(expression)` and `(expression/identifier)`,
 * `(MISSING)`, and a predicate outside any node pattern.
 */

/** What the parser needs of a grammar (web-tree-sitter's Language provides it: see languageGrammar). */
export interface QueryGrammar {
  /** ts_language_symbol_for_name: 0 when the grammar has no such node. */
  symbolForName(name: string, named: boolean): number;
  /** 0 when the grammar has no such field. */
  fieldIdForName(name: string): number;
  isSupertype(symbol: number): boolean;
}

export type PredicateStep = { type: 'capture'; name: string } | { type: 'string'; value: string };

export interface ParsedPattern {
  /** Character offsets of the pattern in the source. */
  startIndex: number;
  endIndex: number;
  /** Each predicate's steps: the operator (without '#') as a string step, then its operands. */
  predicates: PredicateStep[][];
  /** Its steps: from firstStep to its DONE step, plus loop-back copies after DONE when hasCopies. */
  firstStep: number;
  doneStep: number;
  hasCopies: boolean;
}

export interface ParsedQuery {
  steps: Step[];
  patterns: ParsedPattern[];
  captureNames: string[];
  /** Sorted by root symbol, then pattern index, wildcard roots first (query.c's pattern_map). */
  patternMap: PatternEntry[];
  wildcardRootCount: number;
}

const PARENT_DONE = 'parent-done';
type Parsed = 'ok' | typeof PARENT_DONE;

const enum Quantifier { One, ZeroOrOne, ZeroOrMore, OneOrMore }

/** query.c quantifier_join(left, right) for the quantifiers a suffix can produce. */
function joinQuantifier(left: Quantifier, right: Quantifier): Quantifier {
  if (left === Quantifier.ZeroOrMore) return Quantifier.ZeroOrMore;
  if (left === Quantifier.ZeroOrOne) return right === Quantifier.ZeroOrMore || right === Quantifier.OneOrMore ? Quantifier.ZeroOrMore : Quantifier.ZeroOrOne;
  // left is OneOrMore
  return right === Quantifier.One || right === Quantifier.OneOrMore ? Quantifier.OneOrMore : Quantifier.ZeroOrMore;
}

const IDENT_START = /[\p{L}\p{N}_-]/u;
const IDENT_PART = /[\p{L}\p{N}_.-]/u;
const SPACE = /\s/;

class Parser {
  private pos = 0;
  readonly steps: Step[] = [];
  readonly captureNames: string[] = [];
  readonly patterns: ParsedPattern[] = [];
  readonly patternMap: PatternEntry[] = [];
  wildcardRootCount = 0;
  private predicates: PredicateStep[][] = [];
  private stringBuffer = '';

  constructor(private readonly src: string, private readonly grammar: QueryGrammar) {}

  // ---- the stream (query.c Stream) -------------------------------------------------------

  /** The current character, '' at the end. */
  private peek(): string {
    return this.pos < this.src.length ? this.src[this.pos]! : '';
  }

  /** stream_advance: steps over the current character; false when none follows. */
  private advance(): boolean {
    if (this.pos < this.src.length) this.pos++;
    return this.pos < this.src.length;
  }

  private skipWhitespace(): void {
    for (;;) {
      const c = this.peek();
      if (c !== '' && SPACE.test(c)) this.advance();
      else if (c === ';') {
        while (this.advance() && this.peek() !== '\n') { /* comment */ }
      } else break;
    }
  }

  private isIdentStart(): boolean {
    return this.peek() !== '' && IDENT_START.test(this.peek());
  }

  /** stream_scan_identifier: the identifier starting at the current character. */
  private scanIdentifier(): string {
    const start = this.pos;
    do this.advance(); while (this.peek() !== '' && IDENT_PART.test(this.peek()));
    return this.src.slice(start, this.pos);
  }

  private fail(kind: QueryErrorKind, at = this.pos): never {
    const suffix = this.src.slice(at, at + 100).split('\n')[0];
    const word = /[\w-]+/.exec(suffix ?? '')?.[0] ?? '';
    const detail = kind === 'node-name' ? `Bad node name '${word}'`
      : kind === 'field-name' ? `Bad field name '${word}'`
        : kind === 'capture-name' ? `Bad capture name @${word}`
          : kind === 'structure' ? `Bad pattern structure at offset ${at}: '${suffix}'...`
            : `Bad syntax at offset ${at}: '${suffix}'...`;
    throw new QuerySourceError(kind, detail, at, this.src);
  }

  private unsupported(feature: string, at: number): never {
    throw new UnsupportedQueryError(feature, at, this.src);
  }

  /** ts_query__parse_string_literal: leaves the unescaped text in stringBuffer. */
  private parseStringLiteral(): void {
    const stringStart = this.pos;
    if (this.peek() !== '"') this.fail('syntax');
    this.advance();
    let out = '';
    let escaped = false;
    for (;;) {
      const c = this.peek();
      if (escaped) {
        escaped = false;
        out += c === 'n' ? '\n' : c === 'r' ? '\r' : c === 't' ? '\t' : c === '0' ? '\0' : c;
      } else if (c === '\\') {
        escaped = true;
      } else if (c === '"') {
        this.advance();
        this.stringBuffer = out;
        return;
      } else if (c === '\n') {
        this.pos = stringStart;
        this.fail('syntax');
      } else {
        out += c;
      }
      if (!this.advance()) {
        this.pos = stringStart;
        this.fail('syntax');
      }
    }
  }

  // ---- patterns ---------------------------------------------------------------------------

  /** ts_query_new's loop: every top-level pattern, then its pattern-map entries. */
  parseAll(): void {
    this.skipWhitespace();
    while (this.pos < this.src.length) {
      const patternIndex = this.patterns.length;
      const startStepIndex = this.steps.length;
      const startIndex = this.pos;
      this.predicates = [];
      const pattern: ParsedPattern = { startIndex, endIndex: startIndex, predicates: this.predicates, firstStep: startStepIndex, doneStep: 0, hasCopies: false };
      this.patterns.push(pattern);
      const result = this.parsePattern(0, false, false);
      this.steps.push(newStep(WILDCARD, DONE_DEPTH, false));
      pattern.endIndex = this.pos;
      if (result === PARENT_DONE) this.fail('syntax');
      if (this.steps.length - startStepIndex === 1) this.unsupported('a predicate outside any node pattern', startIndex);
      pattern.doneStep = this.steps.length - 1;
      this.addToPatternMap(patternIndex, startStepIndex);
      this.fixQuantifierLoopBacks(startStepIndex, pattern.doneStep);
      pattern.hasCopies = this.steps.length > pattern.doneStep + 1;
    }
    this.analyze();
  }

  /** ts_query__parse_pattern: one pattern (node, group, alternation, field, …) and its suffixes. */
  private parsePattern(depth: number, isImmediate: boolean, isInsideAlternation: boolean): Parsed {
    if (this.peek() === '') this.fail('syntax');
    if (this.peek() === ')' || this.peek() === ']') return PARENT_DONE;
    const startingStepIndex = this.steps.length;

    if (this.peek() === '[') {
      // An alternation: each branch, with a placeholder step between branches.
      this.advance();
      this.skipWhitespace();
      const branchStarts: number[] = [];
      for (;;) {
        const start = this.steps.length;
        const result = this.parsePattern(depth, isImmediate, true);
        if (result === PARENT_DONE) {
          if (this.peek() === ']' && branchStarts.length > 0) {
            this.advance();
            break;
          }
          this.fail('syntax');
        }
        branchStarts.push(start);
        this.steps.push(newStep(WILDCARD, depth, false));
      }
      this.steps.pop();
      // Every branch but the last gets the next one as its alternative, and its end jumps past the alternation.
      for (let i = 0; i < branchStarts.length - 1; i++) {
        const startStep = this.steps[branchStarts[i]!]!;
        const endStep = this.steps[branchStarts[i + 1]! - 1]!;
        startStep.alternativeIndex = branchStarts[i + 1]!;
        endStep.alternativeIndex = this.steps.length;
        endStep.isDeadEnd = true;
      }
    } else if (this.peek() === '(') {
      this.advance();
      this.skipWhitespace();
      if (this.peek() === '(' || this.peek() === '"' || this.peek() === '[') {
        // A grouped sequence of sibling patterns.
        let childIsImmediate = isImmediate;
        for (;;) {
          if (this.peek() === '.') {
            const anchorStart = this.pos;
            childIsImmediate = true;
            this.advance();
            this.skipWhitespace();
            if (this.peek() === ')') this.fail('syntax', anchorStart); // an anchor at a group's end anchors nothing
          }
          const result = this.parsePattern(depth, childIsImmediate, isInsideAlternation);
          if (result === PARENT_DONE) {
            if (this.peek() === ')') {
              this.advance();
              break;
            }
            this.fail('syntax');
          }
          childIsImmediate = false;
        }
      } else if (this.peek() === '.' || this.peek() === '#') {
        this.advance();
        this.parsePredicate();
        return 'ok';
      } else {
        this.parseNode(depth, isImmediate, isInsideAlternation, startingStepIndex);
      }
    } else if (this.peek() === '_') {
      this.advance();
      this.skipWhitespace();
      this.steps.push(newStep(WILDCARD, depth, isImmediate));
    } else if (this.peek() === '"') {
      const stringStart = this.pos;
      this.parseStringLiteral();
      const symbol = this.grammar.symbolForName(this.stringBuffer, false);
      if (!symbol) this.fail('node-name', stringStart + 1);
      this.steps.push(newStep(symbol, depth, isImmediate));
    } else if (this.isIdentStart()) {
      // A field-prefixed pattern.
      const fieldStart = this.pos;
      const fieldName = this.scanIdentifier();
      this.skipWhitespace();
      if (this.peek() !== ':') this.fail('syntax', fieldStart);
      this.advance();
      this.skipWhitespace();
      const result = this.parsePattern(depth, isImmediate, isInsideAlternation);
      if (result === PARENT_DONE) this.fail('syntax');
      const fieldId = this.grammar.fieldIdForName(fieldName);
      if (!fieldId) this.fail('field-name', fieldStart);
      if (startingStepIndex >= this.steps.length) this.fail('syntax', fieldStart);
      let stepIndex = startingStepIndex;
      for (;;) {
        const step = this.steps[stepIndex]!;
        step.field = fieldId;
        if (step.alternativeIndex !== NONE && step.alternativeIndex > stepIndex && step.alternativeIndex < this.steps.length) {
          stepIndex = step.alternativeIndex;
        } else break;
      }
    } else {
      this.fail('syntax');
    }

    this.skipWhitespace();

    // Suffixes: quantifiers and captures.
    let quantifier = Quantifier.One;
    for (;;) {
      const c = this.peek();
      if (c === '+' || c === '*' || c === '?') {
        quantifier = joinQuantifier(c === '+' ? Quantifier.OneOrMore : c === '*' ? Quantifier.ZeroOrMore : Quantifier.ZeroOrOne, quantifier);
        this.advance();
        this.skipWhitespace();
      } else if (c === '@') {
        this.advance();
        if (!this.isIdentStart()) this.fail('syntax');
        const name = this.scanIdentifier();
        this.skipWhitespace();
        let captureId = this.captureNames.indexOf(name);
        if (captureId < 0) captureId = this.captureNames.push(name) - 1;
        if (startingStepIndex >= this.steps.length) this.fail('syntax');
        let stepIndex = startingStepIndex;
        for (;;) {
          const step = this.steps[stepIndex]!;
          addCapture(step, captureId);
          if (step.alternativeIndex !== NONE && step.alternativeIndex > stepIndex && step.alternativeIndex < this.steps.length) {
            stepIndex = step.alternativeIndex;
          } else break;
        }
      } else break;
    }

    if (quantifier === Quantifier.OneOrMore || quantifier === Quantifier.ZeroOrMore) {
      const repeat = newStep(WILDCARD, depth, false);
      repeat.isInsideAlternation = isInsideAlternation;
      repeat.alternativeIndex = startingStepIndex;
      repeat.isPassThrough = true;
      this.steps.push(repeat);
      if (quantifier === Quantifier.ZeroOrMore) {
        let step = this.steps[startingStepIndex]!;
        while (step.alternativeIndex !== NONE && step.alternativeIndex < this.steps.length - 1) step = this.steps[step.alternativeIndex]!;
        step.alternativeIndex = this.steps.length;
        step.alternativeIsSkip = true;
      }
    } else if (quantifier === Quantifier.ZeroOrOne) {
      let step = this.steps[startingStepIndex]!;
      while (step.alternativeIndex !== NONE && step.alternativeIndex < this.steps.length) step = this.steps[step.alternativeIndex]!;
      step.alternativeIndex = this.steps.length;
      step.alternativeIsSkip = true;
    }
    return 'ok';
  }

  /** A named node `(type child… !field)` whose opening parenthesis was consumed. */
  private parseNode(depth: number, isImmediate: boolean, isInsideAlternation: boolean, startingStepIndex: number): void {
    const nodeNameStart = this.pos;
    if (!this.isIdentStart()) this.fail('syntax');
    const name = this.scanIdentifier();
    let symbol: number;
    if (name === '_') {
      symbol = WILDCARD;
    } else if (name === 'MISSING') {
      this.unsupported('(MISSING) nodes', nodeNameStart);
    } else {
      symbol = this.grammar.symbolForName(name, true);
      if (!symbol) this.fail('node-name', nodeNameStart);
    }
    const step = newStep(symbol, depth, isImmediate);
    this.steps.push(step);
    if (this.grammar.isSupertype(symbol)) this.unsupported(`supertype nodes such as (${name})`, nodeNameStart);
    if (symbol === WILDCARD) step.isNamed = true;
    if (this.peek() === '/') this.fail('structure', nodeNameStart - 1); // a subtype needs a supertype
    this.skipWhitespace();

    let childIsImmediate = false;
    let lastChildStepIndex = 0;
    const negatedFields: number[] = [];
    for (;;) {
      if (this.peek() === '!') {
        this.advance();
        this.skipWhitespace();
        if (!this.isIdentStart()) this.fail('syntax');
        const fieldStart = this.pos;
        const fieldName = this.scanIdentifier();
        this.skipWhitespace();
        const fieldId = this.grammar.fieldIdForName(fieldName);
        if (!fieldId) this.fail('field-name', fieldStart);
        if (negatedFields.length < 8) negatedFields.push(fieldId);
        continue;
      }
      if (this.peek() === '.') {
        childIsImmediate = true;
        this.advance();
        this.skipWhitespace();
      }
      let stepIndex = this.steps.length;
      const result = this.parsePattern(depth + 1, childIsImmediate, isInsideAlternation);
      // Only a predicate was parsed: no new step.
      if (stepIndex === this.steps.length) stepIndex--;
      if (result === PARENT_DONE) {
        if (this.peek() === ')') {
          if (childIsImmediate) {
            if (lastChildStepIndex === 0) this.fail('syntax');
            // The last child step and its alternatives must be the last named child.
            let last = this.steps[lastChildStepIndex]!;
            last.isLastChild = true;
            while (last.alternativeIndex !== NONE && last.alternativeIndex < this.steps.length) {
              last = this.steps[last.alternativeIndex]!;
              last.isLastChild = true;
            }
          }
          if (negatedFields.length) this.steps[startingStepIndex]!.negatedFields = negatedFields;
          this.advance();
          break;
        }
        this.fail('syntax');
      }
      lastChildStepIndex = stepIndex;
      childIsImmediate = false;
    }
  }

  /** ts_query__parse_predicate, after its `#` or `.`: up to and including its `)`. */
  private parsePredicate(): void {
    if (!this.isIdentStart()) this.fail('syntax');
    const name = this.scanIdentifier();
    if (this.peek() !== '?' && this.peek() !== '!') this.fail('syntax');
    const operator = name + this.peek();
    this.advance();
    const steps: PredicateStep[] = [{ type: 'string', value: operator }];
    this.skipWhitespace();
    for (;;) {
      const c = this.peek();
      if (c === ')') {
        this.advance();
        this.skipWhitespace();
        this.predicates.push(steps);
        return;
      }
      if (c === '@') {
        this.advance();
        if (!this.isIdentStart()) this.fail('syntax');
        const nameStart = this.pos;
        const capture = this.scanIdentifier();
        if (!this.captureNames.includes(capture)) this.fail('capture-name', nameStart);
        steps.push({ type: 'capture', name: capture });
      } else if (c === '"') {
        this.parseStringLiteral();
        steps.push({ type: 'string', value: this.stringBuffer });
      } else if (this.isIdentStart()) {
        steps.push({ type: 'string', value: this.scanIdentifier() });
      } else {
        this.fail('syntax');
      }
      this.skipWhitespace();
    }
  }

  // ---- after parsing (ts_query_new, ts_query__analyze_patterns) -------------------------

  /** The pattern map entries of one pattern: one per root alternative. */
  private addToPatternMap(patternIndex: number, firstStep: number): void {
    let startStepIndex = firstStep;
    let wildcardRootAlternativeIndex = NONE;
    for (;;) {
      let step = this.steps[startStepIndex]!;
      // A wildcard root with a non-wildcard child starts at the child (the cursor checks the parent).
      if (step.symbol === WILDCARD && step.depth === 0 && !step.field) {
        const second = this.steps[startStepIndex + 1]!;
        if (second.symbol !== WILDCARD && second.depth === 1 && !second.isImmediate) {
          wildcardRootAlternativeIndex = step.alternativeIndex;
          startStepIndex += 1;
          step = second;
        }
      }
      const startDepth = step.depth;
      let isRooted = startDepth === 0;
      for (let i = startStepIndex + 1; i < this.steps.length; i++) {
        const child = this.steps[i]!;
        if (child.isDeadEnd) break;
        if (child.depth === startDepth) {
          isRooted = false;
          break;
        }
      }
      this.insertPatternEntry(step.symbol, { stepIndex: startStepIndex, patternIndex, isRooted });
      if (step.symbol === WILDCARD) this.wildcardRootCount++;
      if (step.alternativeIndex !== NONE) {
        startStepIndex = step.alternativeIndex;
      } else if (wildcardRootAlternativeIndex !== NONE) {
        startStepIndex = wildcardRootAlternativeIndex;
        wildcardRootAlternativeIndex = NONE;
      } else break;
    }
  }

  /** ts_query__pattern_map_insert: by symbol, then pattern index (before entries of the same pattern). */
  private insertPatternEntry(symbol: number, entry: PatternEntry): void {
    const map = this.patternMap;
    let index = patternMapLowerBound(this.steps, map, this.wildcardRootCount, symbol);
    while (index < map.length && this.steps[map[index]!.stepIndex]!.symbol === symbol && map[index]!.patternIndex < entry.patternIndex) index++;
    map.splice(index, 0, entry);
  }

  /**
   * A `+`/`*` loop-back inside an alternation returns to a clean copy of the branch's first
   * step, without the link to the next branch (ts_query_new, "Fix up quantifier loop-backs").
   */
  private fixQuantifierLoopBacks(patternStart: number, patternEnd: number): void {
    for (let i = patternStart; i < patternEnd; i++) {
      const s = this.steps[i]!;
      if (!s.isPassThrough || !s.isInsideAlternation || s.alternativeIndex === NONE || s.alternativeIndex >= i) continue;
      const targetIndex = s.alternativeIndex;
      const target = this.steps[targetIndex]!;
      const targetAlt = target.alternativeIndex;
      if (targetAlt === NONE || targetAlt <= targetIndex || targetAlt >= patternEnd) continue;
      const copyIndex = this.steps.length;
      this.steps.push({ ...target, captureIds: [...target.captureIds], alternativeIndex: NONE });
      const redirect = newStep(WILDCARD, target.depth, false);
      redirect.isDeadEnd = true;
      redirect.alternativeIndex = targetIndex + 1;
      this.steps.push(redirect);
      s.alternativeIndex = copyIndex;
    }
  }

  /** contains_captures as ts_query__analyze_patterns computes it; fallibility without the parse table. */
  private analyze(): void {
    const steps = this.steps;
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i]!;
      if (step.depth === DONE_DEPTH) continue;
      step.containsCaptures = step.captureIds.length > 0;
      for (let j = i + 1; j < steps.length; j++) {
        const next = steps[j]!;
        if (next.depth === DONE_DEPTH || next.depth <= step.depth) break;
        if (next.captureIds.length > 0) step.containsCaptures = true;
      }
    }
    // ts_query__step_is_fallible: a step is fallible when its next step is a child or an
    // anchored sibling, unless the analysis finds that next step guaranteed (unknown here);
    // a wildcard step is fallible all the same.
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i]!;
      if (step.depth === DONE_DEPTH) continue;
      let j = i + 1;
      while (j < steps.length && steps[j]!.isPassThrough) j++;
      const next = steps[j];
      const fallible = next !== undefined && next.depth !== DONE_DEPTH && (next.depth > step.depth || (next.depth === step.depth && next.isImmediate));
      step.split = step.containsCaptures || (fallible && step.symbol === WILDCARD) ? 'yes' : fallible ? 'unknown' : 'no';
    }
  }
}

/** ts_query__pattern_map_search: the first entry (after the wildcard roots) whose symbol is ≥ symbol. */
export function patternMapLowerBound(steps: readonly Step[], map: readonly PatternEntry[], wildcardRootCount: number, symbol: number): number {
  let lo = wildcardRootCount;
  let hi = map.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (steps[map[mid]!.stepIndex]!.symbol < symbol) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function parseQuery(source: string, grammar: QueryGrammar): ParsedQuery {
  const parser = new Parser(source, grammar);
  parser.parseAll();
  return {
    steps: parser.steps,
    patterns: parser.patterns,
    captureNames: parser.captureNames,
    patternMap: parser.patternMap,
    wildcardRootCount: parser.wildcardRootCount,
  };
}
