/**
 * The corpus PDFs through importDisclosure. Every expected value below was
 * transcribed by hand from the PDF's own text (`pdftotext -layout`, see
 * /work/brief/*.txt), never from the importer's output.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importDisclosure, ImportError, type ImportResult } from '../../components/import/index.js';
import type { FunctionItem } from '../../components/core/disclosure/index.js';
import { contractHasTables } from '../../components/import/tables/map.js';
import { BUDGET_PDFS, sharedFile } from './import-helpers.js';

/** The extended contract (the nine tables) or version 1: the same figures, in the sections each has. */
const extended = contractHasTables();
type Json = Record<string, any>;

const corpus = (name: string) => new Uint8Array(readFileSync(sharedFile(`corpus/${name}`)));

function findItem(items: readonly FunctionItem[] | undefined, code: string): FunctionItem | undefined {
  for (const item of items ?? []) {
    if (item.code === code) return item;
    const inside = findItem(item.children, code);
    if (inside) return inside;
  }
  return undefined;
}

let planning: ImportResult;
before(async () => {
  planning = await importDisclosure(corpus('putuo-planning-resources-2024-final-accounts.pdf'));
});

test('planning-resources 2024: year, department (as on the cover, not as in the table titles), unit', () => {
  const { disclosure } = planning;
  assert.equal(disclosure.kind, 'final-accounts');
  assert.equal(disclosure.fiscalYear, 2024);
  assert.equal(disclosure.unit, '万元');
  assert.equal(disclosure.department.name, '上海市普陀区规划和自然资源局');
});

test('planning-resources 2024: 收入支出决算总表 and 支出决算表 figures; blank lines stay absent', () => {
  const summary = planning.disclosure.accountSummary!;
  // 收入支出决算总表: 一、一般公共预算财政拨款收入 9746.50; 年初结转和结余 112.88; 本年收入合计 9746.50; 总计 9859.38;
  // 本年支出合计 9759.38; 年末结转和结余 100.00. 支出决算表 合计: 本年支出合计 9759.38, 基本支出 5377.64, 项目支出 4381.74.
  assert.equal(summary.currentYearIncome, '9746.50');
  assert.equal(summary.incomeTotal, '9859.38');
  assert.equal(summary.currentYearExpenditure, '9759.38');
  assert.equal(summary.yearEndBalance, '100.00');
  if (extended) {
    const json = planning.json as Json;
    assert.deepEqual(json.accountSummary.income, [
      { key: 'generalPublicBudget', label: '一般公共预算财政拨款收入', amount: '9746.50' },
      { key: 'priorYearBalance', label: '年初结转和结余', amount: '112.88' },
    ]);
    // 支出 side by function 类: 八 754.75, 九 236.63 (收入决算表 says 236.64: kept as published), 十一 3845.25, 十八 4461.67, 十九 461.08.
    assert.deepEqual(
      json.accountSummary.expenditure.map((line: Json) => [line.code, line.label, line.amount]),
      [
        ['208', '社会保障和就业支出', '754.75'],
        ['210', '卫生健康支出', '236.63'],
        ['212', '城乡社区支出', '3845.25'],
        ['220', '自然资源海洋气象等支出', '4461.67'],
        ['221', '住房保障支出', '461.08'],
      ],
    );
    assert.equal(json.accountSummary.expenditureGrandTotal, '9859.38');
    assert.deepEqual(json.expenditureTable.total, { amount: '9759.38', basic: '5377.64', project: '4381.74' });
    assert.deepEqual(json.incomeTable.total, { amount: '9746.50', fiscalAppropriation: '9746.50' });
  } else {
    assert.deepEqual(summary.income, [
      { key: 'generalPublicBudget', amount: '9746.50' },
      { key: 'priorYearBalance', amount: '112.88' },
    ]);
    assert.deepEqual(summary.expenditure, [
      { key: 'basic', amount: '5377.64' },
      { key: 'project', amount: '4381.74' },
    ]);
  }
});

test('planning-resources 2024: 一般公共预算财政拨款支出决算表 over its page break, wrapped labels joined', () => {
  const breakdown = planning.disclosure.functionalBreakdown!;
  assert.equal(breakdown.total, '9746.50');
  assert.deepEqual(
    breakdown.items.map((item) => [item.code, item.name, item.amount, item.basic, item.project]),
    [
      ['208', '社会保障和就业支出', '754.75', '754.75', '0.00'],
      ['210', '卫生健康支出', '236.64', '236.64', '0.00'],
      ['212', '城乡社区支出', '3832.36', '1572.70', '2259.65'],
      ['220', '自然资源海洋气象等支出', '4461.67', '2339.58', '2122.09'],
      ['221', '住房保障支出', '461.08', '461.08', '0.00'],
    ],
  );
  const expected: [string, string, string, string, string][] = [
    ['20805', '行政事业单位养老支出', '754.75', '754.75', '0.00'],
    ['2080501', '行政单位离退休', '54.53', '54.53', '0.00'],
    ['2080502', '事业单位离退休', '28.11', '28.11', '0.00'],
    ['2080505', '机关事业单位基本养老保险缴费支出', '446.11', '446.11', '0.00'],
    ['2080506', '机关事业单位职业年金缴费支出', '225.12', '225.12', '0.00'],
    ['2080599', '其他行政事业单位养老支出', '0.88', '0.88', '0.00'],
    ['21011', '行政事业单位医疗', '236.64', '236.64', '0.00'],
    ['2101101', '行政单位医疗', '40.35', '40.35', '0.00'],
    ['2101102', '事业单位医疗', '196.29', '196.29', '0.00'],
    ['21201', '城乡社区管理事务', '1092.80', '1084.02', '8.77'],
    ['2120101', '行政运行', '1092.80', '1084.02', '8.77'],
    ['21202', '城乡社区规划与管理', '2739.56', '488.68', '2250.88'],
    ['2120201', '城乡社区规划与管理', '2739.56', '488.68', '2250.88'],
    ['22001', '自然资源事务', '4461.67', '2339.58', '2122.09'],
    ['2200150', '事业运行', '4416.67', '2339.58', '2077.09'],
    ['2200199', '其他自然资源事务支出', '45.00', '0.00', '45.00'],
    ['22102', '住房改革支出', '461.08', '461.08', '0.00'],
    ['2210201', '住房公积金', '289.59', '289.59', '0.00'],
    ['2210203', '购房补贴', '171.49', '171.49', '0.00'],
  ];
  for (const [code, name, amount, basic, project] of expected) {
    const item = findItem(breakdown.items, code);
    assert.deepEqual([item?.name, item?.amount, item?.basic, item?.project], [name, amount, basic, project], code);
  }
});

test('planning-resources 2024: 财政拨款, “三公” (nested header) and 基本支出 figures', () => {
  const { disclosure } = planning;
  const three = disclosure.threePublicExpenses!;
  // 预算数/决算数: 合计 2.85/0.39, 因公出国（境）费 0.00/0.00, 公务用车 0.00/0.00 (购置 0.00/0.00, 运行维护 0.00/0.00), 公务接待费 2.85/0.39.
  assert.equal(three.total, '0.39');
  assert.equal(three.outboundTravel.amount, '0.00');
  assert.equal(three.officialReception.amount, '0.39');
  assert.deepEqual([three.officialVehicles.amount, three.officialVehicles.purchase, three.officialVehicles.operation], ['0.00', '0.00', '0.00']);
  assert.equal(three.budget?.total, '2.85');
  assert.equal(three.budget?.officialReception, '2.85');
  if (extended) {
    const json = planning.json as Json;
    // 财政拨款收入支出决算总表: 本年收入合计 9746.50 (一般公共预算财政拨款); 总计 9746.50; 本年支出合计 9746.50 / 9746.50.
    assert.deepEqual(json.appropriationTable.income, { amount: '9746.50', generalPublicBudget: '9746.50' });
    assert.equal(json.appropriationTable.incomeTotal, '9746.50');
    assert.deepEqual(json.appropriationTable.currentYearExpenditure, { amount: '9746.50', generalPublicBudget: '9746.50' });
    assert.deepEqual(json.appropriationTable.expenditure[1], { code: '210', name: '卫生健康支出', amount: '236.63', generalPublicBudget: '236.63' });
    // 基本支出决算表: 人员经费合计 4884.09, 公用经费合计 480.66; 301 工资福利支出 4816.14, 30207 邮电费 8.05 (right-hand group).
    assert.deepEqual(json.basicExpenditureTable.total, { personnel: '4884.09', publicUse: '480.66' });
    assert.deepEqual(json.basicExpenditureTable.rows.map((row: Json) => [row.code, row.amount]), [
      ['301', '4816.14'],
      ['302', '440.90'],
      ['303', '67.96'],
      ['310', '39.76'],
    ]);
    const postal = json.basicExpenditureTable.rows[1].children.find((row: Json) => row.code === '30207');
    assert.deepEqual(postal, { code: '30207', name: '邮电费', amount: '8.05' });
  } else {
    assert.equal(disclosure.fiscalAppropriation?.total, '9746.50');
    // 基本支出: 人员经费合计 4884.09, 公用经费合计 480.66 (基本支出决算表); total 5364.75 (一般公共预算财政拨款支出决算表 合计, 基本支出).
    assert.deepEqual(
      [disclosure.basicExpenditure?.total, disclosure.basicExpenditure?.personnel, disclosure.basicExpenditure?.publicUse],
      ['5364.75', '4884.09', '480.66'],
    );
  }
});

test('planning-resources 2024: empty fund tables are reported present-and-empty, not turned into 0', () => {
  const { disclosure, report } = planning;
  assert.equal(disclosure.governmentFundExpenditure, undefined);
  assert.equal(disclosure.stateCapitalExpenditure, undefined);
  if (extended) {
    const json = planning.json as Json;
    assert.deepEqual(json.governmentFundTable, {
      rows: [],
      remark: '说明：上海市普陀区规划和自然资源局本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。',
      // The line under the table (page 18), as printed.
      note: '注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。',
      // 情况说明 八 (page 26), as published.
      explanation: { title: '八、政府性基金预算财政拨款收入支出决算情况说明', text: ['上海市普陀区规划与自然资源局 2024 年度无政府性基金预算财政拨款收入和支出。'] },
    });
  }
  const empty = report.notes.filter((note) => note.code === 'table-empty').map((note) => note.table);
  assert.deepEqual(empty, ['政府性基金预算财政拨款收入支出决算表', '国有资本经营预算财政拨款收入支出决算表']);
  assert.ok(disclosure.notes?.some((note) => /本年度没有政府性基金预算财政拨款收入和支出/.test(note)));
  assert.equal(report.tablesFound.length, 9);
});

test('planning-resources 2024: every figure is traced to its page, table, row and column', () => {
  const figure = planning.report.figures.find((entry) => entry.path === 'accountSummary.yearEndBalance');
  assert.equal(figure?.table, '收入支出决算总表');
  assert.equal(figure?.row, '年末结转和结余');
  assert.equal(figure?.at.kind === 'pdf' ? figure.at.page : 0, 7);
  const wrapped = planning.report.figures.find((entry) => entry.path.endsWith('.amount') && entry.value === '225.12' && entry.table === '一般公共预算财政拨款支出决算表');
  assert.equal(wrapped?.row, '机关事业单位职业年金缴费支出');
  assert.equal(wrapped?.column, '合计');
  // 收入支出决算总表 says 卫生健康支出 236.63 where 收入决算表 says 236.64: the importer keeps each as published.
  for (const path of planning.report.figures.map((entry) => entry.path)) assert.ok(path.length > 0);
});

test('each budget PDF imports and validates', async () => {
  for (const name of BUDGET_PDFS) {
    const { disclosure } = await importDisclosure(corpus(name));
    assert.equal(disclosure.kind, 'budget', name);
    assert.equal(disclosure.unit, '元', name);
    assert.ok(disclosure.functionalBreakdown && disclosure.functionalBreakdown.items.length > 0, name);
    assert.ok(disclosure.accountSummary, name);
  }
});

test('district office 2025 budget: 财务收支预算总表, 财政拨款收支预算总表 and 功能分类预算表 figures', async () => {
  const { disclosure, json } = await importDisclosure(corpus('putuo-district-office-2025-budget.pdf'));
  assert.equal(disclosure.fiscalYear, 2025);
  assert.equal(disclosure.department.name, '上海市普陀区人民政府办公室');
  // 财务收支预算总表: 一、财政拨款收入 91,016,775.35; 1. 一般公共预算资金 91,016,775.35; 收入总计 / 支出总计 91,016,775.35.
  const summary = disclosure.accountSummary!;
  if (extended) {
    // The lines printed with a blank 预算数 (2. 政府性基金, 3. 国有资本经营预算, 二、事业收入, 三、事业单位经营收入,
    // 四、其他收入) keep their labels as blank lines: no amount, never 0.
    assert.deepEqual(summary.income, [
      {
        key: 'fiscalAppropriation',
        label: '财政拨款收入',
        amount: '91016775.35',
        children: [
          { key: 'generalPublicBudget', label: '一般公共预算资金', amount: '91016775.35' },
          { key: 'governmentFund', label: '政府性基金', blank: true },
          { key: 'stateCapital', label: '国有资本经营预算', blank: true },
        ],
      },
      { key: 'institutionIncome', label: '事业收入', blank: true },
      { key: 'operatingIncome', label: '事业单位经营收入', blank: true },
      { key: 'otherIncome', label: '其他收入', blank: true },
    ]);
    // 2025年部门“三公”经费和机关运行经费预算表 (单位:万元): 合计 867.50, 因公出国(境)费 839.00, 公务接待费 28.50,
    // 公务用车 小计 / 购置费 / 运行费 blank, 机关运行经费预算数 213.28 — kept in 万元, with the unit stated.
    assert.deepEqual((json as Json).threePublicExpenses.unit, '万元');
    assert.deepEqual(
      [(json as Json).threePublicExpenses.total, (json as Json).threePublicExpenses.outboundTravel, (json as Json).threePublicExpenses.officialReception, (json as Json).threePublicExpenses.officialVehicles],
      ['867.50', { amount: '839.00' }, { amount: '28.50' }, {}],
    );
    assert.deepEqual([(json as Json).otherMatters.unit, (json as Json).otherMatters.institutionalOperating], ['万元', '213.28']);
  } else {
    assert.deepEqual(summary.income, [{ key: 'fiscalAppropriation', amount: '91016775.35', children: [{ key: 'generalPublicBudget', amount: '91016775.35' }] }]);
  }
  assert.equal(summary.incomeTotal, '91016775.35');
  // 支出总计 is the contract's expenditureGrandTotal (docs/contract.md, issue 24); version 1 had only expenditureTotal.
  assert.equal(extended ? summary.expenditureGrandTotal : summary.expenditureTotal, '91016775.35');
  if (extended) {
    // 支出预算总表 合计: 91,016,775.35 / 基本支出 24,606,775.35 / 项目支出 66,410,000.00.
    assert.deepEqual((json as Json).expenditureTable.total, { amount: '91016775.35', basic: '24606775.35', project: '66410000.00' });
    // 财政拨款收支预算总表: 支出总计 91,016,775.35 (一般公共预算 91,016,775.35); 三、卫生健康支出 1,097,073.43.
    assert.deepEqual((json as Json).appropriationTable.expenditureTotal, { amount: '91016775.35', generalPublicBudget: '91016775.35' });
    assert.deepEqual((json as Json).appropriationTable.expenditure.find((row: Json) => row.code === '210'), { code: '210', name: '卫生健康支出', amount: '1097073.43', generalPublicBudget: '1097073.43' });
  } else {
    // 支出预算总表 合计: 基本支出 24,606,775.35, 项目支出 66,410,000.00.
    assert.deepEqual(summary.expenditure, [
      { key: 'basic', amount: '24606775.35' },
      { key: 'project', amount: '66410000.00' },
    ]);
    // 财政拨款收支预算总表: 支出总计 合计 91,016,775.35.
    assert.equal(disclosure.fiscalAppropriation?.total, '91016775.35');
  }
  // 一般公共预算支出功能分类预算表 (over two pages, header repeated; 类/款/项 in three columns).
  const breakdown = disclosure.functionalBreakdown!;
  assert.equal(breakdown.total, '91016775.35');
  const expected: [string, string, string, string | undefined, string | undefined][] = [
    ['201', '一般公共服务支出', '82096797.42', '15686797.42', '66410000.00'],
    ['20103', '政府办公厅（室）及相关机构事务', '82096797.42', '15686797.42', '66410000.00'],
    ['2010301', '行政运行', '12029501.84', '11919501.84', '110000.00'],
    ['2010302', '一般行政管理事务', '46140000.00', undefined, '46140000.00'],
    ['2010350', '事业运行', '3807295.58', '3767295.58', '40000.00'],
    ['2010399', '其他政府办公厅（室）及相关机构事务支出', '20120000.00', undefined, '20120000.00'],
    ['208', '社会保障和就业支出', '4213779.28', '4213779.28', undefined],
    ['2080505', '机关事业单位基本养老保险缴费支出', '1763159.52', '1763159.52', undefined],
    ['2080599', '其他行政事业单位养老支出', '14820.00', '14820.00', undefined],
    ['210', '卫生健康支出', '1097073.43', '1097073.43', undefined],
    ['21011', '行政事业单位医疗', '1097073.43', '1097073.43', undefined],
    ['2101102', '事业单位医疗', '314218.15', '314218.15', undefined],
    ['221', '住房保障支出', '3609125.22', '3609125.22', undefined],
    ['2210201', '住房公积金', '1741445.22', '1741445.22', undefined],
    ['2210203', '购房补贴', '1867680.00', '1867680.00', undefined],
  ];
  for (const [code, name, amount, basic, project] of expected) {
    const item = findItem(breakdown.items, code);
    assert.deepEqual([item?.name, item?.amount, item?.basic, item?.project], [name, amount, basic, project], code);
  }
});

test('commerce unit 2025 budget: the 财务收支预算总表 prints 人员经费, 公用经费 and 项目支出 beside each expenditure line, and all are imported', async (t) => {
  if (!extended) return t.skip('version 1 has no place for them');
  const { disclosure, report } = await importDisclosure(corpus('putuo-commerce-unit-2025-budget.pdf'));
  // Transcribed from p. 9 (2025年预算单位财务收支预算总表, 单位：元): 合计 / 基本支出 (人员经费, 公用经费) / 项目支出; a blank cell is absent.
  const summary = disclosure.accountSummary!;
  const parts = summary.expenditure.map((line) => [line.code, line.amount, line.personnel, line.publicUse, line.project]);
  assert.deepEqual(parts, [
    ['201', '21601733.00', '10823891.00', '1467842.00', '9310000.00'],
    ['206', '17200000.00', undefined, undefined, '17200000.00'],
    ['208', '3808085.00', '3565865.00', '242220.00', undefined],
    ['210', '881803.00', '881803.00', undefined, undefined],
    ['215', '293810000.00', undefined, undefined, '293810000.00'],
    ['216', '31364000.00', undefined, undefined, '31364000.00'],
    ['221', '2849034.00', '2849034.00', undefined, undefined],
  ]);
  // 支出总计 371,514,655.00 / 18,120,593.00 / 1,710,062.00 / 351,684,000.00.
  assert.equal(summary.expenditureGrandTotal, '371514655.00');
  assert.deepEqual(summary.expenditureGrandTotalParts, { personnel: '18120593.00', publicUse: '1710062.00', project: '351684000.00' });
  // Nothing of that table is left unimported.
  assert.deepEqual(report.notes.filter((note) => note.code === 'not-mapped' && /财务收支预算总表/.test(note.table ?? '')), []);
  // Each figure is traced to its cell.
  assert.ok(report.figures.some((figure) => figure.path === 'accountSummary.expenditure[0].publicUse' && figure.value === '1467842.00'));
});

test('the template (every heading, no figure) is refused with “no figures”', async () => {
  await assert.rejects(importDisclosure(corpus('template-2024-final-accounts.pdf')), (error: unknown) => {
    assert.ok(error instanceof ImportError);
    assert.equal(error.code, 'no-figures');
    assert.match(error.localised['zh-CN'], /没有任何数字/);
    assert.match(error.localised.en, /not one figure/);
    return true;
  });
});

test('planning-resources 2024: the 情况说明 adds what the tables do not hold, never over a table figure', () => {
  const { disclosure } = planning;
  // 五（三）3: 机关事业单位基本养老保险缴费支出（项）…年初预算为 452.40 万元，支出决算为 446.11 万元，完成年初预算的 98.61%.
  const pension = findItem(disclosure.functionalBreakdown?.items, '2080505');
  assert.deepEqual([pension?.amount, pension?.budget, pension?.completionRate, pension?.note], ['446.11', '452.40', '98.61', '主要用于：行政事业单位养老保险支出']);
  // 11: the narrative calls 2200199 其他国土资源事务支出（项）: joined by its amount (45.00) within its 类.
  const other = findItem(disclosure.functionalBreakdown?.items, '2200199');
  assert.deepEqual([other?.name, other?.budget, other?.completionRate], ['其他自然资源事务支出', '45.00', '100.00']);
  // 七: 公务接待 2 批次、26 人次; 完成预算的 13.68%; 比 2023 年度减少 0.15 万元，下降 27.78%.
  const three = disclosure.threePublicExpenses!;
  assert.deepEqual([three.officialReception.batches, three.officialReception.persons], [2, 26]);
  assert.equal(three.completionRate?.total, '13.68');
  assert.deepEqual(three.change?.total, { amount: '-0.15', percent: '-27.78' });
  // 十一: 机关运行经费支出 142.80 万元; 政府采购 2319.21 (货物 122.43, 工程 1387.72, 服务 809.07); 车辆 0 辆.
  const matters = disclosure.otherMatters!;
  assert.equal(matters.institutionalOperating, '142.80');
  const procurement = matters.procurement!;
  assert.deepEqual([procurement.total, procurement.goods, procurement.works, procurement.services], ['2319.21', '122.43', '1387.72', '809.07']);
  assert.equal(matters.assets?.vehicles.total, 0);
  assert.equal(matters.assets?.vehicles.byCategory.length, 8);
  assert.equal(matters.assets?.equipmentOver1m, 0);
  // 一、主要职能: 14 duties; 第四部分 名词解释: 十一 entries.
  assert.equal(disclosure.department.duties?.length, 14);
  assert.match(disclosure.department.duties![13]!, /^完成区委、区政府交办的其他任务。$/);
  assert.equal(disclosure.glossary?.length, 11);
  assert.deepEqual(disclosure.glossary![10], { term: '机关运行经费', definition: '指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。' });
});
