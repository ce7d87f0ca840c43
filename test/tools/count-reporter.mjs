/**
 * A @web/test-runner reporter that counts passed, failed and skipped tests
 * across every session and writes them as JSON to `file`, so test/run.mjs can
 * print one closing line for the browser and Node suites together. A test file
 * that fails to load (a session error with no test results) counts as failed.
 */
import { writeFileSync } from 'node:fs';

export function countReporter({ file }) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, failures: [] };
      const visit = (suite, trail, session) => {
        for (const test of suite.tests) {
          if (test.skipped) totals.skipped += 1;
          else if (test.passed) totals.passed += 1;
          else {
            totals.failed += 1;
            totals.failures.push(`${session.testFile}: ${[...trail, test.name].join(' › ')}`);
          }
        }
        for (const child of suite.suites) visit(child, [...trail, child.name], session);
      };
      for (const session of sessions) {
        if (session.testResults) visit(session.testResults, [], session);
        if (session.errors.length > 0) {
          totals.failed += 1;
          totals.failures.push(`${session.testFile}: ${session.errors.map((error) => error.message).join('; ')}`);
        }
      }
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
