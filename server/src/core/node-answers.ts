import { Node } from 'web-tree-sitter';

/**
 * web-tree-sitter answers `node.type` with a call into WebAssembly on every read, and the
 * engine asks the same node object many times: each language check of the bindings walk,
 * every predicate, every flow step. A node's type never changes (an edited tree is re-parsed
 * into new nodes), so the first answer is kept on the node object. (Keeping `parent` too
 * measured no faster.) Imported once, for its effect, by the analyzer.
 */
const computeType = Object.getOwnPropertyDescriptor(Node.prototype, 'type')?.get;

if (computeType) {
  Object.defineProperty(Node.prototype, 'type', {
    configurable: true,
    get(this: Node & { cachedType?: string }): string {
      return this.cachedType ??= computeType.call(this) as string;
    },
  });
}
