/**
 * `npm run build`: everything the package ships, into dist/.
 *   dist/disclosure-elements.js   one minified ES module, dependencies inside, registering every element
 *   dist/types/                    type declarations (tsc)
 *   dist/cli/disclosure-validate.js the CLI for portal pipelines (Node)
 *   dist/disclosure.schema.json    the contract as JSON Schema, generated from components/core/disclosure/shape.ts
 * Prints the bundle's gzipped size and fails when it is over the budget.
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

/** The full bundle's budget, gzipped (issue: drop-in distribution). */
export const BUNDLE_BUDGET_BYTES = 45 * 1024;

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist/cli', { recursive: true });

/**
 * Lit's css`` templates are strings esbuild does not minify: fold their
 * comments and white space here (no interpolations are used in them).
 */
const minifyLitCss = {
  name: 'minify-lit-css',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /styles\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const contents = source.replace(/css`([^`]*)`/g, (_, body) =>
        `css\`${body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/;}/g, '}')
          .trim()}\``,
      );
      return { contents, loader: 'ts' };
    });
  },
};

const common = { bundle: true, format: 'esm', target: 'es2022', logLevel: 'warning', legalComments: 'none', charset: 'utf8' };

await build({
  ...common,
  entryPoints: { 'disclosure-elements': 'components/index.ts' },
  outdir: 'dist',
  minify: true,
  sourcemap: true,
  conditions: ['production'],
  platform: 'browser',
  plugins: [minifyLitCss],
});

await build({
  ...common,
  entryPoints: ['components/cli/validate.ts'],
  outfile: 'dist/cli/disclosure-validate.js',
  platform: 'node',
  banner: { js: '#!/usr/bin/env node' },
});
chmodSync('dist/cli/disclosure-validate.js', 0o755);

const schemaModule = await build({ ...common, entryPoints: ['components/core/disclosure/schema.ts'], platform: 'node', write: false });
const { disclosureJsonSchema } = await import(`data:text/javascript;base64,${Buffer.from(schemaModule.outputFiles[0].text).toString('base64')}`);
writeFileSync('dist/disclosure.schema.json', `${JSON.stringify(disclosureJsonSchema(), null, 2)}\n`);

const tsc = spawnSync('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

const bundle = readFileSync('dist/disclosure-elements.js');
const gzipped = gzipSync(bundle, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`dist/disclosure-elements.js: ${kb(bundle.length)} minified, ${kb(gzipped)} gzipped (budget ${kb(BUNDLE_BUDGET_BYTES)})`);
writeFileSync('dist/size.json', `${JSON.stringify({ minified: bundle.length, gzipped, budget: BUNDLE_BUDGET_BYTES }, null, 2)}\n`);
if (gzipped > BUNDLE_BUDGET_BYTES && !process.env.IGNORE_BUDGET) {
  console.error(`The bundle is over its budget by ${kb(gzipped - BUNDLE_BUDGET_BYTES)}.`);
  process.exit(1);
}
