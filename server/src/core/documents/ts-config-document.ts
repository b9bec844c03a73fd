import type { Node } from 'web-tree-sitter';
import { newNode, rootNode, spanOf, type NodeDraft, type Span } from './config-node';

/**
 * The object a JavaScript / TypeScript config file exports (`capacitor.config.ts`,
 * `app.config.js`), as config nodes. Read without running anything: the exported object
 * literal, also behind `defineConfig({…})`, a typed `const config: CapacitorConfig = {…}`, or
 * the object an Expo config function returns. Values that are not literals (variables,
 * calls, spreads) are left out: they are unknown, never guessed.
 */
export function tsConfigNodes(program: Node, textLength: number): NodeDraft {
  const root = rootNode(textLength);
  const exported = exportedObject(program);
  if (exported) addMembers(exported, root);
  return root;
}

function exportedObject(program: Node): Node | undefined {
  for (const statement of program.namedChildren) {
    if (!statement) continue;
    if (statement.type === 'export_statement' && statement.text.startsWith('export default')) {
      const value = statement.childForFieldName('value') ?? statement.childForFieldName('declaration');
      return value ? objectOf(value, program, 0) : undefined;
    }
    if (statement.type === 'expression_statement') {
      const assignment = statement.namedChild(0);
      if (assignment?.type === 'assignment_expression' && assignment.childForFieldName('left')?.text === 'module.exports') {
        const right = assignment.childForFieldName('right');
        return right ? objectOf(right, program, 0) : undefined;
      }
    }
  }
  return undefined;
}

/** The object literal an expression stands for, through the few shapes config files use. */
function objectOf(node: Node, program: Node, depth: number): Node | undefined {
  if (depth > 8) return undefined;
  switch (node.type) {
    case 'object':
      return node;
    case 'parenthesized_expression':
    case 'as_expression':
    case 'satisfies_expression':
    case 'type_assertion':
      return node.namedChild(0) ? objectOf(node.namedChild(0)!, program, depth + 1) : undefined;
    case 'call_expression': { // defineConfig({ … })
      const first = node.childForFieldName('arguments')?.namedChild(0);
      return first ? objectOf(first, program, depth + 1) : undefined;
    }
    case 'arrow_function':
    case 'function_expression':
    case 'function_declaration': { // Expo: export default ({ config }) => ({ …config, ios: { … } })
      const body = node.childForFieldName('body');
      if (!body) return undefined;
      if (body.type !== 'statement_block') return objectOf(body, program, depth + 1);
      const returned = body.namedChildren.filter((s) => s?.type === 'return_statement').pop()?.namedChild(0);
      return returned ? objectOf(returned, program, depth + 1) : undefined;
    }
    case 'identifier': { // const config: CapacitorConfig = { … }; export default config;
      const declared = declarationOf(node.text, program);
      return declared ? objectOf(declared, program, depth + 1) : undefined;
    }
    default:
      return undefined;
  }
}

function declarationOf(name: string, program: Node): Node | undefined {
  for (const statement of program.namedChildren) {
    const declaration = statement?.type === 'export_statement' ? statement.childForFieldName('declaration') : statement;
    if (!declaration) continue;
    if (declaration.type === 'function_declaration' && declaration.childForFieldName('name')?.text === name) return declaration;
    if (declaration.type !== 'lexical_declaration' && declaration.type !== 'variable_declaration') continue;
    for (const declarator of declaration.namedChildren) {
      if (declarator?.type === 'variable_declarator' && declarator.childForFieldName('name')?.text === name) {
        return declarator.childForFieldName('value') ?? undefined;
      }
    }
  }
  return undefined;
}

function addMembers(object: Node, parent: NodeDraft): void {
  for (const member of object.namedChildren) {
    if (member?.type !== 'pair') continue; // spreads, shorthands and methods: unknown values
    const key = member.childForFieldName('key');
    const value = member.childForFieldName('value');
    if (!key || !value) continue;
    const name = key.type === 'string' ? key.text.slice(1, -1) : key.type === 'property_identifier' ? key.text : undefined;
    if (name === undefined) continue; // a computed key
    addValue(name, spanOf(key), spanOf(member), value, parent);
  }
}

function addValue(name: string, span: Span, outer: Span, value: Node, parent: NodeDraft): void {
  const inner = value.type === 'parenthesized_expression' || value.type === 'as_expression' || value.type === 'satisfies_expression'
    ? value.namedChild(0) ?? value : value;
  switch (inner.type) {
    case 'object':
      addMembers(inner, newNode(name, span, outer, parent));
      return;
    case 'array': {
      const list = newNode(name, span, outer, parent);
      for (const item of inner.namedChildren) if (item) addValue('[]', spanOf(item), spanOf(item), item, list);
      return;
    }
    case 'string':
      newNode(name, span, outer, parent, { text: inner.text.slice(1, -1), span: spanOf(inner), syntax: 'json' });
      return;
    case 'template_string':
      if (inner.namedChildren.some((c) => c?.type === 'template_substitution')) break;
      newNode(name, span, outer, parent, { text: inner.text.slice(1, -1), span: spanOf(inner), syntax: 'json' });
      return;
    case 'true':
    case 'false':
    case 'number':
    case 'null':
      newNode(name, span, outer, parent, { text: inner.text, span: spanOf(inner), syntax: 'json' });
      return;
  }
  newNode(name, span, outer, parent); // a variable, a call, a condition: its value is unknown
}
