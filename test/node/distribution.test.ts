/**
 * What the package ships after `npm run build`: every export resolves to a
 * built file, the full bundle is within its gzip budget, and an element's own
 * entry pulls in only what that element uses, the autoloader's weights are the
 * chunks a page loads, source maps carry their sources and the manifest names shipped files.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

function exportTargets(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Object.values(value as Record<string, unknown>).flatMap(exportTargets);
}

async function inputsOf(entry: string): Promise<string[]> {
  const result = await build({ entryPoints: [entry], bundle: true, write: false, metafile: true, format: 'esm', logLevel: 'silent' });
  return Object.keys(result.metafile.inputs);
}

/** Exports of entries another branch brings (the importer): their target exists once their source does. */
const sourceOf = (target: string) => target.replace(/^\.\/dist\/(?:lib|types)\/(.*)\.(?:d\.ts|js)$/, 'components/$1.ts');

test('every export of package.json points at a built file', () => {
  for (const [name, value] of Object.entries(pkg.exports as Record<string, unknown>)) {
    for (const target of exportTargets(value)) {
      if (target.includes('*')) continue;
      if (name === './import' && !existsSync(sourceOf(target))) continue;
      assert.ok(existsSync(target), `export ${name} → ${target} does not exist`);
    }
  }
  assert.ok(existsSync(pkg.bin['disclosure-validate']));
});

test('every export has types, except the JSON and CSS files', () => {
  for (const [name, value] of Object.entries(pkg.exports as Record<string, unknown>)) {
    if (/\.json$|\/\*$/.test(name)) continue;
    assert.equal(typeof value, 'object', `export ${name} has no conditions`);
    assert.match((value as { types?: string }).types ?? '', /\.d\.ts$/, `export ${name} has no types`);
  }
});

const size = JSON.parse(readFileSync('dist/size.json', 'utf8'));
const gzippedSum = (files: string[]) => files.reduce((total, file) => total + gzipSync(readFileSync(file), { level: 9 }).length, 0);

test('the full bundle is within its enforced gzipped budget (target 60 KB), and the build reports the exact figure', () => {
  const bundle = readFileSync('dist/disclosure-elements.js');
  assert.equal(size.bundle.gzipped, gzipSync(bundle, { level: 9 }).length);
  assert.equal(size.bundle.minified, bundle.length);
  assert.equal(size.bundle.target, 60 * 1024);
  assert.equal(size.bundle.budget, 91.4 * 1024);
  assert.ok(size.bundle.gzipped <= size.bundle.budget, `${size.bundle.gzipped} bytes gzipped is over the ${size.bundle.budget}-byte budget`);
});

test('the autoloader figures are the sum of the chunk graph a page loads, and within the enforced budgets', () => {
  for (const key of ['autoloaderOne', 'autoloaderAll'] as const) {
    const figure = size[key];
    assert.ok(figure.files.includes('dist/autoloader.js'));
    assert.equal(figure.gzipped, gzippedSum(figure.files), `${key} is not the sum of its files`);
    assert.ok(figure.gzipped <= figure.budget, `${key}: ${figure.gzipped} bytes is over its ${figure.budget}-byte budget`);
  }
  assert.equal(size.autoloaderOne.target, 36 * 1024);
  assert.equal(size.autoloaderAll.target, 46 * 1024);
  // One element's page loads no other element's chunk.
  const one = new Set(size.autoloaderOne.files);
  assert.ok(size.autoloaderAll.files.length > one.size + 1);
  for (const file of size.autoloaderOne.files) assert.ok(existsSync(file), `${file} is not built`);
});

test('a bundler importing one element from dist/lib gets no more than the autoloader loads for it', () => {
  for (const [tag, weights] of Object.entries(size.perElement as Record<string, { autoloader: number; bundler: number }>)) {
    assert.ok(weights.bundler <= weights.autoloader, `<${tag}>: ${weights.bundler} through a bundler, ${weights.autoloader} through the autoloader`);
  }
});

test('every shipped source map carries its sources\' text', () => {
  const maps = ['dist/disclosure-elements.js.map', ...readdirSync('dist/chunks').filter((file) => file.endsWith('.map')).map((file) => `dist/chunks/${file}`), 'dist/autoloader.js.map'];
  for (const file of maps) {
    const map = JSON.parse(readFileSync(file, 'utf8'));
    assert.ok(map.sources.length > 0, file);
    assert.equal(map.sourcesContent?.length, map.sources.length, `${file} lacks sourcesContent`);
    assert.ok(map.sourcesContent.every((text: unknown) => typeof text === 'string' && text.length > 0), `${file} has an empty source`);
  }
});

test('the manifest\'s paths point at shipped modules in dist/lib', () => {
  const text = readFileSync(pkg.customElements, 'utf8');
  assert.doesNotMatch(text, /components\//);
  const manifest = JSON.parse(text);
  for (const module of manifest.modules) {
    assert.match(module.path, /^dist\/lib\/.*\.js$/);
    assert.ok(existsSync(module.path), `${module.path} is not built`);
  }
});

test('the full bundle registers every element and has no import left', () => {
  const text = readFileSync('dist/disclosure-elements.js', 'utf8');
  for (const tag of ['account-summary', 'functional-breakdown', 'three-public-expenses']) assert.ok(text.includes(`"${tag}"`), `${tag} is not in the bundle`);
  assert.doesNotMatch(text, /\bimport\s*[("'{]|\bfrom\s*["']/);
});

/** The catalogue's parts (core/locale/zh-CN/*.js, en/*.js) are each reachable as a dynamic import, loaded only when an element asks for them: not another element's code. */
const codeOnly = (inputs: string[]) => inputs.filter((input) => !/core\/locale\/(?:zh-CN|en)\//.test(input));

test('importing only <three-public-expenses> does not pull in d3-hierarchy', async () => {
  const inputs = codeOnly(await inputsOf('dist/lib/three-public-expenses/define.js'));
  assert.ok(inputs.some((input) => input.includes('three-public-expenses')));
  assert.deepEqual(inputs.filter((input) => input.includes('d3-hierarchy')), []);
  assert.deepEqual(inputs.filter((input) => input.includes('functional-breakdown') || input.includes('account-summary')), []);
});

test('importing only <functional-breakdown> leaves the other elements out', async () => {
  const inputs = codeOnly(await inputsOf('dist/lib/functional-breakdown/define.js'));
  assert.deepEqual(inputs.filter((input) => input.includes('account-summary') || input.includes('three-public-expenses')), []);
});

test('the Custom Elements Manifest lists every element with its attributes, properties, events, CSS properties, parts and slot', () => {
  const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
  const elements = manifest.modules.flatMap((module: { declarations?: any[] }) => module.declarations ?? []).filter((declaration: any) => declaration.customElement);
  assert.deepEqual(elements.map((element: any) => element.tagName).sort(), ['account-summary', 'appropriation-summary', 'basic-expenditure', 'department-profile', 'disclosure-glossary', 'disclosure-report', 'expenditure-breakdown', 'functional-breakdown', 'fund-appropriation', 'income-breakdown', 'other-matters', 'three-public-expenses']);
  for (const element of elements) {
    const names = (list: { name: string }[] | undefined) => (list ?? []).map((entry) => entry.name);
    for (const attribute of ['src', 'lang', 'unit', 'view', 'heading-level', 'hide-zero', 'credentials', 'timeout']) {
      assert.ok(names(element.attributes).includes(attribute), `${element.tagName} lacks the attribute ${attribute}`);
    }
    for (const property of ['disclosure', 'state']) assert.ok(names(element.members).includes(property), `${element.tagName} lacks the property ${property}`);
    assert.deepEqual(names(element.events).sort(), ['disclosure-error', 'disclosure-load']);
    for (const part of ['base', 'heading', 'table', 'caption', 'chart', 'warnings', 'error', 'loading']) {
      assert.ok(names(element.cssParts).includes(part), `${element.tagName} lacks the part ${part}`);
    }
    for (const property of ['--disclosure-font-family', '--disclosure-color-text', '--disclosure-color-background', '--disclosure-color-focus']) {
      assert.ok(names(element.cssProperties).includes(property), `${element.tagName} lacks ${property}`);
    }
    assert.deepEqual(names(element.slots), ['footer']);
  }
  const breakdown = elements.find((element: any) => element.tagName === 'functional-breakdown');
  assert.ok(breakdown.attributes.some((attribute: any) => attribute.name === 'fund'));
});
