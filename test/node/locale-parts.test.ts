/**
 * The catalogue's parts (components/core/locale/{zh-CN,en}/*.ts): every key of
 * the catalogue is in exactly one part, each part file holds exactly the keys
 * `CATALOGUE_PARTS` lists for it, in both languages, and every element asks
 * only for parts that exist. The completeness of en against zh-CN, key by key
 * down to the leaves, is test/core/locale.test.ts, over the parts put together.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { CATALOGUE_PARTS, type CataloguePartName } from '../../components/core/locale/index.js';
import { zhCN } from '../../components/core/locale/zh-CN.js';
import { en } from '../../components/core/locale/en.js';

const names = Object.keys(CATALOGUE_PARTS) as CataloguePartName[];
const fileOf = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

test('every key of the catalogue is in exactly one part', () => {
  const listed = names.flatMap((name) => [...CATALOGUE_PARTS[name]]);
  assert.deepEqual([...listed].sort(), Object.keys(zhCN).sort());
  assert.equal(new Set(listed).size, listed.length);
  assert.deepEqual(Object.keys(en).sort(), Object.keys(zhCN).sort());
});

for (const locale of ['zh-CN', 'en']) {
  test(`each ${locale} part file holds exactly the keys of its part, and there is no other part file`, async () => {
    const files = readdirSync(new URL(`../../components/core/locale/${locale}/`, import.meta.url)).sort();
    assert.deepEqual(files, names.map((name) => `${fileOf(name)}.ts`).sort());
    for (const name of names) {
      const { part } = (await import(`../../components/core/locale/${locale}/${fileOf(name)}.js`)) as { part: object };
      assert.deepEqual(Object.keys(part).sort(), [...CATALOGUE_PARTS[name]].sort(), `${locale}/${fileOf(name)}.ts`);
    }
  });
}

test('every element asks for parts that exist, and the report for those of every section it shows', async () => {
  const tags = readdirSync(new URL('../../components/', import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && readdirSync(new URL(`../../components/${entry.name}/`, import.meta.url)).includes('define.ts'))
    .map((entry) => entry.name);
  assert.ok(tags.length >= 12);
  const partsOf = async (tag: string): Promise<readonly string[]> => {
    const module = (await import(`../../components/${tag}/${tag}.js`)) as Record<string, unknown>;
    const element = Object.values(module).find((value) => typeof value === 'function' && Array.isArray((value as { catalogueParts?: unknown }).catalogueParts));
    assert.ok(element, `<${tag}> declares its catalogue parts`);
    return (element as unknown as { catalogueParts: readonly string[] }).catalogueParts;
  };
  const all = new Set<string>();
  for (const tag of tags.filter((tag) => tag !== 'disclosure-report')) {
    const parts = await partsOf(tag);
    assert.ok(parts.length > 0, `<${tag}> has words of its own`);
    for (const part of parts) {
      assert.ok(names.includes(part as CataloguePartName), `<${tag}>: ${part}`);
      all.add(part);
    }
  }
  const report = new Set(await partsOf('disclosure-report'));
  for (const part of all) assert.ok(report.has(part), `<disclosure-report> loads ${part}`);
  assert.ok(report.has('report'));
  // Nobody loads the validator's messages or the checks' words before first paint.
  assert.ok(!all.has('problems') && !all.has('checks') && !report.has('problems') && !report.has('checks'));
});
