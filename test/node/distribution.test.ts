/**
 * What the package ships after `npm run build`: every export resolves to a
 * built file, the full bundle is within its gzip budget, and an element's own
 * entry pulls in only what that element uses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
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

test('every export of package.json points at a built file', () => {
  for (const [name, value] of Object.entries(pkg.exports as Record<string, unknown>)) {
    for (const target of exportTargets(value)) {
      if (target.includes('*')) continue;
      assert.ok(existsSync(target), `export ${name} → ${target} does not exist`);
    }
  }
  assert.ok(existsSync(pkg.bin['disclosure-validate']));
});

test('the full bundle is within its 60 KB gzipped budget (every element, decimal.js as published), and the build reports the exact figure', () => {
  const bundle = readFileSync('dist/disclosure-elements.js');
  const gzipped = gzipSync(bundle, { level: 9 }).length;
  const reported = JSON.parse(readFileSync('dist/size.json', 'utf8'));
  assert.equal(reported.gzipped, gzipped);
  assert.equal(reported.minified, bundle.length);
  assert.equal(reported.budget, 60 * 1024);
  assert.ok(gzipped <= reported.budget, `${gzipped} bytes gzipped is over the ${reported.budget}-byte budget`);
});

test('the full bundle registers every element and has no import left', () => {
  const text = readFileSync('dist/disclosure-elements.js', 'utf8');
  for (const tag of ['account-summary', 'functional-breakdown', 'three-public-expenses']) assert.ok(text.includes(`"${tag}"`), `${tag} is not in the bundle`);
  assert.doesNotMatch(text, /\bimport\s*[("'{]|\bfrom\s*["']/);
});

test('importing only <three-public-expenses> does not pull in d3-hierarchy', async () => {
  const inputs = await inputsOf('dist/lib/three-public-expenses/define.js');
  assert.ok(inputs.some((input) => input.includes('three-public-expenses')));
  assert.deepEqual(inputs.filter((input) => input.includes('d3-hierarchy')), []);
  assert.deepEqual(inputs.filter((input) => input.includes('functional-breakdown') || input.includes('account-summary')), []);
});

test('importing only <functional-breakdown> leaves the other elements out', async () => {
  const inputs = await inputsOf('dist/lib/functional-breakdown/define.js');
  assert.deepEqual(inputs.filter((input) => input.includes('account-summary') || input.includes('three-public-expenses')), []);
});

test('the Custom Elements Manifest lists every element with its attributes, properties, events, CSS properties, parts and slot', () => {
  const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
  const elements = manifest.modules.flatMap((module: { declarations?: any[] }) => module.declarations ?? []).filter((declaration: any) => declaration.customElement);
  assert.deepEqual(elements.map((element: any) => element.tagName).sort(), ['account-summary', 'functional-breakdown', 'three-public-expenses']);
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
