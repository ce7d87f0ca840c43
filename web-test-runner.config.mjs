/**
 * Browser tests: every test/**\/*.test.ts and components/**\/*.test.ts (except
 * the Node suites in test/node) in headless Chromium, TypeScript through esbuild.
 * lit resolves with the `production` condition so dev-mode warnings stay out
 * of the test log. decimal.js is served as published, as the bundle ships it.
 */
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countReporter } from './test/tools/count-reporter.mjs';
import { findBrowser } from './test/tools/browser.mjs';
import { testApi } from './test/tools/test-server.mjs';
import { prerenderApi } from './test/tools/prerender-server.mjs';
import { corpusFiles } from './test/tools/corpus-server.mjs';
import { chromiumCommandsPlugin } from './test/tools/chromium-commands.mjs';

const executablePath = findBrowser();

const countFile = process.env.WTR_COUNT_FILE;

export default {
  files: ['test/**/*.test.ts', 'components/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['production', 'browser'] },
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' }), chromiumCommandsPlugin()],
  middleware: [prerenderApi, testApi, corpusFiles],
  // One page at a time: a page in a background tab gets no animation frames in headless Chromium.
  concurrency: 1,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 20000 } },
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
          // Tests run one page at a time (concurrency 1), but a test page may open a window or frame of its own: nothing in the background may be throttled.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  reporters: [countFile ? summaryReporter({ flatten: false }) : defaultReporter(), ...(countFile ? [countReporter({ file: countFile })] : [])],
};
