import type { Node } from 'web-tree-sitter';
import { isDebugOnly } from './debug-only';
import type { FileContext } from './file-context';
import { insideCallTo, SYNTAX } from './syntax';

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
  return contexts.some((c) => IN[c](n, file));
}

const IN: Record<IgnoreContext, (n: Node, file: FileContext) => boolean> = {
  'debug-only': (n, file) => isDebugOnly(n, file.text),
  previews: (n, file) => insideAnnotatedFunction(n, file, /Preview/) || insideSwiftPreview(n) || insideMockData(n, file),
  assertions: (n, file) => file.lists.has('assertion-callees') && insideCallTo(file.grammar, n, file.lists.matcher('assertion-callees')),
};

/** Some enclosing function (at any depth) carries an annotation whose simple name matches. */
export function insideAnnotatedFunction(start: Node, file: FileContext, pattern: RegExp | { test(s: string): boolean }): boolean {
  const { functions } = SYNTAX[file.grammar];
  for (let n = start.parent; n; n = n.parent) {
    // tree-sitter-kotlin sometimes reads `@Preview @Composable private fun F() {…}` as
    // annotated expressions around `private fun F() {…}`: their annotations count too.
    const holder = functions.has(n.type) ? n.namedChildren.find((c) => c?.type === 'modifiers')
      : n.type === 'annotated_expression' ? n : undefined;
    for (const annotation of holder?.namedChildren ?? []) {
      const name = /^@(?:[\w.]+\.)?(\w+)/.exec(annotation?.text ?? '')?.[1];
      if (annotation?.type === 'annotation' && name && pattern.test(name)) return true;
    }
  }
  return false;
}

const TYPE_DECLARATION = /^(class_declaration|object_declaration|protocol_declaration|interface_declaration|enum_declaration|class)$/;
const NAMED_DECLARATION = /^(function_declaration|method_declaration|method_definition|property_declaration|variable_declarator|field_declaration|public_field_definition)$/;

/**
 * Stand-in data for previews and tests: inside a declaration named as such (`static var
 * radarrDummy`, `func mockServer()`, `enum PreviewConstants`), from the word lists
 * `mock-data-names` and, for types only, `preview-type-names`.
 */
function insideMockData(start: Node, file: FileContext): boolean {
  if (!file.lists.has('mock-data-names')) return false;
  const mock = file.lists.matcher('mock-data-names');
  const previewType = file.lists.has('preview-type-names') ? file.lists.matcher('preview-type-names') : undefined;
  for (let n = start.parent; n; n = n.parent) {
    const isType = TYPE_DECLARATION.test(n.type);
    if (!isType && !NAMED_DECLARATION.test(n.type)) continue;
    const name = n.childForFieldName('name')?.text ?? '';
    if (mock.test(name) || isType && previewType?.test(name)) return true;
  }
  return false;
}

/** Inside a `#Preview { … }` macro or a type conforming to `PreviewProvider` (SwiftUI). */
export function insideSwiftPreview(start: Node): boolean {
  for (let n = start.parent; n; n = n.parent) {
    if (n.type === 'macro_invocation' && n.namedChildren.find((c) => c?.type === 'simple_identifier')?.text === 'Preview') return true;
    if (n.type === 'class_declaration' && n.namedChildren.some((c) => c?.type === 'inheritance_specifier' && /^(SwiftUI\.)?PreviewProvider$/.test(c.text))) return true;
  }
  return false;
}
