/**
 * The import report against the corpus PDFs: every figure read reaches the output or is reported, each figure's
 * path and column in the report are its own, and each cross-check warning says where in the document it points.
 * Expected values are transcribed by hand from the PDFs' text (`pdftotext -layout`), never from the importer.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importDisclosure, warningPlace, type ImportResult } from '../../components/import/index.js';
import { BUDGET_PDFS, sharedFile } from './import-helpers.js';
import { valueAtPath } from '../../components/core/disclosure/path.js';

type Json = Record<string, any>;

const CORPUS = ['putuo-planning-resources-2024-final-accounts.pdf', ...BUDGET_PDFS] as const;

const imports = new Map<string, Promise<ImportResult>>();
/** Each corpus PDF is imported once for the whole file. */
const imported = (name: (typeof CORPUS)[number]) => {
  if (!imports.has(name)) imports.set(name, importDisclosure(new Uint8Array(readFileSync(sharedFile(`corpus/${name}`)))));
  return imports.get(name)!;
};


test('every figure of the report is at its path in the output, with its value', async () => {
  for (const name of CORPUS) {
    const { json, report } = await imported(name);
    const wrong = report.figures.filter((figure) => String(valueAtPath(json, figure.path)) !== String(figure.value)).map((figure) => `${figure.path} = ${figure.value}`);
    assert.deepEqual(wrong, [], name);
  }
});

test('Wanli 2024 and 2025 budgets, 收入预算总表: the columns of printed 0s (事业收入, 事业单位经营收入, 其他收入) are read as 0', async () => {
  for (const name of ['putuo-wanli-street-2024-budget.pdf', 'putuo-wanli-street-2025-budget.pdf'] as const) {
    const json = (await imported(name)).json as Json;
    const zeros = { institutionIncome: '0', operatingIncome: '0', otherIncome: '0' };
    // 2024 p. 15: 合计 156,211,123 156,211,123 0 0 0; p. 11: 201 一般公共服务支出 2,932,700 2,932,700 0 0 0.
    if (name === 'putuo-wanli-street-2024-budget.pdf') {
      assert.deepEqual(json.incomeTable.total, { amount: '156211123', fiscalAppropriation: '156211123', ...zeros });
      assert.deepEqual(json.incomeTable.rows[0], { ...json.incomeTable.rows[0], code: '201', name: '一般公共服务支出', amount: '2932700', fiscalAppropriation: '2932700', ...zeros });
    }
    // Every row prints the three 0s.
    const rows: Json[] = [];
    const walk = (list: Json[]) => list.forEach((row) => (rows.push(row), walk(row.children ?? [])));
    walk(json.incomeTable.rows);
    assert.equal(rows.length, 66, name);
    assert.deepEqual(rows.filter((row) => row.institutionIncome !== '0' || row.operatingIncome !== '0' || row.otherIncome !== '0').map((row) => row.code), [], name);
  }
});

test('Wanli 2024 budget: the header repeated on each page of a table is read once', async () => {
  const { report } = await imported('putuo-wanli-street-2024-budget.pdf');
  const columns = new Set(report.figures.filter((figure) => figure.table === '2024年部门一般公共预算支出功能分类预算表').map((figure) => figure.column));
  // The table's header: 一般公共预算支出 over 合计 | 基本支出 | 项目支出 (p. 25, repeated on pp. 26–29).
  assert.ok(columns.has('一般公共预算支出 / 基本支出'), [...columns].join(' | '));
  assert.ok(columns.has('项目支出'), [...columns].join(' | '));
  for (const column of columns) assert.doesNotMatch(String(column), /(基本支出|项目支出|一般公共预算支出).*\1/);
});

test('“三公” figures are reported at their own paths and under their own columns', async () => {
  // Wanli 2024 p. 31: 合计 47.91, 因公出国(境)费 0, 公务接待费 1.35, 公务用车 小计 46.56, 购置费 25, 运行费 21.56; 机关运行经费 443.18.
  const { report } = await imported('putuo-wanli-street-2024-budget.pdf');
  const where = (value: string) => report.figures.filter((figure) => figure.table === '部门“三公”经费和机关运行经费预算表' && figure.value === value).map((figure) => [figure.path, figure.column]);
  assert.deepEqual(where('1.35'), [['threePublicExpenses.officialReception.amount', '公务接待费']]);
  assert.deepEqual(where('25'), [['threePublicExpenses.officialVehicles.purchase', '公务用车购置及运行费 / 购置费']]);
  assert.deepEqual(where('21.56'), [['threePublicExpenses.officialVehicles.operation', '公务用车购置及运行费 / 运行费']]);
  assert.deepEqual(where('443.18'), [['otherMatters.institutionalOperating', '机关运行经费']]);
  // Planning-resources 2024 p. 17 (财政拨款“三公”经费支出决算表): 合计 2.85 / 0.39, 公务接待费 预算数 2.85, 决算数 0.39.
  const planning = await imported('putuo-planning-resources-2024-final-accounts.pdf');
  const reception = planning.report.figures.filter((figure) => figure.path.startsWith('threePublicExpenses') && /officialReception/.test(figure.path));
  assert.deepEqual(
    reception.map((figure) => [figure.path, figure.value, figure.column]),
    [
      ['threePublicExpenses.budget.officialReception', '2.85', '公务接待费 / 预算数'],
      ['threePublicExpenses.officialReception.amount', '0.39', '公务接待费 / 决算数'],
    ],
  );
});

test('basic expenditure (planning-resources p. 16): the report follows the classes into code order', async () => {
  const { report } = await imported('putuo-planning-resources-2024-final-accounts.pdf');
  const byPath = new Map(report.figures.map((figure) => [figure.path, figure]));
  // Left side 301 工资福利支出 4816.13 … 303 对个人和家庭的补助 67.96; right side 302 商品和服务支出 440.90 … 310 资本性支出.
  assert.equal(byPath.get('basicExpenditureTable.rows[1].amount')?.value, '440.90');
  assert.equal(byPath.get('basicExpenditureTable.rows[1].amount')?.row, '商品和服务支出');
  assert.equal(byPath.get('basicExpenditureTable.rows[2].amount')?.value, '67.96');
});

test('a unit budget\'s 人员经费, 公用经费 and 项目支出 per 类 are imported, not left out', async () => {
  // District office unit budget p. 8, 财务收支预算总表: 一、一般公共服务支出 82,096,797.42 | 人员经费 13,819,399.88 |
  // 公用经费 1,867,397.54 | 项目支出 66,410,000.00.
  const { json: read, report } = await imported('putuo-district-office-unit-2025-budget.pdf');
  const json = read as Json;
  assert.deepEqual(json.accountSummary.expenditure[0], { code: '201', label: '一般公共服务支出', amount: '82096797.42', personnel: '13819399.88', publicUse: '1867397.54', project: '66410000.00' });
  assert.deepEqual(report.notes.filter((note) => note.code === 'not-mapped'), []);
});

test('a figure read but with no place in the contract is reported with its row and column, never dropped silently', async () => {
  // A 财务收支预算总表 as a spreadsheet with one more column than the printed table: 上年预算数.
  const csv = [
    '2025年预算单位财务收支预算总表',
    '编制单位：上海市普陀区商务委员会,,,,,,,单位：元',
    '项目,预算数,项目,合计,人员经费,公用经费,项目支出,上年预算数',
    '一、财政拨款收入,371514655.00,一、一般公共服务支出,21601733.00,10823891.00,1467842.00,9310000.00,20000000.00',
    '收入总计,371514655.00,支出总计,371514655.00,18120593.00,1710062.00,351684000.00,',
  ].join('\r\n');
  const { report } = await importDisclosure(new TextEncoder().encode(csv), { fileName: 'summary.csv' });
  const notes = report.notes.filter((note) => note.code === 'not-mapped');
  assert.equal(notes.length, 1);
  assert.equal(notes[0]!.table, '2025年预算单位财务收支预算总表');
  assert.equal(notes[0]!.message['zh-CN'], '“2025年预算单位财务收支预算总表”中有 1 个数字已读取，但数据格式中没有对应的位置，未导入：一、一般公共服务支出 · 上年预算数: 20000000.00。');
  assert.equal(notes[0]!.message.en, '1 figure of “2025年预算单位财务收支预算总表” was read but has no place in the contract and was not imported: 一、一般公共服务支出 · 上年预算数: 20000000.00.');
  // A table whose every figure went somewhere has no such note.
  const planning = await imported('putuo-planning-resources-2024-final-accounts.pdf');
  assert.deepEqual(planning.report.notes.filter((note) => note.code === 'not-mapped'), []);
});

test('each cross-check warning of an import says where it points: the table cell, or the sentence and the table figure it was compared with', async () => {
  // Wanli 2024: 编制说明 “2024年预算安排352.67万元” for 2210201 住房公积金; the table (p. 26) prints 3,503,499 元.
  const { warnings } = await imported('putuo-wanli-street-2024-budget.pdf');
  const stated = warnings.find((warning) => warning.code === 'stated-amount');
  assert.match(stated?.stated ?? '', /2024年预算安排352\.67万元/);
  assert.deepEqual([stated?.compared?.at.kind === 'pdf' && stated.compared.at.page, stated?.compared?.row, stated?.compared?.value], [26, '住房公积金', '3503499']);
  const place = warningPlace(stated!);
  assert.match(place?.['zh-CN'] ?? '', /^情况说明：“.*352\.67万元.*”；对照 第 26 页 “2024年部门一般公共预算支出功能分类预算表” · 住房公积金：3503499$/);
  assert.match(place?.en ?? '', /^the explanation: “.*”; against page 26 “2024年部门一般公共预算支出功能分类预算表” · 住房公积金: 3503499$/);
  // Planning-resources: 收入支出决算总表 p. 7 prints 九、卫生健康支出 236.63 (支出决算表 says 236.64).
  const planning = await imported('putuo-planning-resources-2024-final-accounts.pdf');
  const health = planning.warnings.find((warning) => warning.path === 'accountSummary.expenditure[1].amount');
  assert.equal(warningPlace(health!)?.['zh-CN'], '第 7 页 “收入支出决算总表” · 九、卫生健康支出 · 决算数');
  // 说明五 (p. 21): “一般公共预算财政拨款支出年初预算为 10210.34 万元，支出决算为 9746.50 万元，完成年初预算的 95.45%”: the
  // table's whole budget and completion rate come from that sentence, and are traced to it like every figure.
  for (const [path, value] of [['functionalBreakdown.totalBudget', '10210.34'], ['functionalBreakdown.totalCompletionRate', '95.45']] as const) {
    const figure = planning.report.figures.find((candidate) => candidate.path === path);
    assert.equal(figure?.value, value, path);
    assert.equal(figure?.at.kind, 'text');
    const warning = planning.warnings.find((candidate) => candidate.path === path);
    assert.match(warningPlace(warning!)?.['zh-CN'] ?? '', /年初预算为 ?10210\.34 ?万元/, path);
  }
});

test('planning-resources 说明五: an item the explanation names differently is joined by its amount only when one item has it, and said so', async () => {
  // 说明五 (p. 22): 5. 机关事业单位退休人员活动费支出 (表五: 2080599 其他行政事业单位养老支出 0.88); 11. 其他国土资源事务支出
  // (表五: 2200199 其他自然资源事务支出).
  const { report } = await imported('putuo-planning-resources-2024-final-accounts.pdf');
  const joined = report.notes.filter((note) => /按所述金额对应/.test(note.message['zh-CN'])).map((note) => note.message['zh-CN']);
  assert.deepEqual(joined, [
    '情况说明中“机关事业单位退休人员活动费支出”与支出决算表的项名称不同：按所述金额对应到该类中唯一金额相同的项“其他行政事业单位养老支出”，请核对。',
    '情况说明中“其他国土资源事务支出”与支出决算表的项名称不同：按所述金额对应到该类中唯一金额相同的项“其他自然资源事务支出”，请核对。',
  ]);
});

test('Wanli 2024 “三公” table: figures printed under a note that says the table is empty are imported, the note kept, the contradiction reported', async () => {
  // p. 31: 合计 47.91 … 机关运行经费 443.18, and under them 注:本部门2024年无“三公”经费和机关运行经费预算，故本表为空表。
  const { json: read, report } = await imported('putuo-wanli-street-2024-budget.pdf');
  const json = read as Json;
  assert.equal(json.threePublicExpenses.total, '47.91');
  assert.equal(json.threePublicExpenses.remark, '注:本部门2024年无“三公”经费和机关运行经费预算，故本表为空表。');
  const contradiction = report.notes.filter((note) => note.table === '部门“三公”经费和机关运行经费预算表' && /两者矛盾/.test(note.message['zh-CN']));
  assert.equal(contradiction.length, 1);
  assert.equal(contradiction[0]!.at?.kind === 'pdf' ? contradiction[0]!.at.page : 0, 31);
  // A table published empty (the fund tables) is no contradiction.
  assert.deepEqual(report.notes.filter((note) => /两者矛盾/.test(note.message['zh-CN'])).length, 1);
});
