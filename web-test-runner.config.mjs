/**
 * Browser tests: every test/**\/*.test.ts and components/**\/*.test.ts (except
 * the Node suites in test/node) in headless Chromium, TypeScript through esbuild.
 * lit resolves with the `production` condition so dev-mode warnings stay out
 * of the test log.
 */
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countReporter } from './test/tools/count-reporter.mjs';
import { findBrowser } from './test/tools/browser.mjs';
import { testApi } from './test/tools/test-server.mjs';

const executablePath = findBrowser();
const countFile = process.env.WTR_COUNT_FILE;

export default {
  files: ['test/**/*.test.ts', 'components/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['production', 'browser'] },
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  middleware: [testApi],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
      },
    }),
  ],
  reporters: [countFile ? summaryReporter({ flatten: false }) : defaultReporter(), ...(countFile ? [countReporter({ file: countFile })] : [])],
};
