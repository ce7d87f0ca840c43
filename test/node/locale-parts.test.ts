/**
 * The catalogue's parts (components/core/locale/{zh-CN,en}/*.ts): every key of
 * the catalogue is in exactly one part, the zh-CN file of a part saying which
 * (the type `CataloguePart` follows it), the en file of each part holds the
 * same keys, and every element asks only for parts that exist. The
 * completeness of en against zh-CN, key by key down to the leaves, is
 * test/core/locale.test.ts, over the parts put together.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { CHECKS_PARTS, PROBLEMS_PARTS, type CatalogueLoader } from '../../components/core/locale/index.js';
import { zhCN } from '../../components/core/locale/zh-CN.js';
import { en } from '../../components/core/locale/en.js';

const folder = (locale: string) => new URL(`../../components/core/locale/${locale}/`, import.meta.url);
const files = readdirSync(folder('zh-CN')).filter((file) => file.endsWith('.ts')).sort();
const keysOf = async (locale: string, file: string) => Object.keys(((await import(`../../components/core/locale/${locale}/${file.replace(/\.ts$/, '.js')}`)) as { part: object }).part).sort();
/** A part's name is its file's name in camel case (three-public.ts: threePublic). */
const nameOf = (file: string) => file.replace(/\.ts$/, '').replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

test('every key of the catalogue is in exactly one zh-CN part, and en has the same parts', async () => {
  assert.ok(files.length >= 16);
  assert.deepEqual(readdirSync(folder('en')).filter((file) => file.endsWith('.ts')).sort(), files);
  const listed: string[] = [];
  for (const file of files) listed.push(...(await keysOf('zh-CN', file)));
  assert.equal(new Set(listed).size, listed.length, 'a key is in two parts');
  assert.deepEqual([...listed].sort(), Object.keys(zhCN).sort());
  assert.deepEqual(Object.keys(en).sort(), Object.keys(zhCN).sort());
});

test('each en part file holds exactly the keys of its zh-CN file', async () => {
  for (const file of files) assert.deepEqual(await keysOf('en', file), await keysOf('zh-CN', file), file);
});

test('the validator\'s messages and the checks\' words are parts of their own', () => {
  assert.deepEqual(PROBLEMS_PARTS.map((part) => part.name), ['problems']);
  assert.deepEqual(CHECKS_PARTS.map((part) => part.name), ['checks', 'lines', 'functionalBreakdown']);
});

test('every element asks for parts that exist, and the report for those of every section it shows', async () => {
  const tags = readdirSync(new URL('../../components/', import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && readdirSync(new URL(`../../components/${entry.name}/`, import.meta.url)).includes('define.ts'))
    .map((entry) => entry.name);
  assert.ok(tags.length >= 12);
  const names = files.map(nameOf);
  const partsOf = async (tag: string): Promise<readonly string[]> => {
    const module = (await import(`../../components/${tag}/${tag}.js`)) as Record<string, unknown>;
    const element = Object.values(module).find((value) => typeof value === 'function' && Array.isArray((value as { catalogueParts?: unknown }).catalogueParts));
    assert.ok(element, `<${tag}> declares its catalogue parts`);
    const parts = (element as unknown as { catalogueParts: readonly CatalogueLoader[] }).catalogueParts;
    // Each loads the part's own file in each language (the import's path names it).
    for (const part of parts) {
      for (const locale of ['zh-CN', 'en'] as const) assert.deepEqual(await keysOf(locale, `${part.name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}.ts`), Object.keys((await part.load![locale]()).part).sort());
    }
    return parts.map((part) => part.name);
  };
  const all = new Set<string>();
  for (const tag of tags.filter((tag) => tag !== 'disclosure-report')) {
    const parts = await partsOf(tag);
    assert.ok(parts.length > 0, `<${tag}> has words of its own`);
    for (const part of parts) {
      assert.ok(names.includes(part), `<${tag}>: ${part}`);
      all.add(part);
    }
  }
  // The report: its own words and those of the sections whose titles its contents list.
  assert.deepEqual([...(await partsOf('disclosure-report'))].sort(), ['glossaryElement', 'otherMatters', 'profile', 'report']);
  const report = new Set(await partsOf('disclosure-report'));
  // Nobody loads the validator's messages or the checks' words before first paint.
  assert.ok(!all.has('problems') && !all.has('checks') && !report.has('problems') && !report.has('checks'));
});
