import type { Node } from 'web-tree-sitter';
import { rootNode, type ConfigDocument, type ConfigKind, type ConfigNode, type NodeDraft, type Span } from './config-node';
import { jsonNodes } from './json-document';
import { note, type Note } from '../notes';
import { plistNodes } from './plist-document';
import { tsConfigNodes } from './ts-config-document';
import { xmlNodes } from './xml-document';

/** The root element that makes an XML file the kind its name suggests. */
const XML_ROOTS: Partial<Record<ConfigKind, string>> = {
  'android-manifest': 'manifest',
  'network-security-config': 'network-security-config',
  'cordova-config': 'widget',
  'info-plist': 'plist',
};

/** Text that a file of the kind must contain; files without it are not even parsed. */
export const CONFIG_SIGNATURES: Record<ConfigKind, string> = {
  'android-manifest': '<manifest',
  'network-security-config': '<network-security-config',
  'cordova-config': '<widget',
  'info-plist': '<plist',
  'expo-config': '{',
  'capacitor-config': '{',
};

/**
 * The config documents a file holds. Usually one; an Expo config also holds an Info.plist
 * (`ios.infoPlist`), so the Info.plist checks apply to it unchanged. Empty when the content
 * is not of the kind the name suggested (a `res/xml/` file that is a preference screen).
 */
export function configDocuments(kind: ConfigKind, text: string, tree: Node | undefined): ConfigDocument[] {
  const comments: Span[] = [];
  let root: NodeDraft;
  let partial: Note | undefined;
  if (kind in XML_ROOTS) {
    if (!tree) return [];
    const xml = xmlNodes(tree, text.length);
    comments.push(...xml.comments);
    if (!xml.root.children.some((c) => c.name === XML_ROOTS[kind])) return [];
    root = kind === 'info-plist' ? plistNodes(xml.root, text.length) : xml.root;
    if (tree.hasError) partial = note('partial.xml-syntax');
  } else if (tree) {
    root = tsConfigNodes(tree, text.length); // app.config.ts, capacitor.config.ts
    if (tree.hasError) partial = note('partial.config-syntax');
  } else {
    const json = jsonNodes(text);
    comments.push(...json.comments);
    root = json.root;
    partial = json.partial;
  }
  const documents: ConfigDocument[] = [{ kind, root, comments, ...(partial ? { partial } : {}) }];
  if (kind === 'expo-config') {
    for (const infoPlist of expoInfoPlists(root)) documents.push({ kind: 'info-plist', root: infoPlist, comments });
  }
  return documents;
}

/** `ios.infoPlist` of an Expo config (top level or under `expo`), as a document root. */
function expoInfoPlists(root: ConfigNode): ConfigNode[] {
  const tops = [root, ...root.children.filter((c) => c.name === 'expo')];
  return tops.flatMap((top) => top.children.filter((c) => c.name === 'ios'))
    .flatMap((ios) => ios.children.filter((c) => c.name === 'infoPlist'))
    .map((plist) => ({ ...rootNode(0), span: plist.span, outerSpan: plist.outerSpan, children: plist.children }));
}
