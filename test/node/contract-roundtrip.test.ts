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
