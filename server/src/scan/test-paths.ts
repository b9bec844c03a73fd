/**
 * Test code: unit, UI and end-to-end tests, fixtures and mocks. It does not ship, and it
 * legitimately talks to mock servers over http:// or with throw-away certificates, so a
 * repository scan leaves it out unless asked (`--include-tests`). Measured on real apps,
 * test code produced most cleartext-URL reports (e.g. 130 of 148 in one Android app).
 */
const TEST_DIR = /(^|\/)(tests?|__tests__|__mocks__|__fixtures__|spec|specs|androidTest|androidUnitTest|testFixtures|screenshotTest|testDebug|testRelease|sharedTest|e2e|cypress|detox|\w+Tests|\w+UITests|Tests)\//;
const TEST_FILE = /(\.(test|spec|e2e-spec|stories)\.[cm]?[jt]sx?|(Test|Tests|Spec|IT)\.(java|kt|kts|swift)|\.test\.swift)$/;

/** `rel` uses forward slashes, relative to the scanned folder. */
export function isTestPath(rel: string): boolean {
  return TEST_DIR.test(rel) || TEST_FILE.test(rel);
}
