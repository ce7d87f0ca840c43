/**
 * `npm test`: finds (or installs) Chromium, type-checks, builds, runs the Node
 * suites (test/node: the CLI, the JSON Schema, the bundle, and the generated
 * docs, which fail when docs/*.md differ from `npm run docs`), builds the Storybook (storybook-static/, which
 * test/stories loads) and runs the browser suites (everything else, in
 * headless Chromium), then prints one closing line, `N passed, N failed`,
 * for both together. Exit 0 only when all pass.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBrowser } from './tools/browser.mjs';

const bin = (name) => join('node_modules', '.bin', name);
const run = (command, args, env = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
const step = (title) => console.log(`\n── ${title} ──`);

const browser = ensureBrowser();
step(`Chromium: ${browser}`);

step('Type check (tsc --noEmit)');
if (run(bin('tsc'), ['--noEmit', '-p', '.']) !== 0) {
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}

step('Build (npm run build)');
if (run(process.execPath, ['build.config.mjs']) !== 0) {
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}

const scratch = mkdtempSync(join(tmpdir(), 'disclosure-tests-'));

step('Node suites (node --test)');
const nodeFiles = readdirSync('test/node')
  .filter((file) => file.endsWith('.test.ts'))
  .map((file) => join('test/node', file));
const tapFile = join(scratch, 'node.tap');
const nodeStatus = run(process.execPath, [
  '--import',
  'tsx',
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=tap',
  `--test-reporter-destination=${tapFile}`,
  ...nodeFiles,
]);
const tap = readFileSync(tapFile, 'utf8');
const tapCount = (name) => Number(tap.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
const node = { passed: tapCount('pass'), failed: tapCount('fail') + (nodeStatus !== 0 && tapCount('fail') === 0 ? 1 : 0), skipped: tapCount('skipped') };

// The static Storybook that test/stories/every-story.test.ts loads story by story.
// Quiet: its output goes to a log, and only its end is shown when it fails.
step('Storybook (npm run build-storybook)');
const storybookLog = join(scratch, 'build-storybook.log');
rmSync('storybook-static', { recursive: true, force: true });
const storybookOut = openSync(storybookLog, 'w');
const storybookStatus =
  spawnSync('npm', ['run', 'build-storybook'], {
    stdio: ['ignore', storybookOut, storybookOut],
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  }).status ?? 1;
closeSync(storybookOut);
if (storybookStatus === 0) {
  const stories = Object.values(JSON.parse(readFileSync('storybook-static/index.json', 'utf8')).entries).filter((entry) => entry.type === 'story');
  console.log(`storybook-static/: ${stories.length} stories (log: ${storybookLog})`);
} else {
  console.log(`npm run build-storybook failed (exit ${storybookStatus}); the end of ${storybookLog}:`);
  console.log(readFileSync(storybookLog, 'utf8').trimEnd().split('\n').slice(-40).join('\n'));
}

step('Browser suites (web-test-runner, headless Chromium)');
const countFile = join(scratch, 'browser.json');
const browserStatus = run(bin('web-test-runner'), ['--config', 'web-test-runner.config.mjs'], {
  CHROME_PATH: browser,
  WTR_COUNT_FILE: countFile,
});
let browserCounts = { passed: 0, failed: 1, skipped: 0, failures: ['web-test-runner did not report'] };
try {
  browserCounts = JSON.parse(readFileSync(countFile, 'utf8'));
} catch {}
if (browserStatus !== 0 && browserCounts.failed === 0) browserCounts.failed = 1;

const passed = node.passed + browserCounts.passed;
const failed = node.failed + browserCounts.failed + (storybookStatus === 0 ? 0 : 1);
const skipped = node.skipped + browserCounts.skipped;
console.log(`\nNode: ${node.passed} passed, ${node.failed} failed · Chromium: ${browserCounts.passed} passed, ${browserCounts.failed} failed`);
if (storybookStatus !== 0) console.log('  ✗ npm run build-storybook');
for (const failure of browserCounts.failures) console.log(`  ✗ ${failure}`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
