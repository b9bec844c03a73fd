import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * A synthetic but realistic corpus: the grammar samples and rule examples of this repo
 * (real-looking networking code, with and without findings), each copied many times with
 * renamed identifiers and padded with ordinary code, so most files look like a real
 * project's: few contain anything a rule cares about.
 */
const REPO = path.resolve(__dirname, '..', '..');

const FILLER: Record<string, (i: number) => string> = {
  '.kt': (i) => `\nclass Model${i}(val id: Long, val name: String) {\n    fun label(): String = "$name #$id"\n    fun isValid(): Boolean = id > 0 && name.isNotBlank()\n}\n`,
  '.java': (i) => `\nclass Model${i} {\n    private final long id;\n    Model${i}(long id) { this.id = id; }\n    long id() { return id; }\n}\n`,
  '.swift': (i) => `\nstruct Model${i}: Codable {\n    let id: Int\n    let name: String\n    var label: String { "\\(name) #\\(id)" }\n}\n`,
  '.ts': (i) => `\nexport interface Model${i} { id: number; name: string }\nexport function label${i}(m: Model${i}): string { return \`\${m.name} #\${m.id}\`; }\n`,
  '.tsx': (i) => `\nexport function Row${i}({ name }: { name: string }) { return <li className="row">{name}</li>; }\n`,
  '.js': (i) => `\nexport function label${i}(m) { return m.name + ' #' + m.id; }\n`,
};

function seeds(): string[] {
  const out: string[] = [];
  const visit = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) visit(abs);
      else if (path.extname(e.name) in FILLER && !e.name.includes('.fixed.')) out.push(abs);
    }
  };
  visit(path.join(REPO, 'server', 'rules'));
  visit(path.join(REPO, 'test', 'fixtures', 'grammar-samples'));
  return out.sort();
}

/** Writes `count` files under `dir` (idempotent for the same count) and returns their paths. */
export function generateCorpus(dir: string, count: number): string[] {
  const marker = path.join(dir, `.generated-${count}`);
  const files: string[] = [];
  const sources = seeds();
  const fresh = !fs.existsSync(marker);
  if (fresh) fs.rmSync(dir, { recursive: true, force: true });
  for (let i = 0; i < count; i++) {
    const seed = sources[i % sources.length]!;
    const ext = path.extname(seed);
    const file = path.join(dir, `pkg${i % 50}`, `File${i}${ext}`);
    files.push(file);
    if (!fresh) continue;
    // Two files in three are plain application code without any rule trigger.
    const body = i % 3 === 0 ? fs.readFileSync(seed, 'utf8') : '';
    const filler = Array.from({ length: 12 }, (_, k) => FILLER[ext]!(i * 100 + k)).join('');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${body}${filler}`);
  }
  if (fresh) fs.writeFileSync(marker, '');
  return files;
}
