import type { Note } from '../notes';

/**
 * Config files (Android manifests, network security configs, Info.plist, Expo / Capacitor /
 * Cordova app configs) seen as one kind of tree: named nodes with an optional scalar value.
 * The same key-path rules then read an XML attribute, a plist key and a JSON property alike.
 */

/** A span of the analysed text, in UTF-16 offsets. */
export interface Span {
  startIndex: number;
  endIndex: number;
}

/** How a value is spelled in its file, so that a fix can write a new one the same way. */
export type ValueSyntax =
  | 'xml-attribute' // the text between the quotes of an attribute
  | 'xml-text' // an element's character data
  | 'plist-boolean' // <true/> or <false/>
  | 'plist-string' // the text of <string>…</string>
  | 'json'; // a JSON / JavaScript literal, quotes included

export interface ConfigNode {
  /**
   * XML: the element name, or `@` + the attribute name (`@android:usesCleartextTraffic`).
   * Property lists and JSON: the key; array items are named `[]`.
   */
  readonly name: string;
  /** Booleans are `true` / `false` whatever the spelling (`<true/>`, `YES`); other scalars as written. */
  readonly value?: string;
  readonly children: ConfigNode[];
  readonly parent?: ConfigNode;
  /** Where a finding on this node is shown: the key, the attribute or the element's name. */
  readonly span: Span;
  /** The value's own text, for fixes; absent for containers. */
  readonly valueSpan?: Span;
  readonly valueSyntax?: ValueSyntax;
  /** The whole construct (element with its tags, key with its value), for fixes that move it. */
  readonly outerSpan: Span;
}

/** The kinds of config file the rules know. */
export type ConfigKind =
  | 'android-manifest'
  | 'network-security-config'
  | 'info-plist'
  | 'expo-config'
  | 'capacitor-config'
  | 'cordova-config';

export const CONFIG_KINDS: readonly ConfigKind[] = [
  'android-manifest', 'network-security-config', 'info-plist', 'expo-config', 'capacitor-config', 'cordova-config',
];

export interface ConfigDocument {
  readonly kind: ConfigKind;
  /** A synthetic root: its children are the document's top-level nodes. */
  readonly root: ConfigNode;
  /** Comments (for `securecomm-ignore`); their spans include the delimiters. */
  readonly comments: readonly Span[];
  /** Set when the file could only partly be read (a syntax error); what was read is still checked. */
  readonly partial?: Note;
}

/** A syntax node's span (anything with tree-sitter's start and end indexes). */
export function spanOf(node: { startIndex: number; endIndex: number }): Span {
  return { startIndex: node.startIndex, endIndex: node.endIndex };
}

/** A mutable node under construction; builders freeze nothing, readers see ConfigNode. */
export interface NodeDraft extends ConfigNode {
  children: ConfigNode[];
}

export function newNode(
  name: string, span: Span, outerSpan: Span, parent: ConfigNode | undefined,
  value?: { text: string; span: Span; syntax: ValueSyntax },
): NodeDraft {
  const node: NodeDraft = { name, children: [], parent, span, outerSpan };
  if (value) Object.assign(node, { value: value.text, valueSpan: value.span, valueSyntax: value.syntax });
  if (parent) (parent as NodeDraft).children.push(node);
  return node;
}

export function rootNode(textLength: number): NodeDraft {
  const whole = { startIndex: 0, endIndex: textLength };
  return { name: '', children: [], span: whole, outerSpan: whole };
}

/** `true`, `YES`, `1` and friends, as config loaders read them; undefined when not a boolean. */
export function booleanOf(text: string): 'true' | 'false' | undefined {
  const t = text.trim().toLowerCase();
  if (t === 'true' || t === 'yes') return 'true';
  if (t === 'false' || t === 'no') return 'false';
  return undefined;
}

/** The node's children of one name. */
export function childrenNamed(node: ConfigNode, name: string): ConfigNode[] {
  return node.children.filter((c) => c.name === name);
}

/** The path from the root, for messages and tests: `manifest/application/@android:usesCleartextTraffic`. */
export function pathOf(node: ConfigNode): string {
  const names: string[] = [];
  for (let n: ConfigNode | undefined = node; n?.parent; n = n.parent) names.unshift(n.name);
  return names.join('/');
}

/** The `### …` heading of a rule document's fix for each kind of config file (hover, tests). */
export const CONFIG_KIND_HEADINGS: Record<ConfigKind, string> = {
  'android-manifest': 'AndroidManifest.xml',
  'network-security-config': 'Network security config',
  'info-plist': 'Info.plist',
  'expo-config': 'Expo',
  'capacitor-config': 'Capacitor',
  'cordova-config': 'Cordova',
};
