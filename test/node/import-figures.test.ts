/**
 * The figures the 情况说明 state (`explanation.figures`), imported from the
 * planning-resources PDF, against the hand-transcribed fixture
 * (test/fixtures/putuo-planning-resources-2024.json): section by section and
 * part by part, and each 项's explanation of 说明五. A few are also spelt out
 * here by hand from the PDF's pages. Expected values never come from the
 * importer's output.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importDisclosure } from '../../components/import/index.js';
import { statedFigures } from '../../components/import/narrative/figures.js';
import { sharedFile } from './import-helpers.js';

type Json = Record<string, any>;
const fixture = JSON.parse(readFileSync(new URL('../fixtures/putuo-planning-resources-2024.json', import.meta.url), 'utf8')) as Json;
let imported: Json;
let warnings: { code: string; path: string }[];

before(async () => {
  const result = await importDisclosure(new Uint8Array(readFileSync(sharedFile('corpus/putuo-planning-resources-2024-final-accounts.pdf'))));
  imported = result.json;
  warnings = result.warnings;
});

const SECTIONS = ['accountSummary', 'incomeTable', 'expenditureTable', 'appropriationTable', 'functionalBreakdown', 'basicExpenditureTable', 'threePublicExpenses'];

for (const section of SECTIONS) {
  test(`${section}: the stated figures of the 情况说明 and of each part equal the hand transcription`, () => {
    const want = fixture[section].explanation as Json;
    const got = imported[section].explanation as Json;
    assert.deepEqual(got.figures, want.figures);
    assert.equal(got.parts?.length, want.parts?.length);
    (want.parts ?? []).forEach((part: Json, index: number) => assert.deepEqual(got.parts[index].figures, part.figures, `${section} part ${index + 1}`));
  });
}

test('说明五: each 项’s budget comparison (年初预算, 支出决算, 完成率, direction, reason) equals the hand transcription', () => {
  const items = (rows: Json[]): Json[] => rows.flatMap((row) => [row, ...items(row.children ?? [])]);
  const want = items(fixture.functionalBreakdown.items).filter((item) => item.explanation);
  const got = items(imported.functionalBreakdown.items);
  assert.equal(want.length, 13);
  for (const item of want) assert.deepEqual(got.find((candidate) => candidate.code === item.code)?.explanation?.figures, item.explanation.figures, item.code);
});

test('figures spelt out by hand from the PDF (pages 20, 21, 25)', () => {
  // Page 20, 说明三: "本年支出合计 9759.38 万元，其中：基本支出 5377.64 万元，占 55.10%".
  assert.ok(
    imported.expenditureTable.explanation.figures.some(
      (figure: Json) => figure.kind === 'share' && figure.ref === 'expenditureTable.total.basic' && figure.of === 'expenditureTable.total.amount' && figure.percent === '55.10',
    ),
  );
  // Page 21, 说明五(三): "年初预算为 10210.34 万元，支出决算为 9746.50 万元，完成年初预算的 95.45%" — 表五's 年初预算 and 完成率.
  assert.equal(imported.functionalBreakdown.totalBudget, '10210.34');
  assert.equal(imported.functionalBreakdown.totalCompletionRate, '95.45');
  // Page 21: "增长 13.95。" is printed without "%": the percent is kept as printed.
  const change = imported.functionalBreakdown.explanation.parts[0].figures.find((figure: Json) => figure.kind === 'change' && figure.ref === 'functionalBreakdown.total');
  assert.deepEqual([change.direction, change.change, change.percent, change.amount], ['higher', '1193.20', '13.95', '9746.50']);
  // Page 25, 说明七(一): "因公出国（境）费支出与上一年度持平".
  assert.ok(imported.threePublicExpenses.explanation.parts[0].figures.some((figure: Json) => figure.text === '因公出国（境）费支出与上一年度持平' && figure.direction === 'same'));
});

test('the cross-checks compare the stated figures with the tables: 说明六 says 基本支出 5377.64 where 表五 says 5364.75', () => {
  // Page 24 states 一般公共预算财政拨款基本支出 5377.64 万元; 表五's 合计 row prints 基本支出 5364.75 (page 16). Kept as published, and reported.
  assert.equal(imported.functionalBreakdown.totalBasic, '5364.75');
  assert.ok(imported.basicExpenditureTable.explanation.figures.some((figure: Json) => figure.ref === 'functionalBreakdown.totalBasic' && figure.amount === '5377.64'));
  assert.ok(warnings.some((warning) => /basicExpenditureTable\.explanation\.figures/.test(warning.path)), JSON.stringify(warnings.map((warning) => warning.path)));
});

test('a figure stated in 万元 in a disclosure in 元 keeps its digits and says its unit; an unknown label states nothing', () => {
  const disclosure: Json = { unit: '元', threePublicExpenses: { total: '8675000', officialReception: { amount: '285000' } } };
  const [figures] = statedFigures('threePublicExpenses', ['公务接待费支出决算 28.50 万元，占 3.29%；其他费用 12.00 万元。'], { disclosure, unit: '元' });
  assert.deepEqual(figures, [
    { kind: 'share', text: '公务接待费支出决算 28.50 万元，占 3.29%', ref: 'threePublicExpenses.officialReception.amount', amount: '28.50', unit: '万元', of: 'threePublicExpenses.total', percent: '3.29' },
  ]);
  // A label whose table figure is absent: the figure is kept, without a ref to nothing.
  const [unreferenced] = statedFigures('threePublicExpenses', ['公务用车购置支出为 0.00 万元。'], { disclosure, unit: '元' });
  assert.deepEqual(unreferenced, [{ kind: 'amount', text: '公务用车购置支出为 0.00 万元', amount: '0.00', unit: '万元' }]);
});
