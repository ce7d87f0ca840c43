/**
 * The published package as a portal developer gets it: what `npm pack` puts in
 * the tarball (and leaves out), the `validate` entry that registers no element
 * and loads no Lit, and a JSON Schema that Ajv compiles in strict mode without
 * a warning. Runs on the built dist/ (npm test builds first).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import Ajv2020 from 'ajv/dist/2020.js';
import seed from '../../stories/data/seed-2022.json' with { type: 'json' };

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

const packed: string[] = (JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }))[0].files as { path: string }[]).map(
  (file) => file.path,
);

test('the tarball holds the bundle, the autoloader and its chunks, dist/lib, the types, the CLI, the schema, the manifest, the themes, LICENSE and README', () => {
  for (const file of [
    'package.json',
    'LICENSE',
    'README.md',
    'dist/disclosure-elements.js',
    'dist/disclosure-elements.d.ts',
    'dist/autoloader.js',
    'dist/lib/index.js',
    'dist/lib/validate.js',
    'dist/lib/three-public-expenses/define.js',
    'dist/types/index.d.ts',
    'dist/types/validate.d.ts',
    'dist/types/frameworks/react.d.ts',
    'dist/types/frameworks/vue.d.ts',
    'dist/types/frameworks/types.d.ts',
    'dist/cli/disclosure-validate.js',
    'dist/disclosure.schema.json',
    'dist/custom-elements.json',
    'docs/frameworks.md',
    'docs/loading.md',
  ]) {
    assert.ok(packed.includes(file), `${file} is not in the tarball`);
  }
  assert.ok(packed.some((file) => /^dist\/chunks\/.+\.js$/.test(file)), 'no autoloader chunk in the tarball');
  assert.ok(packed.some((file) => /^themes\/.+\.css$/.test(file)), 'no theme in the tarball');
  for (const target of Object.values(pkg.bin as Record<string, string>)) assert.ok(packed.includes(target.replace(/^\.\//, '')), `${target} is not in the tarball`);
});

test('the tarball leaves out sources, the size report, stories, tests, node_modules and maps without their sources', () => {
  const unwanted = packed.filter(
    (file) =>
      /^components\//.test(file) ||
      file === 'dist/size.json' ||
      /^(stories|test|node_modules|storybook-static)\//.test(file) ||
      /(^|\/)node_modules\//.test(file) ||
      /\.test\.ts$/.test(file),
  );
  assert.deepEqual(unwanted, []);
  for (const map of packed.filter((file) => file.endsWith('.map'))) {
    const parsed = JSON.parse(readFileSync(map, 'utf8'));
    assert.equal(parsed.sourcesContent?.filter((text: unknown) => typeof text === 'string').length, parsed.sources.length, `${map} is shipped without its sources`);
  }
});

test('package.json names the licence, the repository, the homepage and where to report bugs', () => {
  assert.equal(pkg.license, 'MIT');
  assert.match(readFileSync('LICENSE', 'utf8'), /^MIT License\n\nCopyright \(c\) \d{4} disclosure-elements contributors\n/);
  assert.match(pkg.repository.url, /^git\+https:\/\/github\.com\/.+\.git$/);
  assert.match(pkg.homepage, /^https:\/\//);
  assert.match(pkg.bugs.url, /^https:\/\/.+\/issues$/);
});

test('disclosure-elements/validate registers no element and loads no Lit', async () => {
  assert.equal(pkg.exports['./validate'].default, './dist/lib/validate.js');
  const result = await build({ entryPoints: ['dist/lib/validate.js'], bundle: true, write: false, metafile: true, format: 'esm', platform: 'neutral', logLevel: 'silent' });
  const inputs = Object.keys(result.metafile.inputs);
  assert.ok(inputs.some((input) => input.includes('decimal.js')));
  assert.deepEqual(inputs.filter((input) => /(^|\/)(lit|lit-html|lit-element|@lit)\//.test(input)), []);
  assert.deepEqual(inputs.filter((input) => /define\.js$|embed\.js$|element\//.test(input)), []);
  assert.doesNotMatch(result.outputFiles[0]!.text, /customElements|HTMLElement|document\./);
});

test('disclosure-elements/validate validates and cross-checks the seed in Node', async () => {
  // The built module (what the package exports), typed by its source.
  const built = new URL('../../dist/lib/validate.js', import.meta.url).href;
  const validate = (await import(built)) as typeof import('../../components/validate.js');
  const parsed = validate.parseDisclosure(seed);
  assert.equal(parsed.disclosure.department.name, seed.department.name);
  assert.ok(Array.isArray(parsed.warnings));
  assert.equal(typeof validate.crossCheck, 'function');
  assert.throws(() => validate.parseDisclosure('{'), validate.DisclosureError);
});

test('Ajv (JSON Schema 2020-12) compiles the shipped schema with its default strict mode, strictTypes included, without a warning', () => {
  const warnings: string[] = [];
  const logger = { log: () => {}, warn: (...args: unknown[]) => warnings.push(args.join(' ')), error: (...args: unknown[]) => warnings.push(args.join(' ')) };
  const ajv = new Ajv2020({ strictTypes: true, logger });
  const validate = ajv.compile(JSON.parse(readFileSync('dist/disclosure.schema.json', 'utf8')));
  assert.deepEqual(warnings, []);
  assert.equal(validate(seed), true, JSON.stringify(validate.errors));
});
