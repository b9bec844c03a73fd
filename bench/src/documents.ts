import type { DetectedLanguage } from '../../server/out/core/languages';

/**
 * Large single documents for editor-latency benchmarks: ordinary code with a networking
 * client every so often, so the rules have something to look at all the way through.
 */
export const LANGUAGES: { id: string; languageId: string; ext: string; detected: DetectedLanguage; debounceMs: number }[] = [
  { id: 'kotlin', languageId: 'kotlin', ext: '.kt', detected: { language: 'kotlin', grammar: 'kotlin' }, debounceMs: 300 },
  { id: 'java', languageId: 'java', ext: '.java', detected: { language: 'java', grammar: 'java' }, debounceMs: 150 },
  { id: 'swift', languageId: 'swift', ext: '.swift', detected: { language: 'swift', grammar: 'swift' }, debounceMs: 150 },
  { id: 'typescript', languageId: 'typescript', ext: '.ts', detected: { language: 'typescript', grammar: 'typescript' }, debounceMs: 150 },
];

const BLOCKS: Record<string, (i: number) => string> = {
  kotlin: (i) => `class Repo${i}(private val client: OkHttpClient) {
    private val baseUrl = "http://api.shop.io/v${i}"
    fun load(id: Long): String {
        val request = Request.Builder().url("$baseUrl/items/$id").build()
        return client.newCall(request).execute().use { it.body!!.string() }
    }
    fun label(id: Long) = "item #$id"
}
`,
  java: (i) => `class Repo${i} {
    private static final String BASE_URL = "http://api.shop.io/v${i}";
    private final OkHttpClient client;
    Repo${i}(OkHttpClient client) { this.client = client; }
    String load(long id) throws IOException {
        Request request = new Request.Builder().url(BASE_URL + "/items/" + id).build();
        try (Response r = client.newCall(request).execute()) { return r.body().string(); }
    }
}
`,
  swift: (i) => `final class Repo${i} {
    let baseURL = "http://api.shop.io/v${i}"
    func load(id: Int) async throws -> Data {
        let url = URL(string: "\\(baseURL)/items/\\(id)")!
        let (data, _) = try await URLSession.shared.data(from: url)
        return data
    }
    func label(id: Int) -> String { "item #\\(id)" }
}
`,
  typescript: (i) => `export class Repo${i} {
  private readonly baseUrl = 'http://api.shop.io/v${i}';
  async load(id: number): Promise<unknown> {
    const res = await fetch(\`\${this.baseUrl}/items/\${id}\`);
    return res.json();
  }
  label(id: number): string { return \`item #\${id}\`; }
}
`,
};

export function generateDocument(language: string, lines: number): string {
  const block = BLOCKS[language]!;
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < lines; i++) {
    const b = block(i);
    out.push(b);
    count += b.split('\n').length - 1;
  }
  return out.join('');
}
