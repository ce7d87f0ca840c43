/**
 * The extended contract's text parts from the planning-resources PDF: each
 * section's 情况说明 (`explanation.title` and `explanation.text`) and
 * 部门决算单位构成 (`department.composition`, `department.units`), compared
 * section by section with the hand-transcribed fixture
 * (test/fixtures/putuo-planning-resources-2024.json, typed from the PDF),
 * never with the importer's own output.
 *
 * Not compared here, because the importer does not read them yet: the stated
 * figures (`explanation.figures`), the explanations of functionalBreakdown's
 * items and of otherMatters' parts (see docs/import.md, "Text parts").
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importDisclosure, type ImportResult } from '../../components/import/index.js';
import { normaliseProse } from '../../components/import/narrative/sections.js';
import { sharedFile } from './import-helpers.js';

type Json = Record<string, any>;
const fixture = JSON.parse(readFileSync(new URL('../fixtures/putuo-planning-resources-2024.json', import.meta.url), 'utf8')) as Json;
let imported: Json;

before(async () => {
  const result: ImportResult = await importDisclosure(new Uint8Array(readFileSync(sharedFile('corpus/putuo-planning-resources-2024-final-accounts.pdf'))));
  imported = result.json;
});

const SECTIONS = [
  'accountSummary',
  'incomeTable',
  'expenditureTable',
  'appropriationTable',
  'functionalBreakdown',
  'basicExpenditureTable',
  'threePublicExpenses',
  'governmentFundTable',
  'stateCapitalTable',
];

for (const section of SECTIONS) {
  test(`${section}: the 情况说明 title and paragraphs equal the hand transcription`, () => {
    const expected = fixture[section].explanation as Json;
    const actual = imported[section]?.explanation as Json | undefined;
    assert.ok(actual, `${section}.explanation is absent`);
    assert.equal(actual.title, expected.title);
    assert.deepEqual(actual.text, expected.text);
  });
}

test('a few paragraphs spelt out by hand from the PDF (page 20, 21, 26)', () => {
  assert.equal(imported.incomeTable.explanation.text[0], '本年收入合计 9746.50 万元，其中：财政拨款收入 9746.50 万元，占 100.00%。');
  assert.equal(imported.functionalBreakdown.explanation.text[0], '（一）一般公共预算财政拨款支出决算总体情况');
  assert.equal(imported.functionalBreakdown.explanation.text.length, 6);
  assert.deepEqual(imported.stateCapitalTable.explanation, {
    title: '九、国有资本经营预算财政拨款收入支出决算情况说明',
    text: ['上海市普陀区规划与自然资源局 2024 年度无国有资本经营预算财政拨款收入和支出。'],
  });
});

test('部门决算单位构成: the composition paragraphs and the units table (序号 / 单位名称 / 备注) equal the hand transcription', () => {
  assert.deepEqual(imported.department.composition, fixture.department.composition);
  assert.deepEqual(imported.department.units, fixture.department.units);
  assert.deepEqual(imported.department.units[4], { number: 5, name: '上海市普陀区规划和自然资源管理事务中心', remark: '下属事业单位' });
});

test('the PDF spacing is normalised as the documents are transcribed', () => {
  assert.equal(normaliseProse('增长 12.08 %。主要原因'), '增长 12.08%。主要原因');
  assert.equal(normaliseProse('社会保障和就业支出（类） 754.75 万元，占7.74%；'), '社会保障和就业支出（类）754.75 万元，占 7.74%；');
  assert.equal(normaliseProse('1 、因公出国'), '1、因公出国');
  assert.equal(normaliseProse('完成年初预算的 9 9.94 %。'), '完成年初预算的 99.94%。');
  assert.equal(normaliseProse('列明公务接待 2 批次、 26 人次'), '列明公务接待 2 批次、26 人次');
});
