/**
 * Reads an OpenSSL cipher list (Node.js `ciphers:`, `tls.DEFAULT_CIPHERS`, SwiftNIO
 * `cipherSuites`) the way OpenSSL applies it, enough to tell which weak families it leaves
 * enabled. Elements are separated by `:`, `,` or spaces and applied in order:
 * - `X` adds the suites X names (`RC4-SHA`, the alias `RC4`, the intersection `RSA+3DES`);
 * - `!X` removes them for good: nothing added later comes back;
 * - `-X` removes them for now (a later element may add them again);
 * - `+X` only reorders; `@STRENGTH` sorts; `@SECLEVEL=n` sets the security level.
 *
 * Each enabled element carries tags: its own parts (`ECDHE`, `RSA`, `RC4`, `SHA`) and the
 * aliases OpenSSL files it under (`ADH-AES256-SHA` is `aNULL`, `DES-CBC3-SHA` is `3DES`,
 * `EXP-RC4-MD5` is `EXPORT`), so that `!aNULL` removes `ADH-AES256-SHA` as OpenSSL does.
 * The weak tags rules ask about: `RC4`, `DES` (single DES), `3DES`, `eNULL` (no
 * encryption), `aNULL` (no authentication), `EXPORT`, `LOW`, `MD5`, `@SECLEVEL=0`.
 */
export interface CipherListElement {
  /** The element as written (`RC4-SHA`, `@SECLEVEL=0`). */
  text: string;
  /** Where it sits in the list. */
  start: number;
  end: number;
  tags: ReadonlySet<string>;
}

const ELEMENT = /[^:,\s]+/g;
/** Parts that name an export-grade suite (`EXP-RC4-MD5`, `EXP1024-DES-CBC-SHA`, the alias `EXPORT56`). */
const EXPORT_PART = /^(EXP|EXPORT)(\d+)?$/;

/** The elements a cipher list leaves enabled, in order. */
export function enabledCipherElements(list: string): CipherListElement[] {
  let enabled: CipherListElement[] = [];
  const banned: string[][] = [];
  for (const m of list.matchAll(ELEMENT)) {
    // `DEFAULT@SECLEVEL=0`: a command may follow the element it ends.
    const [head, ...commands] = m[0].split('@');
    const start = m.index!;
    const apply = (text: string, at: number): void => {
      const end = at + text.length;
      if (text.startsWith('@')) {
        if (/^@SECLEVEL=\d+$/.test(text)) enabled.push({ text, start: at, end, tags: new Set([text]) });
        return;
      }
      const op = text[0];
      if (op === '!' || op === '-') {
        const removed = selector(text.slice(1));
        if (op === '!') banned.push(removed);
        enabled = enabled.filter((e) => !selects(removed, e.tags));
        return;
      }
      if (op === '+' || text.length === 0) return;
      const tags = tagsOf(text);
      if (banned.some((b) => selects(b, tags))) return;
      enabled.push({ text, start: at, end, tags });
    };
    if (head) apply(head, start);
    let at = start + head!.length;
    for (const c of commands) {
      apply(`@${c}`, at);
      at += c.length + 1;
    }
  }
  return enabled;
}

/** `!RSA+RC4` removes what is both RSA and RC4; `!RC4-SHA` removes that one suite. */
function selector(text: string): string[] {
  return text.split('+').map(normalizedAlias).filter(Boolean);
}

function selects(selector: readonly string[], tags: ReadonlySet<string>): boolean {
  return selector.length > 0 && selector.every((s) => tags.has(s));
}

/** OpenSSL's synonyms: `NULL` is `eNULL`, `EXP` is `EXPORT`. */
function normalizedAlias(part: string): string {
  if (part === 'NULL') return 'eNULL';
  if (EXPORT_PART.test(part)) return 'EXPORT';
  return part;
}

/** The tags of an enabled element: the element, its parts, and the weak families they belong to. */
function tagsOf(text: string): Set<string> {
  const tags = new Set<string>([text]);
  // `RSA+3DES` is an intersection of aliases; `ECDHE-RSA-DES-CBC3-SHA` is one suite's name.
  const parts = text.split(/[+-]/).filter(Boolean);
  for (const [i, part] of parts.entries()) {
    tags.add(part);
    tags.add(normalizedAlias(part));
    if (part === 'ADH' || part === 'AECDH') tags.add('aNULL');
    if (part === '3DES' || part === 'CBC3' || part === 'EDE3') tags.add('3DES');
    // `DES-CBC-SHA` (single DES, also under LOW); `DES-CBC3-SHA` is 3DES
    if (part === 'DES' && !/^(CBC3|EDE3)$/.test(parts[i + 1] ?? '')) tags.add('DES').add('LOW');
  }
  if (tags.has('3DES')) tags.delete('DES');
  // Export suites are their own family, not LOW.
  if (tags.has('EXPORT')) tags.delete('LOW');
  return tags;
}
