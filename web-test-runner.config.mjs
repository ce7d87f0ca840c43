/**
 * Browser tests: every test/**\/*.test.ts and components/**\/*.test.ts (except
 * the Node suites in test/node) in headless Chromium, TypeScript through esbuild.
 * lit resolves with the `production` condition so dev-mode warnings stay out
 * of the test log. decimal.js is served cut down as the full bundle ships it
 * (components/core/decimal-subset.mjs), so every browser test runs on that subset.
 */
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countReporter } from './test/tools/count-reporter.mjs';
import { findBrowser } from './test/tools/browser.mjs';
import { testApi } from './test/tools/test-server.mjs';
import { prerenderApi } from './test/tools/prerender-server.mjs';
import { chromiumCommandsPlugin } from './test/tools/chromium-commands.mjs';
import { DECIMAL_MODULE, subsetDecimal } from './components/core/decimal-subset.mjs';

const executablePath = findBrowser();

/** Serves decimal.js as the bundle ships it. */
const decimalSubsetPlugin = {
  name: 'decimal-subset',
  transform(context) {
    if (DECIMAL_MODULE.test(context.path)) return { body: subsetDecimal(context.body).code };
  },
};
const countFile = process.env.WTR_COUNT_FILE;

export default {
  files: ['test/**/*.test.ts', 'components/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['production', 'browser'] },
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' }), chromiumCommandsPlugin(), decimalSubsetPlugin],
  middleware: [prerenderApi, testApi],
  // One page at a time: a page in a background tab gets no animation frames in headless Chromium.
  concurrency: 1,
  testsFinishTimeout: 300000,
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
          // Two test pages run at once; the one in the background must not be throttled.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  reporters: [countFile ? summaryReporter({ flatten: false }) : defaultReporter(), ...(countFile ? [countReporter({ file: countFile })] : [])],
};
