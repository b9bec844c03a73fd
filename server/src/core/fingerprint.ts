/**
 * Finding fingerprints that survive edits elsewhere in the file: they hash the rule, the
 * whitespace-normalised code of the finding and how many identical findings precede it,
 * never the line number. Pure JS (FNV-1a, 2×32 bit) so core stays free of Node-only APIs.
 */
export function fingerprintOf(ruleId: string, code: string, occurrence: number): string {
  const key = `${ruleId}\u0000${code.replace(/\s+/g, ' ').trim()}\u0000${occurrence}`;
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ key.length;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
