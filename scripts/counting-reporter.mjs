// A web-test-runner reporter that writes how many tests passed and failed, per browser, to
// .tmp/wtr-counts.json, so `npm test` can close with one plain "N passed, N failed" line.
import { mkdirSync, writeFileSync } from 'node:fs';

function countSuite(suite, counts) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

export function countingReporter({ file = '.tmp/wtr-counts.json' } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const total = { passed: 0, failed: 0, skipped: 0, files: 0, browsers: {} };
      for (const session of sessions) {
        const counts = { passed: 0, failed: 0, skipped: 0 };
        countSuite(session.testResults, counts);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && counts.failed === 0) counts.failed = 1;
        const browser = session.browser.name;
        total.browsers[browser] ??= { passed: 0, failed: 0, skipped: 0 };
        for (const key of ['passed', 'failed', 'skipped']) {
          total[key] += counts[key];
          total.browsers[browser][key] += counts[key];
        }
        total.files += 1;
      }
      mkdirSync('.tmp', { recursive: true });
      writeFileSync(file, JSON.stringify(total, null, 2));
    },
  };
}
