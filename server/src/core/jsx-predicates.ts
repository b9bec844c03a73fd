import type { Node } from 'web-tree-sitter';
import type { FileContext } from './file-context';
import { node, regexArg, type PredicateArg, type PredicateFn } from './predicate-helpers';
import type { GrammarId } from './types';

/**
 * `(#sc-jsx-attribute? @node "element" "attribute")`: the node is (part of) the value of a JSX
 * attribute whose name matches `attribute`, on an element whose name matches `element`:
 * `<WebView source={{ uri: authUrl }} />` for `"^WebView$" "^source$"`. JSX nodes exist only in
 * the TSX grammar, while a TypeScript query must compile against both, so a query names the
 * plain expression inside (`(pair …)`) and asks this predicate where it sits.
 */
function jsxAttribute(_grammar: GrammarId, args: PredicateArg[], file: FileContext): boolean {
  const start = node(args[0], 'sc-jsx-attribute?');
  const element = regexArg(args[1], 'sc-jsx-attribute?', file);
  const attribute = regexArg(args[2], 'sc-jsx-attribute?', file);
  for (let n: Node | null = start.parent; n; n = n.parent) {
    if (n.type === 'jsx_attribute') {
      const name = n.namedChildren[0];
      const owner = n.parent;
      const ownerName = owner?.childForFieldName('name');
      return !!name && attribute.test(name.text) && !!ownerName && element.test(ownerName.text);
    }
    // Stop at what cannot be inside an attribute value.
    if (/^(statement_block|program|class_body|jsx_element|jsx_self_closing_element)$/.test(n.type)) return false;
  }
  return false;
}

export const JSX_PREDICATES: Record<string, PredicateFn> = {
  'sc-jsx-attribute?': jsxAttribute,
};
