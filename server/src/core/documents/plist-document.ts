import { newNode, rootNode, type ConfigNode, type NodeDraft } from './config-node';

/**
 * An XML property list as config nodes: `<key>K</key><value/>` pairs of each `<dict>` become
 * nodes named K, nested dicts their children, array items nodes named `[]`. So
 * `NSAppTransportSecurity/NSExceptionDomains/example.com/NSExceptionAllowsInsecureHTTPLoads`
 * is a path like any other. Input: the XML nodes of the file (xml-document.ts).
 */
export function plistNodes(xmlRoot: ConfigNode, textLength: number): NodeDraft {
  const root = rootNode(textLength);
  const plist = xmlRoot.children.find((c) => c.name === 'plist');
  const top = plist?.children.find((c) => c.name === 'dict' || c.name === 'array');
  if (top) addContainer(top, root);
  return root;
}

function addContainer(container: ConfigNode, parent: NodeDraft): void {
  const elements = container.children.filter((c) => !c.name.startsWith('@'));
  if (container.name === 'array') {
    for (const item of elements) addValue('[]', item, item, parent);
    return;
  }
  for (let i = 0; i < elements.length; i++) {
    const key = elements[i]!;
    if (key.name !== 'key') continue;
    const value = elements[i + 1];
    if (!value || value.name === 'key') continue; // a key still being typed
    addValue(key.value ?? '', key, value, parent);
    i++;
  }
}

function addValue(name: string, key: ConfigNode, value: ConfigNode, parent: NodeDraft): void {
  const span = key.valueSpan ?? key.span;
  const outerSpan = { startIndex: key.outerSpan.startIndex, endIndex: value.outerSpan.endIndex };
  if (value.name === 'dict' || value.name === 'array') {
    addContainer(value, newNode(name, span, outerSpan, parent));
  } else if (value.name === 'true' || value.name === 'false') {
    newNode(name, span, outerSpan, parent, { text: value.name, span: value.outerSpan, syntax: 'plist-boolean' });
  } else if (value.valueSpan !== undefined && value.value !== undefined) {
    newNode(name, span, outerSpan, parent, { text: value.value, span: value.valueSpan, syntax: 'plist-string' });
  } else {
    newNode(name, span, outerSpan, parent); // an empty <string/> or an element we do not read
  }
}
