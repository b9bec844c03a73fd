/**
 * What a file is, from its path relative to the scanned folder: code that ships in the
 * product, or code that does not (tests, examples, docs, benchmarks, fixtures, tooling,
 * generated code).
 * A repository scan leaves the non-shipping kinds out by default: measured on real
 * repositories, tests produced most cleartext-URL reports (130 of 148 in one Android app)
 * and examples, docs and benchmarks about half of the rest. The CLI and the language
 * server share this one classifier; it is pure (no disk), so it only sees names.
 *
 * How a path is read, and why:
 * - Folders are matched whole (path segments, never substrings), from the root down; the
 *   outermost match decides (`examples/app/src/test/X.kt` is an example).
 * - Below a source root (`src`, `Sources`, `lib`, `app`, `pages`) folder names are the
 *   program's own packages, features and routes (`com/google/samples/apps/…` in
 *   nowinandroid, a Next.js `app/docs/page.tsx`, SwiftPM `Sources/Benchmarking/`), so only
 *   unambiguous names count there: test folders, fixtures, `*.docc`, `*.playground`, and a
 *   Gradle source set right after `src` (`src/jmh`, `src/androidInstrumentedTest`).
 * - Only the path below the scanned folder is classified: a checkout under `~/docs/app`
 *   is not documentation, and `securecomm scan examples/chat` scans that example.
 */
export const NON_SHIPPING_KINDS = ['test', 'example', 'docs', 'benchmark', 'fixture', 'tooling', 'generated', 'debug'] as const;
export type NonShippingKind = (typeof NON_SHIPPING_KINDS)[number];
export type FileKind = 'shipping' | NonShippingKind;

/**
 * test: unit, UI and end-to-end tests, their helpers and runner configuration. They talk to
 * mock servers over http:// or with throw-away certificates on purpose. JS/TS projects also
 * keep tests in `test.ts` / `test_fixtures.ts` next to the code (mattermost-mobile) and in
 * `*-smoke-test/` packages (insomnia); test-support modules are `mail/testing/`
 * (thunderbird), `core/testing/` (nowinandroid), `owncloudTestUtil/` (owncloud), `okhttp-testing-support/` and `mockwebserver/` (okhttp); SwiftPM
 * test-support targets are `Sources/VaporTesting/`, `Sources/FooTestSupport/`.
 */
const TEST_DIR = /^(([\w.-]+[-_])?(smoke[-_]?)?tests?|__tests__|__e2e__|__mocks__|spec|specs|androidTest|androidUnitTest|testFixtures|testing|[A-Z]\w*(Testing|TestSupport)|([\w-]+[-_])?testing[-_]support|mock[-_]?web[-_]?server\d*|\w*Test[Uu]tils?|screenshotTest|testDebug|testRelease|sharedTest|e2e|cypress|detox|\w+Tests|\w+UITests|Tests)$/;
/**
 * Gradle / Kotlin Multiplatform test source sets: `src/commonTest`, `src/androidInstrumentedTest`,
 * and UI-automation flavours (`src/uiAutomation`: a build with an instrumentation runner).
 */
const TEST_SOURCE_SET = /^[a-z]\w*(Test|Automation)$/;
const TEST_FILE = [
  /^(tests?|test[_-](fixtures?|utils|helpers?|data)(_\w+)?)\.[cm]?[jt]sx?$/,
  /\.(test|spec|e2e-spec)\.[cm]?[jt]sx?$/,
  // Not `Spec`: outside test folders, `ConnectionSpec.kt` / `MediaSpec.java` are production types
  // (Kotest and Quick specs live in test source sets, which the folder patterns catch).
  /(Test|Tests|IT)\.(java|kt|kts|swift)$/,
  // Test doubles kept beside production code: `ConnectionBuilderForTesting.java`, `FakeApiForTests.kt`.
  /\w+ForTest(ing|s)?\.(java|kt|swift)$/,
  /\.test\.swift$/,
  // Test runner configuration and setup (a Cypress `baseUrl` is often a plain-http staging host).
  /^(jest|vitest|karma|playwright|cypress|detox|wdio|protractor|web-test-runner|wtr)[.-](config|conf|setup)(\.[\w-]+)?\.[cm]?[jt]sx?$/i,
  /^(\.detoxrc|setupTests)\.[cm]?[jt]sx?$/,
];

/** fixture: data for tests (recorded responses, sample configs). Unambiguous at any depth. */
const FIXTURE_DIR = /^(__fixtures__|fixtures?|test[-_]?data)$/i;

/**
 * example: example and sample apps, demos and playgrounds (`examples/`, `samples/`, Android
 * `sample/` modules, CocoaPods `Example/`, React Native libraries' `example/` app,
 * `sample-app/`, `*-demo/`, `ExampleApp/`, Swift `*.playground`). They show how to call an
 * API, often against `http://` test hosts, and are not built into the product.
 * `config.example.js`-style files are templates for the real configuration.
 */
const EXAMPLE_DIR = /^((examples?|samples?|demos?|playgrounds?)([-_.][\w.-]*)?|[\w.-]*[-_](examples?|samples?|demos?)|(example|sample|demo)s?(app|apps|project|projects))$/i;
const EXAMPLE_FILE = /\.(example|sample)\.[cm]?[jt]sx?$/i;
const PLAYGROUND = /\.playground$/i;

/**
 * docs: documentation sites and snippets (`docs/`, `doc/`, `documentation/`, `docs-site/`,
 * `api-docs/`, Storybook). `doc-…` is not matched: `doc-scanner/` is a feature. Swift DocC
 * catalogs (`*.docc`) hold tutorial code even inside `Sources/`.
 */
const DOCS_DIR = /^(docs?|doctests?|documentation|docs[-_][\w.-]+|[\w.-]+[-_]docs|\.?storybook|docusaurus)$/i;
const DOCS_FILE = /\.(stories|story)\.[cm]?[jt]sx?$/;
const DOCC = /\.docc$/i;

/**
 * benchmark: micro- and macrobenchmarks (`benchmark(s)/`, `bench/`, Android
 * `macrobenchmark/` modules, JMH `src/jmh/`, `perf/`). They measure, they do not ship.
 */
const BENCHMARK_DIR = /^(bench|benches|benchmarks?|benchmarking|(micro|macro)benchmarks?|jmh|perf|perf[-_]?tests?|performance[-_]?tests?|benchmarks?[-_][\w.-]+|[\w.-]+[-_](benchmarks?|bench))$/i;
const BENCHMARK_SOURCE_SET = /^(jmh|benchmarks?)$/i;

/**
 * tooling: code that runs on a developer's machine or in CI and never in the product:
 * release and maintenance scripts, fastlane, CI folders, Danger, linters, formatters,
 * Babel / Metro dev configuration.
 * Deliberately NOT tooling: Gradle build scripts, `buildSrc/`, `build-logic/`,
 * `Package.swift`, and webpack / Vite / Rollup / Next configs. They decide where
 * dependencies come from and what goes into the bundle, so an `http://` Maven repository
 * or a `publicPath: "http://cdn…"` there is a real finding (CWE-494, CWE-319).
 */
const TOOLING_DIR = /^(scripts?|tools|fastlane|ci|\.github|\.gitlab|\.circleci|\.buildkite|\.husky|build[-_]?tools)$/i;
const TOOLING_FILE = [
  /^dangerfile\.(swift|kts|[cm]?[jt]s)$/i,
  /^(gruntfile|gulpfile(\.babel)?)\.[cm]?[jt]s$/i,
  /^\.?(eslint|prettier|stylelint|commitlint|lint-?staged|babel|metro|react-native|release)(rc|\.config)\.[cm]?[jt]s$/i,
];

/**
 * debug: Android's debug build type (`src/debug/`): its code, resources and manifest are
 * merged only into debuggable builds, like a network security config's `<debug-overrides>`.
 * A cleartext or user-CA setting there is how teams reach a local server or a debugging
 * proxy, and never reaches users. Other build types and flavours (`src/beta/`,
 * `src/internal/`) may well ship, so only `debug` counts.
 */
const DEBUG_SOURCE_SET = /^debug$/;

/**
 * Files that `npx cap sync` copies into the native projects of a Capacitor app
 * (`android/app/src/main/assets/capacitor.config.json`, `ios/App/App/capacitor.config.json`
 * and its `config.xml`): the source is `capacitor.config.*` at the project root, so reporting
 * the copies would say one thing three times. Capacitor's own `config.xml` always allows
 * `<access origin="*">`, which Capacitor, unlike cordova-ios, never turns into ATS keys.
 */
const CAPACITOR_COPY = /(^|\/)(app\/src\/main\/assets|App\/App)\/(capacitor\.config\.json|config\.xml)$/;

/** Where a program's own folder tree starts (see above). */
const SOURCE_ROOT = /^(src|sources?|lib|app|pages)$/i;

const LAYOUT_DIRS: [NonShippingKind, RegExp][] = [
  ['example', EXAMPLE_DIR], ['docs', DOCS_DIR], ['benchmark', BENCHMARK_DIR], ['tooling', TOOLING_DIR],
];

/** `rel` uses forward slashes and is relative to the scanned folder. */
export function classifyPath(rel: string): FileKind {
  if (CAPACITOR_COPY.test(rel)) return 'generated';
  const parts = rel.split('/').filter((p) => p !== '' && p !== '.');
  const name = parts.pop() ?? '';
  let inSource = false;
  for (let i = 0; i < parts.length; i++) {
    const kind = folderKind(parts[i]!, parts[i - 1]?.toLowerCase() === 'src', inSource);
    if (kind) return kind;
    if (SOURCE_ROOT.test(parts[i]!)) inSource = true;
  }
  return fileKind(name) ?? 'shipping';
}

function folderKind(dir: string, afterSrc: boolean, inSource: boolean): NonShippingKind | undefined {
  if (TEST_DIR.test(dir) || (afterSrc && TEST_SOURCE_SET.test(dir))) return 'test';
  if (FIXTURE_DIR.test(dir)) return 'fixture';
  if (DOCC.test(dir)) return 'docs';
  if (PLAYGROUND.test(dir)) return 'example';
  if (afterSrc && BENCHMARK_SOURCE_SET.test(dir)) return 'benchmark';
  if (afterSrc && DEBUG_SOURCE_SET.test(dir)) return 'debug';
  if (inSource) return undefined;
  return LAYOUT_DIRS.find(([, re]) => re.test(dir))?.[0];
}

/**
 * generated: minified or bundled JavaScript (`*.min.js`, `*.bundle.js`) and files named as
 * generated (`generated_licenses.js`, `*.generated.swift`). Their source lives
 * elsewhere, usually in another project: a finding there is not something a reviewer of this
 * repository can fix (in one held-out app, 40 of 68 false cleartext reports came from one
 * vendored `*.min.js` runtime).
 */
const GENERATED_FILE = /\.(min|bundle)\.[cm]?js$/i;
/** Named as generated: `generated_licenses.js` (an open-source licence list), `Strings.generated.swift`, `api-generated.ts`. */
const GENERATED_NAME = /(^|[._-])generated[._-]/i;

function fileKind(name: string): NonShippingKind | undefined {
  if (GENERATED_FILE.test(name) || GENERATED_NAME.test(name)) return 'generated';
  if (TEST_FILE.some((re) => re.test(name))) return 'test';
  if (DOCS_FILE.test(name)) return 'docs';
  if (EXAMPLE_FILE.test(name)) return 'example';
  if (TOOLING_FILE.some((re) => re.test(name))) return 'tooling';
  return undefined;
}

/** Names users type (`--include`, `include:` in `.securecomm.yml`); plural forms are accepted. */
const KIND_NAMES: Record<string, NonShippingKind> = {
  test: 'test', tests: 'test', example: 'example', examples: 'example',
  doc: 'docs', docs: 'docs', benchmark: 'benchmark', benchmarks: 'benchmark',
  fixture: 'fixture', fixtures: 'fixture', tooling: 'tooling', generated: 'generated', debug: 'debug',
};
export const INCLUDE_NAMES: readonly string[] = [...Object.keys(KIND_NAMES), 'all'];

/**
 * The kinds to scan for the given names (`all` = every kind). An unknown name throws an
 * Error whose message lists the valid names.
 */
export function includedKinds(names: Iterable<string>): Set<NonShippingKind> {
  const kinds = new Set<NonShippingKind>();
  for (const raw of names) {
    const name = raw.trim().toLowerCase();
    if (name === '') continue;
    if (name === 'all') NON_SHIPPING_KINDS.forEach((k) => kinds.add(k));
    else if (KIND_NAMES[name]) kinds.add(KIND_NAMES[name]);
    else throw new Error(`unknown kind '${raw.trim()}'; the kinds are ${NON_SHIPPING_KINDS.join(', ')} (or all)`);
  }
  return kinds;
}
