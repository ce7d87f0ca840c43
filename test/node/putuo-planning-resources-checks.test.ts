/**
 * The cross-checks of the planning-resources 2024 决算 (fixture
 * test/fixtures/putuo-planning-resources-2024.json) report exactly the
 * inconsistencies the document really has, and no others.
 *
 * The list below was made by hand while transcribing the PDF: each figure was
 * read off the page and each sum added up from the printed figures (see
 * test/fixtures/transcriptions/putuo-planning-resources-2024.differences.md,
 * which gives the pages and the arithmetic). It is NOT the checker's output.
 *
 * Differences that are only differences of scope are deliberately NOT here
 * (所有资金 vs 财政拨款 vs 一般公共预算): 本年支出合计 9759.38 vs 9746.50, 基本支出
 * 5377.64 (支出决算表) vs 5364.75 (一般公共预算), 城乡社区支出 3845.24 vs 3832.36,
 * and 收入决算表 (income) vs 支出决算表 (expenditure) by function.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseDisclosure } from '../../components/core/disclosure/index.js';

/** [JSON path of the published figure, published, computed from the other published figures] */
type Expected = [path: string, published: string, computed: string];

const expected: Expected[] = [
  // A1 — 卫生健康支出: p7 收入支出决算总表 236.63; p10 支出决算表 (and p8 收入决算表) 236.64 = 40.35 + 196.29.
  ['accountSummary.expenditure[1].amount', '236.63', '236.64'],
  // A2 — 城乡社区支出: p7 收入支出决算总表 3845.25; p11 支出决算表 3845.24 = 1105.68 + 2739.56.
  ['accountSummary.expenditure[2].amount', '3845.25', '3845.24'],
  // A3 — 卫生健康支出, 一般公共预算财政拨款: p12 财政拨款收入支出决算总表 236.63; p14 一般公共预算财政拨款支出决算表 236.64.
  ['appropriationTable.expenditure[1].generalPublicBudget', '236.63', '236.64'],
  // A4 — p21 说明五(二) "卫生健康支出（类）236.63 万元"; p14 table 236.64.
  ['functionalBreakdown.explanation.parts[1].figures[1].amount', '236.63', '236.64'],
  // A5 — p24 说明六 "一般公共预算财政拨款基本支出 5377.64 万元"; p15 合计 基本支出 5364.75 (= p16 4884.09 + 480.66).
  ['basicExpenditureTable.explanation.figures[0].amount', '5377.64', '5364.75'],
  // A6 — p24 说明六 "人员经费 4896.98 万元"; p16 人员经费合计 4884.09.
  ['basicExpenditureTable.explanation.figures[1].amount', '4896.98', '4884.09'],
  // B1 — p13 财政拨款收入支出决算总表 本年支出合计 9746.50 (合计 and 一般公共预算 columns);
  //      754.75 + 236.63 + 3832.36 + 4461.67 + 461.08 = 9746.49.
  ['appropriationTable.currentYearExpenditure.amount', '9746.50', '9746.49'],
  ['appropriationTable.currentYearExpenditure.generalPublicBudget', '9746.50', '9746.49'],
  // B2 — p14 212 城乡社区支出 3832.36; 基本 1572.70 + 项目 2259.65 = 3832.35.
  ['functionalBreakdown.items[2].amount', '3832.36', '3832.35'],
  // B3 — p14 21201 城乡社区管理事务 1092.80; 1084.02 + 8.77 = 1092.79.
  ['functionalBreakdown.items[2].children[0].amount', '1092.80', '1092.79'],
  // B4 — p14 2120101 行政运行 1092.80; 1084.02 + 8.77 = 1092.79.
  ['functionalBreakdown.items[2].children[0].children[0].amount', '1092.80', '1092.79'],
  // B5 — p15 合计 9746.50; 基本 5364.75 + 项目 4381.74 = 9746.49.
  ['functionalBreakdown.total', '9746.50', '9746.49'],
  // B6 — p16 人员经费合计 4884.09; 301 工资福利支出 4816.14 + 303 对个人和家庭的补助 67.96 = 4884.10.
  ['basicExpenditureTable.total.personnel', '4884.09', '4884.10'],
  // B7 — p16 302 商品和服务支出 440.90; its 27 items sum to 440.88.
  ['basicExpenditureTable.rows[1].amount', '440.90', '440.88'],
  // C1 — p21 说明五(一) "占本年支出合计的 99.86%"; 9746.50 / 9759.38 = 99.868…%.
  ['functionalBreakdown.explanation.parts[0].figures[1].percent', '99.86', '99.87'],
  // C2 — p21 说明五(三) "完成年初预算的 95.45%"; 9746.50 / 10210.34 = 95.457…%: said in the text, and held
  //      as the table's own 完成率 (`totalCompletionRate`), so reported at both.
  ['functionalBreakdown.explanation.parts[2].figures[0].percent', '95.45', '95.46'],
  ['functionalBreakdown.totalCompletionRate', '95.45', '95.46'],
  // C3 — p21 说明五(三) 年初预算 10210.34 (held as `totalBudget`, which the text's figure points at); the 13 项's
  //      年初预算 (p21–24) sum to 10210.33.
  ['functionalBreakdown.totalBudget', '10210.34', '10210.33'],
  // C4 — p27 说明十一(二) 政府采购金额 2319.21; 122.43 + 1387.72 + 809.07 = 2319.22.
  ['otherMatters.procurement.total', '2319.21', '2319.22'],
];

const byPath = (a: Expected, b: Expected) => (a[0] === b[0] ? a[1].localeCompare(b[1]) : a[0] < b[0] ? -1 : 1);

test('planning-resources 2024 决算: the cross-checks report exactly the document’s own differences', () => {
  const { warnings } = parseDisclosure(readFileSync('test/fixtures/putuo-planning-resources-2024.json', 'utf8'));
  const reported: Expected[] = warnings.map((warning) => [warning.path, warning.published ?? '', warning.computed ?? '']);
  assert.deepEqual([...reported].sort(byPath), [...expected].sort(byPath));
});
