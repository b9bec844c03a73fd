/**
 * Test code: unit, UI and end-to-end tests, fixtures and mocks. It does not ship, and it
 * legitimately talks to mock servers over http:// or with throw-away certificates, so a
 * repository scan leaves it out unless asked (`--include-tests`). Measured on real apps,
 * test code produced most cleartext-URL reports (e.g. 130 of 148 in one Android app).
 * JS/TS projects also keep tests in files named `test.ts` / `test_fixtures.ts` next to the
 * code (mattermost-mobile) and in `*-smoke-test/` packages (insomnia).
 * Android test-support modules: `mail/testing/` (thunderbird), `core/testing/` (nowinandroid),
 * `owncloudTestUtil/` (owncloud) hold fakes and fixtures (trust-all fakes, sample http:// links).
 */
const TEST_DIR = /(^|\/)(tests?|__tests__|__mocks__|__fixtures__|spec|specs|([\w.-]+[-_])?smoke[-_]?tests?|androidTest|androidUnitTest|testFixtures|testing|\w*Test[Uu]tils?|screenshotTest|testDebug|testRelease|sharedTest|e2e|cypress|detox|\w+Tests|\w+UITests|Tests)\//;
const TEST_FILE = /((^|\/)(tests?|test[_-](fixtures?|utils|helpers?|data)(_\w+)?)\.[cm]?[jt]sx?|\.(test|spec|e2e-spec|stories)\.[cm]?[jt]sx?|(Test|Tests|Spec|IT)\.(java|kt|kts|swift)|\.test\.swift)$/;

/** `rel` uses forward slashes, relative to the scanned folder. */
export function isTestPath(rel: string): boolean {
  return TEST_DIR.test(rel) || TEST_FILE.test(rel);
}
