import type { Node } from 'web-tree-sitter';
import { isDebugOnly } from './debug-only';
import type { FileContext } from './file-context';
import { calleeName, SYNTAX } from './syntax';

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
  previews: (n, file) => insideAnnotatedFunction(n, file, /Preview/) || insideSwiftPreview(n),
  assertions: (n, file) => {
    const { calls } = SYNTAX[file.grammar];
    const assertion = file.lists.has('assertion-callees') ? file.lists.matcher('assertion-callees') : undefined;
    for (let p = n.parent; p && assertion; p = p.parent) {
      if (p.type in calls && assertion.test(calleeName(file.grammar, p) ?? '')) return true;
    }
    return false;
  },
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

/** Inside a `#Preview { … }` macro or a type conforming to `PreviewProvider` (SwiftUI). */
export function insideSwiftPreview(start: Node): boolean {
  for (let n = start.parent; n; n = n.parent) {
    if (n.type === 'macro_invocation' && n.namedChildren.find((c) => c?.type === 'simple_identifier')?.text === 'Preview') return true;
    if (n.type === 'class_declaration' && n.namedChildren.some((c) => c?.type === 'inheritance_specifier' && /^(SwiftUI\.)?PreviewProvider$/.test(c.text))) return true;
  }
  return false;
}
