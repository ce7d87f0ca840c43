/**
 * The planning-resources 2024 决算 (shared corpus:
 * putuo-planning-resources-2024-final-accounts.pdf), transcribed by hand into
 * test/fixtures/putuo-planning-resources-2024.json: it validates, it holds the
 * figures the PDF prints (expected values below are typed from the PDF, page by
 * page), blank cells stay absent, and the fixture's tables agree cell for cell
 * with the independent table-by-table transcription in
 * test/fixtures/transcriptions/putuo-planning-resources-2024.tables.json.
 *
 * The cross-check warnings the document must give are asserted in
 * putuo-planning-resources-checks.test.ts.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseDisclosure } from '../../components/core/disclosure/index.js';
import { valueAt } from '../fixtures/bad-inputs.js';

const fixtureText = readFileSync('test/fixtures/putuo-planning-resources-2024.json', 'utf8');
const raw = JSON.parse(fixtureText);
const transcription = JSON.parse(readFileSync('test/fixtures/transcriptions/putuo-planning-resources-2024.tables.json', 'utf8'));

/** Parses once per test so that a validator problem fails the test that needs it, with its message. */
const parsed = () => parseDisclosure(fixtureText);

describe('planning-resources 2024 决算: the fixture', () => {
  test('validates (no DisclosureError)', () => {
    const { disclosure } = parsed();
    assert.equal(disclosure.schemaVersion, 1);
    assert.equal(disclosure.kind, 'final-accounts');
    assert.equal(disclosure.fiscalYear, 2024);
    assert.equal(disclosure.unit, '万元');
    assert.equal(disclosure.department.name, '上海市普陀区规划和自然资源局');
  });

  // Each figure as the PDF prints it (page in the comment), at its JSON path.
  const figures: [path: string, expected: string | number, where: string][] = [
    ['accountSummary.incomeTotal', '9859.38', 'p7 收入支出决算总表 收入 总计'],
    ['accountSummary.expenditureGrandTotal', '9859.38', 'p7 收入支出决算总表 支出 总计'],
    ['accountSummary.currentYearIncome', '9746.50', 'p7 本年收入合计'],
    ['accountSummary.currentYearExpenditure', '9759.38', 'p7 本年支出合计'],
    ['accountSummary.yearEndBalance', '100.00', 'p7 年末结转和结余'],
    ['accountSummary.income[1].amount', '112.88', 'p7 年初结转和结余'],
    ['accountSummary.expenditure[1].amount', '236.63', 'p7 九、卫生健康支出'],
    ['accountSummary.expenditure[2].amount', '3845.25', 'p7 十一、城乡社区支出'],
    ['incomeTable.rows[1].amount', '236.64', 'p8 收入决算表 210 卫生健康支出'],
    ['expenditureTable.total.basic', '5377.64', 'p10 支出决算表 合计 基本支出'],
    ['expenditureTable.rows[2].amount', '3845.24', 'p11 支出决算表 212 城乡社区支出'],
    ['expenditureTable.rows[2].children[0].basic', '1096.91', 'p11 21201 基本支出'],
    ['appropriationTable.expenditure[1].generalPublicBudget', '236.63', 'p12 财政拨款收入支出决算总表 九、卫生健康支出'],
    ['appropriationTable.expenditureTotal.amount', '9746.50', 'p13 支出 总计'],
    ['functionalBreakdown.items[3].children[0].children[0].code', '2200150', 'p14 事业运行'],
    ['functionalBreakdown.items[3].children[0].children[0].amount', '4416.67', 'p14 2200150 合计'],
    ['functionalBreakdown.items[3].children[0].children[0].basic', '2339.58', 'p14 2200150 基本支出'],
    ['functionalBreakdown.items[3].children[0].children[0].project', '2077.09', 'p14 2200150 项目支出'],
    ['functionalBreakdown.items[3].children[0].children[0].budget', '4477.33', 'p23 说明五(三)10 年初预算'],
    ['functionalBreakdown.items[3].children[0].children[0].completionRate', '98.65', 'p23 说明五(三)10 完成年初预算的'],
    ['functionalBreakdown.totalBasic', '5364.75', 'p15 合计 基本支出'],
    ['functionalBreakdown.items[2].children[0].basic', '1084.02', 'p14 21201 基本支出'],
    ['basicExpenditureTable.total.personnel', '4884.09', 'p16 人员经费合计'],
    ['basicExpenditureTable.total.publicUse', '480.66', 'p16 公用经费合计'],
    ['basicExpenditureTable.rows[1].amount', '440.90', 'p16 302 商品和服务支出'],
    ['basicExpenditureTable.rows[0].children[7].code', '30110', 'p16'],
    ['basicExpenditureTable.rows[0].children[7].amount', '236.63', 'p16 30110 职工基本医疗保险缴费'],
    ['basicExpenditureTable.rows[1].children[2].amount', '0.00', 'p16 30203 咨询费 (a printed 0.00 stays 0.00)'],
    ['basicExpenditureTable.explanation.figures[1].amount', '4896.98', 'p24 说明六 人员经费'],
    ['threePublicExpenses.budget.total', '2.85', 'p17 合计 预算数'],
    ['threePublicExpenses.total', '0.39', 'p17 合计 决算数'],
    ['threePublicExpenses.officialReception.persons', 26, 'p26 接待 26 人次'],
    ['otherMatters.institutionalOperating', '142.80', 'p27 机关运行经费支出'],
    ['otherMatters.procurement.total', '2319.21', 'p27 政府采购金额'],
    ['otherMatters.procurement.works', '1387.72', 'p27 工程采购金额'],
    ['otherMatters.performance.score', '99.33', 'p27 平均得分'],
    ['otherMatters.assets.vehicles.total', 0, 'p28 共有车辆 0 辆'],
  ];
  test('holds the published figures at their paths', () => {
    const { disclosure } = parsed();
    for (const [path, expected, where] of figures) {
      assert.equal(valueAt(disclosure, path), expected, `${path} (${where})`);
    }
  });

  test('leaves blank cells absent and publishes the empty fund tables with their remark', () => {
    const { disclosure } = parsed();
    const absent = [
      'incomeTable.total.superiorSubsidy',
      'incomeTable.total.otherIncome',
      'incomeTable.rows[0].institutionIncome',
      'expenditureTable.total.remittanceToSuperior',
      'expenditureTable.total.operating',
      'expenditureTable.rows[4].affiliateSubsidy',
      'appropriationTable.openingBalance',
      'appropriationTable.closingBalance',
      'appropriationTable.income.governmentFund',
      'appropriationTable.expenditure[0].stateCapital',
      'accountSummary.expenditureTotal',
      'governmentFundTable.total',
      'stateCapitalTable.total',
    ];
    for (const path of absent) assert.equal(valueAt(disclosure, path), undefined, path);
    // 使用非财政拨款结余 and 结余分配 are printed blank: no line.
    assert.deepEqual(
      disclosure.accountSummary?.income.map((line) => line.key),
      ['generalPublicBudget', 'priorYearBalance'],
    );
    assert.equal(disclosure.accountSummary?.expenditure.some((line) => line.key === 'surplusDistribution'), false);
    assert.deepEqual(disclosure.governmentFundTable?.rows, []);
    assert.equal(disclosure.governmentFundTable?.remark, '说明：上海市普陀区规划和自然资源局本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。');
    assert.deepEqual(disclosure.stateCapitalTable?.rows, []);
    assert.equal(disclosure.stateCapitalTable?.remark, '说明：上海市普陀区规划和自然资源局本年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。');
  });

  test('holds the text parts: 14 duties, 5 units, 11 terms, every 情况说明', () => {
    const { disclosure } = parsed();
    const department = disclosure.department;
    assert.equal(department.duties?.length, 14);
    assert.equal(department.duties?.[13], '完成区委、区政府交办的其他任务。');
    assert.deepEqual(
      department.units?.map((unit) => [unit.number, unit.name, unit.remark]),
      [
        [1, '上海市普陀区规划和自然资源局', '本级'],
        [2, '上海市普陀区规划和自然资源局执法大队', '下属参公事业单位'],
        [3, '上海市普陀区土地发展中心', '下属事业单位'],
        [4, '上海市普陀区自然资源确权登记事务中心', '下属事业单位'],
        [5, '上海市普陀区规划和自然资源管理事务中心', '下属事业单位'],
      ],
    );
    assert.deepEqual(
      disclosure.glossary?.map((entry) => entry.term),
      ['财政拨款收入', '事业收入', '经营收入', '其他收入', '年初结转和结余', '年末结转和结余', '基本支出', '项目支出', '经营支出', '“三公”经费', '机关运行经费'],
    );
    const titles = [
      disclosure.accountSummary?.explanation?.title,
      disclosure.incomeTable?.explanation?.title,
      disclosure.expenditureTable?.explanation?.title,
      disclosure.appropriationTable?.explanation?.title,
      disclosure.functionalBreakdown?.explanation?.title,
      disclosure.basicExpenditureTable?.explanation?.title,
      disclosure.threePublicExpenses?.explanation?.title,
      disclosure.governmentFundTable?.explanation?.title,
      disclosure.stateCapitalTable?.explanation?.title,
      disclosure.otherMatters?.performance?.explanation?.title,
      disclosure.otherMatters?.institutionalOperatingDetail?.explanation?.title,
      disclosure.otherMatters?.procurement?.explanation?.title,
      disclosure.otherMatters?.assets?.explanation?.title,
    ];
    assert.deepEqual(titles, [
      '一、收入支出决算总体情况说明',
      '二、收入决算情况说明',
      '三、支出决算情况说明',
      '四、财政拨款收入支出决算总体情况说明',
      '五、一般公共预算财政拨款支出决算情况说明',
      '六、一般公共预算财政拨款基本支出决算情况说明',
      '七、财政拨款“三公”经费支出决算情况说明',
      '八、政府性基金预算财政拨款收入支出决算情况说明',
      '九、国有资本经营预算财政拨款收入支出决算情况说明',
      '十、预算绩效管理情况',
      '（一）机关运行经费支出情况',
      '（二）政府采购支出情况',
      '（三）国有资产占有使用情况说明',
    ]);
    assert.match(disclosure.basicExpenditureTable?.explanation?.text[0] ?? '', /人员经费 4896\.98 万元/);
  });
});

/** The rows of a function-class tree, flattened: code → [name, ...columns]. */
function flatten(rows: readonly any[], columns: readonly string[]): Map<string, (string | null)[]> {
  const out = new Map<string, (string | null)[]>();
  const walk = (nodes: readonly any[]) => {
    for (const node of nodes) {
      out.set(node.code, [node.name, ...columns.map((column) => node[column] ?? null)]);
      walk(node.children ?? []);
    }
  };
  walk(rows);
  return out;
}
/** A transcribed table's coded rows: code → [name, ...the first n cells]. */
function transcribed(table: any, n: number): Map<string, (string | null)[]> {
  return new Map(table.rows.filter((row: any) => row.code).map((row: any) => [row.code, [row.name, ...row.cells.slice(0, n)]]));
}
const table = (title: string) => transcription.tables.find((t: any) => t.title === title);

describe('planning-resources 2024 决算: the fixture against the table-by-table transcription', () => {
  test('收入决算表: every row, every column (blank columns absent)', () => {
    const t = table('收入决算表');
    assert.deepEqual(flatten(raw.incomeTable.rows, ['amount', 'fiscalAppropriation', 'superiorSubsidy', 'institutionIncome', 'operatingIncome', 'affiliateRemittance', 'otherIncome']), transcribed(t, 7));
    assert.deepEqual(t.rows[0].cells.slice(0, 2), [raw.incomeTable.total.amount, raw.incomeTable.total.fiscalAppropriation]);
  });

  test('支出决算表: every row, every column', () => {
    const t = table('支出决算表');
    assert.deepEqual(flatten(raw.expenditureTable.rows, ['amount', 'basic', 'project', 'remittanceToSuperior', 'operating', 'affiliateSubsidy']), transcribed(t, 6));
    assert.deepEqual(t.rows[0].cells.slice(0, 3), [raw.expenditureTable.total.amount, raw.expenditureTable.total.basic, raw.expenditureTable.total.project]);
  });

  test('一般公共预算财政拨款支出决算表: every row, every column, and the 合计 row printed last', () => {
    const t = table('一般公共预算财政拨款支出决算表');
    assert.deepEqual(flatten(raw.functionalBreakdown.items, ['amount', 'basic', 'project']), transcribed(t, 3));
    const last = t.rows[t.rows.length - 1];
    assert.equal(last.name, '合计');
    assert.deepEqual(last.cells, [raw.functionalBreakdown.total, raw.functionalBreakdown.totalBasic, raw.functionalBreakdown.totalProject]);
  });

  test('一般公共预算财政拨款基本支出决算表: both halves, every item, the two totals', () => {
    const t = table('一般公共预算财政拨款基本支出决算表');
    const printed = new Map<string, (string | null)[]>();
    for (const row of t.rowsAsPrinted.slice(0, -1)) {
      for (const [code, name, amount] of [row.slice(0, 3), row.slice(3, 6)]) if (code) printed.set(code, [name, amount]);
    }
    assert.equal(printed.size, 65);
    assert.deepEqual(flatten(raw.basicExpenditureTable.rows, ['amount']), printed);
    assert.deepEqual(t.rowsAsPrinted.at(-1), [null, '人员经费合计', '4884.09', null, '公用经费合计', '480.66']);
  });

  test('收入支出决算总表 and 财政拨款收入支出决算总表: the figures of both sides', () => {
    const summary = table('收入支出决算总表').rowsAsPrinted;
    const printedExpenditure = summary.filter((row: any) => row[3] !== null && /^[一二三四五六七八九十]+、/.test(row[2])).map((row: any) => [row[2].replace(/^[一二三四五六七八九十]+、/, ''), row[3]]);
    assert.deepEqual(raw.accountSummary.expenditure.map((line: any) => [line.label, line.amount]), printedExpenditure);
    assert.deepEqual(summary.at(-1), ['总计', raw.accountSummary.incomeTotal, '总计', raw.accountSummary.expenditureGrandTotal]);
    const appropriation = table('财政拨款收入支出决算总表').rowsAsPrinted;
    const printedByFund = appropriation.filter((row: any) => row[3] !== null && /^[一二三四五六七八九十]+、/.test(row[2] ?? '')).map((row: any) => [row[2].replace(/^[一二三四五六七八九十]+、/, ''), row[3], row[4]]);
    assert.deepEqual(raw.appropriationTable.expenditure.map((row: any) => [row.name, row.amount, row.generalPublicBudget]), printedByFund);
  });

  test('“三公”经费支出决算表: budget and actual of each part', () => {
    const cells = table('财政拨款“三公”经费支出决算表').rows[0].cells;
    const t = raw.threePublicExpenses;
    assert.deepEqual(cells, [
      t.budget.total, t.total,
      t.budget.outboundTravel, t.outboundTravel.amount,
      t.budget.officialVehicles, t.officialVehicles.amount,
      t.budget.vehiclePurchase, t.officialVehicles.purchase,
      t.budget.vehicleOperation, t.officialVehicles.operation,
      t.budget.officialReception, t.officialReception.amount,
    ]);
  });
});
