/**
 * The seed's narrative (情况说明 as web text) imports to a disclosure whose
 * every figure equals stories/data/seed-2022.json, which was transcribed by
 * hand from the same text. Compared leaf by leaf; the only fields the
 * importer cannot know are the 款/项 codes, which the narrative does not print.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importDisclosure } from '../../components/import/index.js';
import { parseDisclosure } from '../../components/core/disclosure/index.js';
import { sharedFile } from './import-helpers.js';

const seedText = readFileSync(sharedFile('seeds/000_db45f6549d3214a0.txt'), 'utf8');
const expected = parseDisclosure(readFileSync('stories/data/seed-2022.json', 'utf8')).disclosure;

/** Codes of 款 and 项 (5 and 7 digits): not in the narrative, so absent from the import. */
const NOT_IN_NARRATIVE = /^functionalBreakdown\.items\[\d+\]\.children\[\d+\](?:\.children\[\d+\])?\.code$/;

function leaves(value: unknown, path = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (Array.isArray(value)) value.forEach((item, index) => leaves(item, `${path}[${index}]`, out));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) leaves(item, path ? `${path}.${key}` : key, out);
  else out.set(path, value);
  return out;
}

test('the seed narrative imports to every figure of seed-2022.json', async () => {
  const { disclosure, warnings, report } = await importDisclosure(seedText);
  const got = leaves(disclosure);
  const want = leaves(expected);
  const differences: string[] = [];
  for (const [path, value] of want) {
    if (NOT_IN_NARRATIVE.test(path)) {
      assert.equal(got.get(path), undefined, `${path} is not in the narrative and must stay absent`);
      continue;
    }
    if (got.get(path) !== value) differences.push(`${path}: expected ${JSON.stringify(value)}, got ${JSON.stringify(got.get(path))}`);
  }
  // The extended contract adds the date the holdings are stated at (截至2022年12月31日); seed-2022.json predates it.
  for (const path of got.keys()) if (!want.has(path) && path !== 'otherMatters.assets.asOf') differences.push(`${path}: not in the seed, got ${JSON.stringify(got.get(path))}`);
  assert.deepEqual(differences, []);
  assert.equal(warnings.length, 0);
  assert.equal(report.source, 'text');
});

test('the JSON to save validates as it is', async () => {
  const { json } = await importDisclosure(seedText);
  const again = parseDisclosure(JSON.stringify(json));
  assert.equal(again.disclosure.fiscalAppropriation?.total, '933.74');
});

test('every figure of the seed import names the sentence it came from', async () => {
  const { report } = await importDisclosure(seedText);
  const income = report.figures.find((figure) => figure.path === 'accountSummary.incomeTotal');
  assert.equal(income?.value, '933.74');
  assert.equal(income?.at.kind, 'text');
  assert.match(income!.at.kind === 'text' ? income!.at.sentence : '', /收入总计为933\.74万元/);
  const rate = report.figures.find((figure) => figure.path === 'fiscalAppropriation.completionRate.total');
  assert.equal(rate?.value, '90.3');
  assert.match(rate!.row ?? '', /完成年初预算的90\.3%/);
});

test('HTML of the narrative imports like its text; tags never become content', async () => {
  const html = `<html><body><script>alert(1)</script>${seedText
    .split('\n')
    .map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('')}</body></html>`;
  const { disclosure } = await importDisclosure(html);
  assert.equal(disclosure.accountSummary?.incomeTotal, '933.74');
  assert.equal(disclosure.department.name, '高新区党群工作部');
  assert.ok(!JSON.stringify(disclosure).includes('alert'));
});
