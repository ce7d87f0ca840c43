/**
 * `npm run build`: everything the package ships, into dist/.
 *   dist/disclosure-elements.js   one minified ES module, dependencies inside (decimal.js cut to the methods used), registering every element
 *   dist/lib/                      the same modules one by one, dependencies as imports (for bundlers; package exports)
 *   dist/types/                    type declarations (tsc)
 *   dist/cli/disclosure-validate.js the CLI for portal pipelines (Node)
 *   dist/cli/disclosure-import.js   the importer's CLI: PDF / XLSX / CSV / narrative → disclosure JSON (Node)
 *   dist/import-page/               the import page's module (stories/import.html), pdf.js split out, and pdf.js's worker
 *   dist/disclosure.schema.json    the contract as JSON Schema, generated from components/core/disclosure/shape.ts
 *   dist/decimal-subset.mjs        the decimal.js transform the bundle uses, for bundlers of dist/lib
 *   dist/custom-elements.json      the Custom Elements Manifest, from the elements' JSDoc; README's element reference is regenerated from it
 * Prints the bundle's gzipped size and fails when it is over the budget.
 */
import { build } from 'esbuild';
import { minify } from 'terser';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { esbuildDecimalSubset } from './components/core/decimal-subset.mjs';

/** The full bundle's budget, gzipped (issue: drop-in distribution); the build fails above it. */
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

const bundled = await build({
  ...common,
  entryPoints: { 'disclosure-elements': 'components/index.ts' },
  outdir: 'dist',
  minify: true,
  sourcemap: 'external',
  write: false,
  conditions: ['production'],
  platform: 'browser',
  // decimal.js without the methods the library never calls (components/core/decimal-subset.mjs).
  plugins: [minifyLitCss, esbuildDecimalSubset()],
});
// esbuild bundles; terser then squeezes the bundle a little further (about 1 KB
// gzipped on this code), keeping the source map chained to the sources.
const bundleCode = bundled.outputFiles.find((file) => file.path.endsWith('.js')).text;
const bundleMap = bundled.outputFiles.find((file) => file.path.endsWith('.js.map')).text;
const squeezed = await minify(bundleCode, {
  module: true,
  ecma: 2022,
  compress: { passes: 2 },
  format: { comments: false },
  sourceMap: { content: bundleMap, url: 'disclosure-elements.js.map' },
});
writeFileSync('dist/disclosure-elements.js', squeezed.code);
writeFileSync('dist/disclosure-elements.js.map', squeezed.map);

// The typed modules for portal developers' bundlers: every source module
// transpiled on its own (dependencies stay imports), so importing one element
// pulls in only what it uses; dist/types mirrors them.
const modules = readdirSync('components', { recursive: true })
  .map((file) => `components/${file}`)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.startsWith('components/cli/'));
await build({
  ...common,
  bundle: false,
  entryPoints: modules,
  outbase: 'components',
  outdir: 'dist/lib',
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
// The importer's CLI; pdf.js stays a dependency the CLI imports only when it reads a PDF.
await build({
  ...common,
  entryPoints: ['components/cli/import.ts'],
  outfile: 'dist/cli/disclosure-import.js',
  platform: 'node',
  external: ['pdfjs-dist', 'pdfjs-dist/*'],
  banner: { js: '#!/usr/bin/env node' },
});
chmodSync('dist/cli/disclosure-import.js', 0o755);
// The import page (stories/import.html): the importer for the browser, pdf.js in its own chunk loaded
// only when a PDF is imported, and pdf.js's worker next to it.
mkdirSync('dist/import-page', { recursive: true });
await build({
  ...common,
  entryPoints: { 'import-page': 'stories/import/import-page.ts' },
  outdir: 'dist/import-page',
  splitting: true,
  minify: true,
  platform: 'browser',
  logLevel: 'error',
});
copyFileSync('node_modules/pdfjs-dist/build/pdf.worker.min.mjs', 'dist/import-page/pdf.worker.min.mjs');
copyFileSync('components/core/decimal-subset.mjs', 'dist/decimal-subset.mjs');
copyFileSync('components/core/decimal-subset.d.mts', 'dist/decimal-subset.d.mts');

const schemaModule = await build({ ...common, entryPoints: ['components/core/disclosure/schema.ts'], platform: 'node', write: false });
const { disclosureJsonSchema } = await import(`data:text/javascript;base64,${Buffer.from(schemaModule.outputFiles[0].text).toString('base64')}`);
writeFileSync('dist/disclosure.schema.json', `${JSON.stringify(disclosureJsonSchema(), null, 2)}\n`);

const tsc = spawnSync('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

// The Custom Elements Manifest, from the elements' JSDoc (custom-elements-manifest.config.mjs),
// then the README's element reference generated from it (only the section between its markers).
const cem = spawnSync('node_modules/.bin/cem', ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', 'dist', '--quiet'], { stdio: 'inherit' });
if (cem.status !== 0) process.exit(cem.status ?? 1);
const reference = spawnSync(process.execPath, ['stories/tools/element-reference.mjs', 'dist/custom-elements.json', 'README.md'], { stdio: 'inherit' });
if (reference.status !== 0) process.exit(reference.status ?? 1);

const bundle = readFileSync('dist/disclosure-elements.js');
const gzipped = gzipSync(bundle, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`dist/disclosure-elements.js: ${kb(bundle.length)} minified, ${kb(gzipped)} gzipped (budget ${kb(BUNDLE_BUDGET_BYTES)})`);
writeFileSync('dist/size.json', `${JSON.stringify({ minified: bundle.length, gzipped, budget: BUNDLE_BUDGET_BYTES }, null, 2)}\n`);
if (gzipped > BUNDLE_BUDGET_BYTES) {
  console.error(`The bundle is over its ${kb(BUNDLE_BUDGET_BYTES)} budget by ${kb(gzipped - BUNDLE_BUDGET_BYTES)}: find what grew (README, "Bundle size").`);
  // `npm run bench` may still measure an over-budget tree (IGNORE_BUDGET=1); nothing else may.
  if (!process.env.IGNORE_BUDGET) process.exit(1);
}
