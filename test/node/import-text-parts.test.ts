/**
 * The extended contract's text parts from the planning-resources PDF: each
 * section's 情况说明 (`explanation.title`, `explanation.text`, `explanation.parts`) and
 * 部门决算单位构成 (`department.composition`, `department.units`), compared
 * section by section with the hand-transcribed fixture
 * (test/fixtures/putuo-planning-resources-2024.json, typed from the PDF),
 * never with the importer's own output.
 *
 * Also: the sub-headed parts of 说明五 and 说明七, each 项's paragraph of 说明五
 * (the item's `explanation`), otherMatters' parts, the tables' notes. The
 * stated figures (`explanation.figures`) are compared in import-figures.test.ts.
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
    // Sub-headed parts ((一)(二)(三)): each part's title and paragraphs; the stated figures are compared in import-figures.test.ts.
    const parts = (explanation: Json) => (explanation.parts as Json[] | undefined)?.map((part) => ({ title: part.title, text: part.text }));
    assert.deepEqual(parts(actual), parts(expected));
  });
}

test('a few paragraphs spelt out by hand from the PDF (page 20, 21, 26)', () => {
  assert.equal(imported.incomeTable.explanation.text[0], '本年收入合计 9746.50 万元，其中：财政拨款收入 9746.50 万元，占 100.00%。');
  // 说明五 (page 21): three sub-headed parts, nothing before the first; the numbered 项 paragraphs are the items' own.
  assert.deepEqual(imported.functionalBreakdown.explanation.text, []);
  assert.deepEqual(
    imported.functionalBreakdown.explanation.parts.map((part: Json) => part.title),
    ['（一）一般公共预算财政拨款支出决算总体情况', '（二）一般公共预算财政拨款支出决算结构情况', '（三）一般公共预算财政拨款支出决算具体情况'],
  );
  assert.ok(imported.functionalBreakdown.explanation.parts[2].text.at(-1).endsWith('部分项目未开展完成。其中：'));
  // 说明七 (page 25–26): (二) ends with 国内公务接待 and its counts.
  assert.equal(imported.threePublicExpenses.explanation.parts[1].text.length, 8);
  assert.equal(imported.threePublicExpenses.explanation.parts[1].text[3], '公务用车购置支出为 0.00 万元。');
  assert.deepEqual(imported.stateCapitalTable.explanation, {
    title: '九、国有资本经营预算财政拨款收入支出决算情况说明',
    text: ['上海市普陀区规划与自然资源局 2024 年度无国有资本经营预算财政拨款收入和支出。'],
  });
});

test('说明五: each 项’s numbered paragraph is that item’s explanation (pages 21–24), compared with the hand transcription', () => {
  const items = (rows: Json[]): Json[] => rows.flatMap((row) => [row, ...items((row.children as Json[] | undefined) ?? [])]);
  const want = items(fixture.functionalBreakdown.items).filter((item) => item.explanation);
  const got = items(imported.functionalBreakdown.items);
  assert.equal(want.length, 13);
  for (const item of want) {
    const found = got.find((candidate) => candidate.code === item.code);
    assert.deepEqual(found?.explanation?.text, item.explanation.text, item.code);
  }
  assert.equal(got.filter((item) => item.explanation).length, 13);
  // Spelt out by hand (page 24): the text names 其他国土资源事务支出, the table 其他自然资源事务支出 (2200199): joined by its amount.
  assert.match(got.find((item) => item.code === '2200199')!.explanation.text[0], /^11、自然资源海洋气象等支出（类）自然资源事务（款）其他国土资源事务支出（项）。主要用于：事业单位项目支出。年初预算为 45.00 万元/);
});

test('十、十一: 预算绩效管理情况 and 其他重要事项’s parts are the otherMatters explanations (pages 26–28)', () => {
  for (const field of ['institutionalOperatingDetail', 'procurement', 'assets']) {
    assert.deepEqual(imported.otherMatters[field].explanation, fixture.otherMatters[field].explanation, field);
  }
  // The fixture types this paragraph without the spaces the other paragraphs have between a number and CJK ("局2024年度"):
  // compared without white space.
  const plain = (explanation: Json) => ({ title: explanation.title, text: (explanation.text as string[]).map((text) => text.replace(/\s+/g, '')) });
  assert.deepEqual(plain(imported.otherMatters.performance.explanation), plain(fixture.otherMatters.performance.explanation));
});

test('说明六: 人员经费 / 公用经费 主要包括… lists and each table’s 注：本表反映… note equal the hand transcription', () => {
  assert.equal(imported.basicExpenditureTable.personnelNote, fixture.basicExpenditureTable.personnelNote);
  assert.equal(imported.basicExpenditureTable.publicUseNote, fixture.basicExpenditureTable.publicUseNote);
  for (const section of SECTIONS) assert.equal(imported[section].note, fixture[section].note, section);
  assert.equal(imported.threePublicExpenses.note, '注：本表反映部门本年度“三公”经费支出预决算情况。');
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
