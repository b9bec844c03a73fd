import type { Node } from 'web-tree-sitter';
import { debugOnlyIndex } from './debug-only';
import type { FileContext } from './file-context';
import { RegionIndex, spanOf, type RegionKind } from './regions';
import { calleeName, SYNTAX } from './syntax';
import type { GrammarId } from './types';

/**
 * Code where a rule stays silent because what it would report never runs in a shipped
 * build, set per rule in rule.yaml as `ignoreIn: [debug-only, previews, assertions]`:
 * - `debug-only`: the then-branch of `if (BuildConfig.DEBUG)`, `__DEV__`, `#if DEBUG` (debug-only.ts);
 * - `previews`: Jetpack Compose `@Preview` / multipreview functions and SwiftUI `#Preview` /
 *   `PreviewProvider` types, which only feed the IDE's design canvas;
 * - `assertions`: inside a test assertion (`assertThat(parse("http://…"))`), a fixture.
 */
export type IgnoreContext = 'debug-only' | 'previews' | 'assertions';
export const IGNORE_CONTEXTS: readonly IgnoreContext[] = ['debug-only', 'previews', 'assertions'];

export function inIgnoredContext(n: Node, contexts: readonly IgnoreContext[] | undefined, file: FileContext): boolean {
  if (!contexts?.length) return false;
  return contexts.some((c) => file.regions(c, () => REGIONS[c](file)).contains(n));
}

/** Each context's regions in a whole file, built once per file (regions.ts). */
const REGIONS: Record<IgnoreContext, (file: FileContext) => RegionIndex> = {
  'debug-only': (file) => debugOnlyIndex(file.root, file.text),
  previews: (file) => (mayHavePreviews(file)
    ? RegionIndex.build(file.root, ownersOf(previewOwnerTypes(file.grammar), (n) => isPreviewOwner(n, file)))
    : new RegionIndex([])),
  assertions: (file) => {
    if (!file.lists.has('assertion-callees') || !file.lists.mayOccurIn('assertion-callees', file.text)) return new RegionIndex([]);
    const assertion = file.lists.matcher('assertion-callees');
    const { calls } = SYNTAX[file.grammar];
    return RegionIndex.build(file.root, ownersOf(new Set(Object.keys(calls)), (n) => assertion.test(calleeName(file.grammar, n) ?? '')));
  },
};

/** A region kind whose regions are whole nodes of the given types that pass the test. */
function ownersOf(types: ReadonlySet<string>, test: (n: Node) => boolean): RegionKind {
  return { types, regionsOf: (n) => (test(n) ? [spanOf(n)] : []) };
}

function previewOwnerTypes(grammar: GrammarId): Set<string> {
  return new Set([...SYNTAX[grammar].functions, 'annotated_expression', 'macro_invocation', 'class_declaration', ...TYPE_DECLARATIONS, ...NAMED_DECLARATIONS]);
}

/**
 * Whether the text can hold a preview at all: every preview annotation, macro and type, and
 * every mock-data name, contains "preview" or a word of `mock-data-names` (any case).
 */
function mayHavePreviews(file: FileContext): boolean {
  return /preview/i.test(file.text) || file.lists.has('mock-data-names') && file.lists.mayOccurIn('mock-data-names', file.text);
}

/** A Compose preview function, a SwiftUI preview, or stand-in data for previews and tests. */
function isPreviewOwner(n: Node, file: FileContext): boolean {
  return isAnnotatedFunction(n, file, /Preview/) || isSwiftPreview(n) || isMockData(n, file);
}

/** Some enclosing function (at any depth) carries an annotation whose simple name matches. */
export function insideAnnotatedFunction(start: Node, file: FileContext, pattern: RegExp | { test(s: string): boolean }): boolean {
  for (let n = start.parent; n; n = n.parent) {
    if (isAnnotatedFunction(n, file, pattern)) return true;
  }
  return false;
}

function isAnnotatedFunction(n: Node, file: FileContext, pattern: RegExp | { test(s: string): boolean }): boolean {
  // tree-sitter-kotlin sometimes reads `@Preview @Composable private fun F() {…}` as
  // annotated expressions around `private fun F() {…}`: their annotations count too.
  const holder = SYNTAX[file.grammar].functions.has(n.type) ? n.namedChildren.find((c) => c?.type === 'modifiers')
    : n.type === 'annotated_expression' ? n : undefined;
  for (const annotation of holder?.namedChildren ?? []) {
    const name = /^@(?:[\w.]+\.)?(\w+)/.exec(annotation?.text ?? '')?.[1];
    if (annotation?.type === 'annotation' && name && pattern.test(name)) return true;
  }
  return false;
}

const TYPE_DECLARATIONS = ['class_declaration', 'object_declaration', 'protocol_declaration', 'interface_declaration', 'enum_declaration', 'class'];
const NAMED_DECLARATIONS = ['function_declaration', 'method_declaration', 'method_definition', 'property_declaration', 'variable_declarator', 'field_declaration', 'public_field_definition'];
const TYPE_DECLARATION = new Set(TYPE_DECLARATIONS);
const NAMED_DECLARATION = new Set(NAMED_DECLARATIONS);

/**
 * Stand-in data for previews and tests: inside a declaration named as such (`static var
 * radarrDummy`, `func mockServer()`, `enum PreviewConstants`), from the word lists
 * `mock-data-names` and, for types only, `preview-type-names`.
 */
function isMockData(n: Node, file: FileContext): boolean {
  const isType = TYPE_DECLARATION.has(n.type);
  if (!isType && !NAMED_DECLARATION.has(n.type)) return false;
  if (!file.lists.has('mock-data-names')) return false;
  const name = n.childForFieldName('name')?.text ?? '';
  if (file.lists.matcher('mock-data-names').test(name)) return true;
  return isType && file.lists.has('preview-type-names') && file.lists.matcher('preview-type-names').test(name);
}

/** Inside a `#Preview { … }` macro or a type conforming to `PreviewProvider` (SwiftUI). */
export function insideSwiftPreview(start: Node): boolean {
  for (let n = start.parent; n; n = n.parent) {
    if (isSwiftPreview(n)) return true;
  }
  return false;
}

function isSwiftPreview(n: Node): boolean {
  if (n.type === 'macro_invocation') return n.namedChildren.find((c) => c?.type === 'simple_identifier')?.text === 'Preview';
  return n.type === 'class_declaration' && n.namedChildren.some((c) => c?.type === 'inheritance_specifier' && /^(SwiftUI\.)?PreviewProvider$/.test(c.text));
}
