import type { Node } from 'web-tree-sitter';
import { branchesAround, negated } from './branches';

/**
 * Where an `http://` literal sits, beyond its own text (used by `#sc-cleartext-url?` and
 * `#sc-scheme-prefix?`): a scheme that only a loopback host gets
 * (`if (/^localhost/.test(h)) h = `http://${h}``, `isLocal ? "http://" : "https://"`) sends
 * nothing off the device. Read from the conditions of the `if`s and ternaries around the
 * literal, in any language. (The default scheme for an address typed without one is
 * `isDefaultScheme` in cleartext.ts.)
 */
const LOOPBACK = /localhost|127\.0\.0\.1|\[?::1\]?|loopback|\bisLocal(host)?\b|10\.0\.2\.2/i;

/** Only reached when a condition says the host is a loopback one (`localhost`, `127.0.0.1`, `::1`). */
export function inLoopbackBranch(n: Node): boolean {
  for (const b of branchesAround(n)) {
    for (const c of b.conditions) {
      const text = c.text;
      // `isLocal(h) || h.includes('127.0.0.1')`: every alternative must name a loopback host.
      if (!text.split('||').every((part) => LOOPBACK.test(part))) continue;
      if (b.then !== negated(text)) return true;
    }
  }
  return false;
}
