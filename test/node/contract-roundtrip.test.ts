/**
 * parseDisclosure's output is itself valid input (issue 14, round 2): the
 * importer and the pre-renderer validate what the validator wrote. For every
 * fixture and story data file, parsing the output again succeeds, gives the
 * same disclosure and the same warnings.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { parseDisclosure } from '../../components/core/disclosure/index.js';
import { materialise, validFixtures } from '../fixtures/bad-inputs.js';
import { convertAmount } from '../../components/core/money.js';

const files = [
  'test/fixtures/putuo-planning-resources-2024.json',
  'test/fixtures/putuo-district-office-2025-budget.json',
  ...readdirSync('stories/data')
    .filter((name) => name.endsWith('.json'))
    .map((name) => `stories/data/${name}`),
];

const warningsOf = (warnings: ReturnType<typeof parseDisclosure>['warnings']) =>
  warnings.map(({ path, code, published, computed, withinRounding }) => ({ path, code, published, computed, withinRounding }));

for (const file of files) {
  test(`${file}: parseDisclosure(JSON.stringify(output)) succeeds, with the same disclosure and warnings`, () => {
    const first = parseDisclosure(readFileSync(file, 'utf8'));
    const again = parseDisclosure(JSON.stringify(first.disclosure));
    assert.deepEqual(again.disclosure, first.disclosure);
    assert.deepEqual(warningsOf(again.warnings), warningsOf(first.warnings));
  });
}

const bases = { seed: 'stories/data/seed-2022.json', synthetic: 'stories/data/synthetic-2023.json' };
for (const fixture of validFixtures) {
  test(`valid fixture "${fixture.name}": the output parses again to itself, with the same warnings`, () => {
    const first = parseDisclosure(materialise(fixture.input, JSON.parse(readFileSync(bases[fixture.base], 'utf8'))));
    const again = parseDisclosure(JSON.stringify(first.disclosure));
    assert.deepEqual(again.disclosure, first.disclosure);
    assert.deepEqual(warningsOf(again.warnings), warningsOf(first.warnings));
  });
}

test('the seed has derived 款 amounts, and they survive the round trip marked as derived', () => {
  const first = parseDisclosure(readFileSync('stories/data/seed-2022.json', 'utf8'));
  assert.equal(first.disclosure.functionalBreakdown!.items[0]!.children![0]!.amountDerived, true);
  const again = parseDisclosure(JSON.stringify(first.disclosure));
  assert.equal(again.disclosure.functionalBreakdown!.items[0]!.children![0]!.amountDerived, true);
  assert.equal(again.disclosure.functionalBreakdown!.items[0]!.children![0]!.amount, '933.74');
});

test('amountDerived given on an amount that is not the children\'s sum is dropped: the amount is read as published and checked', () => {
  const seed = JSON.parse(readFileSync('stories/data/seed-2022.json', 'utf8'));
  seed.functionalBreakdown.items[0].amount = '933.75';
  seed.functionalBreakdown.items[0].amountDerived = true;
  const { disclosure, warnings } = parseDisclosure(seed);
  assert.equal(disclosure.functionalBreakdown!.items[0]!.amountDerived, undefined);
  assert.ok(warnings.some((warning) => warning.path === 'functionalBreakdown.items[0].amount' && warning.code === 'sum' && warning.published === '933.75'));
});

test('a section restated in another unit (“三公” of the planning-resources 决算 in 元) gives the same cross-check results: the checks convert exactly', () => {
  const text = readFileSync('test/fixtures/putuo-planning-resources-2024.json', 'utf8');
  const original = parseDisclosure(text);
  const restated = JSON.parse(text);
  const three = restated.threePublicExpenses;
  const inYuan = (amount: string) => convertAmount(amount, '万元', '元');
  three.unit = '元';
  three.total = inYuan(three.total);
  for (const part of ['outboundTravel', 'officialReception'] as const) three[part].amount = inYuan(three[part].amount);
  if (three.officialReception.foreignAmount) three.officialReception.foreignAmount = inYuan(three.officialReception.foreignAmount);
  for (const field of ['amount', 'purchase', 'operation'] as const) if (three.officialVehicles[field]) three.officialVehicles[field] = inYuan(three.officialVehicles[field]);
  for (const side of ['previousYear', 'budget'] as const) {
    for (const [key, value] of Object.entries(three[side] ?? {})) three[side][key] = inYuan(value as string);
  }
  for (const change of Object.values(three.change ?? {}) as { amount: string }[]) change.amount = change.amount.startsWith('-') ? `-${inYuan(change.amount.slice(1))}` : inYuan(change.amount);
  assert.equal(three.total, '3900', '0.39 万元 is exactly 3900 元');
  const { warnings } = parseDisclosure(restated);
  const pathsAndCodes = (list: typeof warnings) => list.map(({ path, code }) => `${path} ${code}`).sort();
  // The 情况说明 七 still states 0.39 万元 (the disclosure's unit): compared with 3900.00 元, it agrees.
  assert.deepEqual(pathsAndCodes(warnings), pathsAndCodes(original.warnings));
});
