import type { Node } from 'web-tree-sitter';
import { newNode, rootNode, spanOf, type NodeDraft, type Span } from './config-node';

/**
 * An XML tree (tree-sitter-xml) as config nodes: each element a node named by its tag, each
 * attribute a child named `@` + its name, with the attribute's text as value. An element
 * whose content is only text gets that text (trimmed) as value: `<string>TLSv1.0</string>`.
 */
export interface XmlNodes {
  root: NodeDraft;
  comments: Span[];
}

export function xmlNodes(document: Node, textLength: number): XmlNodes {
  const root = rootNode(textLength);
  const comments: Span[] = [];
  const visit = (node: Node, parent: NodeDraft): void => {
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === 'Comment') comments.push(spanOf(child));
      else if (child.type === 'element') addElement(child, parent);
      else if (child.type === 'prolog' || child.type === 'content') visit(child, parent);
      else if (child.type === 'ERROR') visitRecovered(child, parent);
    }
  };
  // A half-typed file: tree-sitter's recovery leaves start and end tags side by side in an
  // ERROR node. Nesting them again by their names keeps what was typed so far checkable.
  const visitRecovered = (error: Node, parent: NodeDraft): void => {
    const open: NodeDraft[] = [parent];
    for (const child of error.namedChildren) {
      if (!child) continue;
      const current = open[open.length - 1]!;
      if (child.type === 'STag' || child.type === 'EmptyElemTag') {
        const element = addTag(child, { startIndex: child.startIndex, endIndex: error.endIndex }, current);
        if (element && child.type === 'STag') open.push(element);
      } else if (child.type === 'ETag') {
        const name = child.namedChildren.find((c) => c?.type === 'Name')?.text;
        let at = open.length - 1;
        while (at > 0 && open[at]!.name !== name) at--;
        if (at > 0) open.length = at; // close it and anything left open inside it
      } else if (child.type === 'Comment') {
        comments.push(spanOf(child));
      } else {
        visit(child, current);
      }
    }
  };
  const addElement = (element: Node, parent: NodeDraft): void => {
    const tag = element.namedChildren.find((c) => c?.type === 'STag' || c?.type === 'EmptyElemTag');
    if (!tag) return; // a half-typed element: nothing to read yet
    const content = element.namedChildren.find((c) => c?.type === 'content') ?? undefined;
    const node = addTag(tag, spanOf(element), parent, content);
    if (node && content) visit(content, node);
  };
  const addTag = (tag: Node, outer: Span, parent: NodeDraft, content?: Node): NodeDraft | undefined => {
    const name = tag.namedChildren.find((c) => c?.type === 'Name');
    if (!name) return undefined;
    const node = newNode(name.text, spanOf(name), outer, parent, content && textValue(content));
    for (const attribute of tag.namedChildren) {
      if (attribute?.type !== 'Attribute') continue;
      const attrName = attribute.namedChildren.find((c) => c?.type === 'Name');
      const quoted = attribute.namedChildren.find((c) => c?.type === 'AttValue');
      if (!attrName || !quoted) continue;
      const inner = { startIndex: quoted.startIndex + 1, endIndex: Math.max(quoted.startIndex + 1, quoted.endIndex - 1) };
      const text = quoted.text.slice(1, -1);
      newNode(`@${attrName.text}`, spanOf(attribute), spanOf(attribute), node, { text, span: inner, syntax: 'xml-attribute' });
    }
    return node;
  };
  if (document.type === 'ERROR') visitRecovered(document, root); // nothing parsed cleanly at all
  else visit(document, root);
  return { root, comments };
}

/** The text of an element whose content is only character data (no child elements). */
function textValue(content: Node): { text: string; span: Span; syntax: 'xml-text' } | undefined {
  const parts = content.namedChildren;
  if (parts.some((c) => c && c.type !== 'CharData' && c.type !== 'Comment')) return undefined;
  const data = parts.filter((c): c is Node => c?.type === 'CharData');
  if (data.length !== 1) return undefined;
  const raw = data[0]!.text;
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  const startIndex = data[0]!.startIndex + lead;
  return { text, span: { startIndex, endIndex: startIndex + text.length }, syntax: 'xml-text' };
}
