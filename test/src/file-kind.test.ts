import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classifyPath, includedKinds, type FileKind } from '../../server/out/core/file-kind';

/** Paths as they look in real repositories (relative to the repository root). */
const CASES: Record<FileKind, string[]> = {
  shipping: [
    // Android / Kotlin Multiplatform: package names are not layout.
    'app/src/main/java/com/google/samples/apps/nowinandroid/MainActivity.kt',
    'app/src/main/java/com/shop/docs/DocsRepository.kt', 'src/contests/ContestApi.kt', 'src/generator/GeneratedBy.ts', 'app/src/main/java/com/acme/tools/Clipboard.kt',
    'library/src/main/java/com/acme/examples/ExampleFeature.kt',
    'core/network/src/main/kotlin/com/acme/benchmark/BenchmarkUploader.kt',
    'app/src/commonMain/kotlin/com/acme/demo/DemoModeBanner.kt',
    'app/src/debugRelease/java/com/acme/Tool.kt', 'app/src/beta/res/xml/network_security_config.xml', 'app/src/main/java/com/acme/debug/DebugMenu.kt',
    'capacitor.config.json', 'android/app/src/main/AndroidManifest.xml', 'ios/App/App/Info.plist',
    'app/src/main/java/com/acme/scripts/ScriptRunner.kt',
    'build.gradle.kts', 'app/build.gradle.kts', 'buildSrc/src/main/kotlin/Repositories.kt',
    'build-logic/convention/src/main/kotlin/AndroidApplicationConventionPlugin.kt',
    'feature/document-scanner/src/main/java/com/acme/Scanner.kt',
    // iOS / SwiftPM
    'Package.swift', 'Sources/Benchmarking/Timer.swift', 'Sources/App/Examples/ExampleCell.swift',
    'HomeAssistant/AppDelegate.swift', 'Shared/API/HAAPI.swift',
    // React Native / Node / web
    'src/api/client.ts', 'app/(tabs)/examples.tsx', 'src/app/docs/page.tsx', 'pages/docs/[slug].tsx',
    'src/screens/Samples/SamplesScreen.tsx', 'src/perf/trace.ts', 'src/scripts/inject.ts',
    'packages/mobile/src/net/http.ts', 'apps/web/src/index.ts', 'server/src/routes/docs.ts',
    'android/app/src/main/java/com/rnapp/MainApplication.kt', 'ios/RnApp/AppDelegate.swift',
    'webpack.config.js', 'vite.config.ts', 'next.config.mjs', 'app.config.ts',
    'src/testing.ts', 'src/latest.ts', 'src/contest.js', 'app/utils/url/index.ts', 'src/smoke.ts',
    'src/attestation.ts', 'src/demographics/stats.ts', 'src/sampler.ts', 'docker/proxy.js', 'src/admin.js', 'src/minify.js',
    'okhttp/src/commonJvmAndroid/kotlin/okhttp3/ConnectionSpec.kt', 'app/src/main/java/com/acme/MediaSpec.java',
  ],
  test: [
    'app/utils/url/test.ts', 'src/components/translation/test_fixtures_complex.ts', 'lib/test-utils.js',
    'packages/insomnia-smoke-test/server/oauth.ts', 'smoke-tests/run.mjs', 'src/a.test.tsx', 'src/__tests__/a.ts',
    'app/src/test/java/com/acme/ApiTest.kt', 'app/src/androidTest/java/com/acme/LoginFlow.kt',
    'app/src/androidInstrumentedTest/kotlin/com/acme/NavigationTest.kt', 'shared/src/commonTest/kotlin/Fakes.kt',
    'core/testing/src/main/java/com/acme/FakeServer.kt', 'ios/AppTests/ApiTests.swift', 'Tests/NetKitTests/Client.swift',
    'cypress.config.ts', 'jest.setup.js', 'jest.config.e2e.js', 'src/setupTests.ts', '.detoxrc.js',
    'tests/fixtures/server.ts', 'Sources/VaporTesting/TestingApplication.swift', 'Sources/NetKitTestSupport/MockServer.swift',
    'okhttp-testing-support/src/main/kotlin/okhttp3/RecordingHostnameVerifier.kt', 'mockwebserver/src/main/kotlin/mockwebserver3/MockWebServer.kt',
    'app/java/net/openid/appauthdemo/ConnectionBuilderForTesting.java', 'web-test-runner.config.mjs',
    'release_tests/src/main/java/com/acme/TestApiClient.kt', 'integration-tests/api.ts', 'apps/web/__e2e__/utils/index.ts',
  ],
  example: [
    'examples/basic/index.ts', 'samples/app/src/main/java/com/acme/MainActivity.kt',
    'sample/src/main/java/com/acme/sample/SampleActivity.kt', 'Example/NetKit/AppDelegate.swift',
    'example/android/app/src/main/java/com/rnlib/example/MainActivity.kt', 'example/src/App.tsx',
    'demo/server/src/proxy.ts', 'demos/chat.ts', 'sample-app/src/App.tsx', 'packages/react-native-foo-example/index.js',
    'ExampleApp/ContentView.swift', 'Guidelines/sample-structure/composeApp/src/commonMain/kotlin/App.kt',
    'NetKit.playground/Contents.swift', 'playground/index.ts', 'config.example.js',
    'server/rules/transport-cleartext-url/examples/example.kt', 'examples/app/src/test/ExampleTest.kt',
  ],
  docs: [
    'doctests/cmds-cnxmgmt.js',
    'docs/snippets/pinning.kt', 'documentation/guide.ts', 'Documentation/Usage.swift', 'doc/examples/a.js',
    'website-docs/src/pages/index.tsx', 'docs-site/src/theme.ts', 'packages/ui/docs/Button.tsx',
    '.storybook/preview.ts', 'src/components/Button.stories.tsx', 'Sources/NetKit/NetKit.docc/Resources/Step1.swift',
    'apps/docs/app/page.tsx',
  ],
  benchmark: [
    'benchmarks/src/main/kotlin/com/acme/StartupBenchmark.kt', 'macrobenchmark/src/main/java/com/acme/Scroll.kt',
    'Benchmarks/Decoding/Decoding.swift', 'bench/parse.ts', 'perf/render.js', 'lib/src/jmh/java/com/acme/ParseBench.java',
    'core/src/benchmark/kotlin/com/acme/Json.kt', 'app-benchmark/src/main/java/A.kt',
  ],
  fixture: [
    'fixtures/responses/login.ts', 'src/__fixtures__/server.ts', 'core/network/src/main/assets/testdata/a.js',
    'packages/api/test-data/users.js', 'Fixtures/Stubs/Login.swift',
  ],
  tooling: [
    'tools/generate-charset-mapping.js',
    'scripts/release.js', 'script/bootstrap.ts', 'fastlane/actions/upload.swift', 'ios/fastlane/Fastfile.swift',
    '.github/scripts/label.js', 'ci/upload.ts', 'BuildTools/Package.swift', 'Dangerfile.swift', 'dangerfile.ts',
    'babel.config.js', '.eslintrc.js', 'eslint.config.mjs', 'metro.config.js', 'react-native.config.js', 'gulpfile.js',
  ],
  generated: [
    'app/static/animations/HYPE-526.full.min.js', 'public/vendor/jquery.min.js', 'dist-src/app.bundle.js', 'lib/x.min.mjs',
    'app/src/main/assets/oss_licenses/generated_licenses.js', 'Sources/UI/Strings.generated.swift',
    // Capacitor's `cap sync` copies of capacitor.config.json (and its config.xml)
    'android/app/src/main/assets/capacitor.config.json', 'ios/App/App/capacitor.config.json', 'ios/App/App/config.xml',
  ],
  debug: [
    'app/src/debug/java/com/acme/DebugInterceptor.kt', 'app/src/debug/AndroidManifest.xml',
    'android/app/src/debug/res/xml/network_security_config.xml',
  ],
};

describe('file kinds', () => {
  for (const [kind, paths] of Object.entries(CASES)) {
    for (const p of paths) test(`${kind}: ${p}`, () => assert.equal(classifyPath(p), kind));
  }

  test('only the path below the scanned folder counts', () => {
    // A checkout under ~/docs/ is scanned as `.`; its paths are relative to it.
    assert.equal(classifyPath('app/src/main/java/A.kt'), 'shipping');
    assert.equal(classifyPath('./src/api.ts'), 'shipping');
    // `securecomm scan demo` classifies `android/…`, not `demo/android/…`.
    assert.equal(classifyPath('android/app/src/main/java/com/demo/shop/ApiClient.kt'), 'shipping');
  });

  test('folder names match whole segments, not substrings', () => {
    for (const p of ['examplesite/a.ts', 'documentary/a.ts', 'benchwarmer/a.ts', 'scriptorium/a.ts', 'fixturesque/a.ts']) {
      assert.equal(classifyPath(p), 'shipping', p);
    }
  });
});

describe('include names', () => {
  test('singular, plural and all', () => {
    assert.deepEqual([...includedKinds(['examples', 'doc', 'Tests'])], ['example', 'docs', 'test']);
    assert.equal(includedKinds(['all']).size, 8);
    assert.equal(includedKinds([]).size, 0);
  });

  test('an unknown name says which names exist', () => {
    assert.throws(() => includedKinds(['sample']), /unknown kind 'sample'; the kinds are test, example, docs, benchmark, fixture, tooling, generated, debug \(or all\)/);
  });
});
