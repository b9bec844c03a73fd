/**
 * Named word lists that rules share: harmless callees, members that read part of a URL,
 * URL-like and secret-like names, namespace hosts. They live as data in
 * `server/rules/_lists/*.yaml` so a query can say `(#sc-in-list? @_fn "logging-callees")` or
 * pass `"list:logging-callees"` where a predicate takes a regular expression, instead of
 * copying fifty names into every pattern. Pure: the caller reads the files.
 */
export type ListKind = 'names' | 'fragments' | 'words' | 'hosts';

export interface WordList {
  /** `names`: whole identifiers (`*` matches any run of characters, case-sensitive);
   * `fragments`: case-insensitive parts of a name (`url` in `baseUrl`);
   * `words`: whole words of a camelCase / snake_case name, case-insensitive (`pin` in
   *   `userPin` and `PIN_CODE`, not in `spinner`); an entry may join two words (`apikey`);
   * `hosts`: host names, `*.` / `.*` for any label before or after, `*` elsewhere for any run of host characters (`your*`). */
  kind: ListKind;
  description: string;
  entries: string[];
}

/** The shape of one `_lists/*.yaml` file: list name → list. */
export const WORD_LIST_FILE_SCHEMA = {
  type: 'object',
  propertyNames: { pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$' },
  additionalProperties: {
    type: 'object',
    required: ['kind', 'description', 'entries'],
    additionalProperties: false,
    properties: {
      kind: { enum: ['names', 'fragments', 'words', 'hosts'] },
      description: { type: 'string', minLength: 1 },
      entries: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[\\w$.*:-]+$' } },
    },
  },
} as const;

const LIST_PREFIX = 'list:';

export class WordLists {
  private readonly matchers = new Map<string, Matcher>();

  constructor(private readonly lists: ReadonlyMap<string, WordList> = new Map()) {}

  has(name: string): boolean {
    return this.lists.has(name);
  }

  names(): string[] {
    return [...this.lists.keys()].sort();
  }

  get(name: string): WordList {
    const list = this.lists.get(name);
    if (!list) throw new Error(`unknown word list '${name}' (known: ${this.names().join(', ') || 'none'})`);
    return list;
  }

  /**
   * A matcher for one or more lists of the same kind (`"a,b"`). `"a/c"` is list `a` without
   * the entries of `c`. `"a!b"` (words lists) holds for a name with a word of `a` whose
   * *other* words are none of `b`'s: `secret-like-names!secret-name-qualifiers` takes
   * `refreshToken` and `apiKey`, not `tokenExpiry` or `hasPassword`.
   */
  matcher(names: string): Matcher {
    let m = this.matchers.get(names);
    if (!m) {
      const [wantedPart, unwanted] = names.split('!');
      const [wanted, without] = wantedPart!.split('/');
      const lists = this.listsOf(wanted!);
      const removed = without === undefined ? [] : this.listsOf(without);
      if (removed.some((l) => l.kind !== lists[0]!.kind)) throw new Error(`word lists '${names}': '/' needs lists of one kind`);
      const gone = new Set(removed.flatMap((l) => l.entries));
      const entries = lists.flatMap((l) => l.entries).filter((e) => !gone.has(e));
      if (unwanted === undefined) m = compile(lists[0]!.kind, entries);
      else {
        const excluded = this.listsOf(unwanted);
        if ([...lists, ...excluded].some((l) => l.kind !== 'words')) throw new Error(`word lists '${names}': '!' needs words lists`);
        m = wordsExcept(entries, excluded.flatMap((l) => l.entries));
      }
      this.matchers.set(names, m);
    }
    return m;
  }

  /**
   * False when no name of the lists can occur in the text: every match of an entry contains
   * its longest literal run (names lists are case-sensitive, the others not). A cheap test
   * before walking a whole file for names of these lists.
   */
  mayOccurIn(names: string, text: string): boolean {
    const lists = this.listsOf(names);
    const folded = lists.some((l) => l.kind !== 'names') ? text.toLowerCase() : text;
    return lists.some((l) => l.entries.some((entry) => {
      const literal = entry.split('*').reduce((a, b) => (b.length > a.length ? b : a), '');
      return l.kind === 'names' ? text.includes(literal) : folded.includes(literal.toLowerCase());
    }));
  }

  private listsOf(names: string): WordList[] {
    const lists = names.split(',').map((n) => this.get(n.trim()));
    const kinds = new Set(lists.map((l) => l.kind));
    if (kinds.size > 1) throw new Error(`word lists '${names}' mix kinds (${[...kinds].join(', ')})`);
    return lists;
  }

  /** A predicate's pattern argument: `"list:NAME[,NAME]"`, or undefined for a literal regex. */
  patternOf(arg: string): Matcher | undefined {
    return arg.startsWith(LIST_PREFIX) ? this.matcher(arg.slice(LIST_PREFIX.length)) : undefined;
  }

  /** The list names a predicate argument refers to (for checks when a query compiles). */
  static referencedBy(arg: string): string[] {
    return arg.startsWith(LIST_PREFIX) ? WordLists.namesIn(arg.slice(LIST_PREFIX.length)) : [];
  }

  /** The list names of a list reference (`"a,b"`, `"a/c!b"`). */
  static namesIn(reference: string): string[] {
    return reference.split(/[,!/]/).map((s) => s.trim());
  }
}

/** What a predicate needs of a list or a regular expression. */
export interface Matcher {
  test(text: string): boolean;
}

function compile(kind: ListKind, entries: string[]): Matcher {
  const escape = (s: string): string => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  if (kind === 'fragments') return new RegExp(`(${entries.map(escape).join('|')})`, 'i');
  if (kind === 'words') {
    const wanted = new Set(entries.map((e) => e.toLowerCase()));
    return { test: (text) => wordsOf(text).some((w, i, all) => wanted.has(w) || (i > 0 && wanted.has(all[i - 1] + w))) };
  }
  if (kind === 'hosts') {
    const hosts = entries.map((e) => {
      const anyBefore = e.startsWith('*.');
      const anyAfter = e.endsWith('.*');
      const core = escape(e.slice(anyBefore ? 2 : 0, anyAfter ? -2 : undefined)).replace(/\*/g, '[\\w.-]*');
      return `${anyBefore ? '([\\w-]+\\.)*' : ''}${core}${anyAfter ? '(\\.[\\w-]+)+' : ''}`;
    });
    return new RegExp(`^(www\\.)?(${hosts.join('|')})$`, 'i');
  }
  return new RegExp(`^(${entries.map((e) => escape(e).replace(/\*/g, '[\\w$]*')).join('|')})$`);
}

/**
 * Words of `wanted` (single, or two joined: `api`+`key`) present, and none of the words they
 * leave over in `unwanted`: the qualifier must be a word of its own, so `authState` (one
 * entry, auth+state) is not undone by `state`, while `tokenState` is.
 */
function wordsExcept(wanted: string[], unwanted: string[]): Matcher {
  const want = new Set(wanted.map((e) => e.toLowerCase()));
  const skip = new Set(unwanted.map((e) => e.toLowerCase()));
  return {
    test: (text) => {
      const words = wordsOf(text);
      const used = new Set<number>();
      words.forEach((w, i) => {
        if (i > 0 && want.has(words[i - 1] + w)) { used.add(i - 1); used.add(i); } else if (want.has(w)) used.add(i);
      });
      if (used.size === 0) return false;
      const rest = words.filter((_, i) => !used.has(i));
      return !rest.some((w, i) => skip.has(w) || (i > 0 && skip.has(rest[i - 1] + w)));
    },
  };
}

/** `refreshTokenKey` → refresh, token, key; `PIN_CODE` → pin, code; `apiKEY2` → api, key, 2. */
export function wordsOf(name: string): string[] {
  return (name.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+/g) ?? []).map((w) => w.toLowerCase());
}
