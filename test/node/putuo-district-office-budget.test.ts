/**
 * The hand-made fixture of a whole 部门预算 (putuo-district-office-2025-budget.pdf,
 * 上海市普陀区人民政府办公室 2025) against the contract and against the hand
 * transcription of the PDF (test/fixtures/transcriptions/…tables.json).
 *
 * Both files were written by hand from the PDF's text; neither comes from the
 * importer or from this library's output. The transcription keeps every cell as
 * printed (元 without thousands separators, blanks null); the fixture is the same
 * document in the contract. So this test checks the fixture figure by figure,
 * and a dozen figures once more against literals read off the PDF.
 *
 * The cross-check warnings this document must (not) raise are in
 * putuo-district-office-budget-checks.test.ts.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseDisclosure } from '../../components/core/disclosure/index.js';
import { convertAmount, toDecimal } from '../../components/core/money.js';
import { valueAt } from '../fixtures/bad-inputs.js';

const FIXTURE = 'test/fixtures/putuo-district-office-2025-budget.json';
const TRANSCRIPTION = 'test/fixtures/transcriptions/putuo-district-office-2025-budget.tables.json';

type Cells = Record<string, string | null>;
interface CodedRow {
  code: string;
  name: string;
  cells: Cells;
}
interface SideRow {
  income: Cells | null;
  expenditure: Cells | null;
}
interface TranscribedTable {
  number: number;
  title: string;
  unit: '元' | '万元';
  rows: (CodedRow & SideRow)[];
  totalRow?: { cells: Cells } & SideRow;
  note?: string;
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const transcription = readJson(TRANSCRIPTION) as { tables: TranscribedTable[]; text: Record<string, any> };
const table = (number: number) => transcription.tables.find((candidate) => candidate.number === number)!;
const { disclosure } = parseDisclosure(readJson(FIXTURE));
/** The value at a validator-style JSON path ("functionalBreakdown.items[0].amount"). */
const at = (path: string): unknown => valueAt(disclosure, path);

/** A fixture row tree flattened, by code. */
const byCode = (rows: readonly { code?: string; children?: unknown[] }[]) => {
  const found = new Map<string, any>();
  const walk = (list: readonly any[]) => {
    for (const row of list) {
      found.set(row.code, row);
      walk(row.children ?? []);
    }
  };
  walk(rows);
  return found;
};

/** A transcribed cell against a fixture field: equal figures, or both absent (a blank cell is never "0"). */
const sameCell = (printed: string | null, actual: unknown, where: string) => {
  if (printed === null) assert.equal(actual, undefined, `${where}: blank in the PDF, so absent`);
  else assert.equal(actual, printed, `${where}: as printed`);
};

/** 万元 as printed against the fixture's 元. */
const sameInYuan = (printedWan: string | null, actual: unknown, where: string) => {
  if (printedWan === null) return;
  assert.equal(typeof actual, 'string', where);
  assert.ok(toDecimal(printedWan).times(10000).eq(toDecimal(actual as string)), `${where}: ${printedWan} 万元 = ${String(actual)} 元`);
};

describe('putuo-district-office-2025-budget.json', () => {
  test('is a valid budget disclosure of 2025, in 元, of 上海市普陀区人民政府办公室', () => {
    assert.equal(disclosure.schemaVersion, 1);
    assert.equal(disclosure.kind, 'budget');
    assert.equal(disclosure.fiscalYear, 2025);
    assert.equal(disclosure.unit, '元');
    assert.equal(disclosure.department.name, '上海市普陀区人民政府办公室');
  });

  test('a dozen figures by JSON path, as read off the PDF', () => {
    const expected: [path: string, figure: string | number, page: string][] = [
      ['accountSummary.incomeTotal', '91016775.35', 'p.8 收入总计'],
      ['accountSummary.expenditure[3].amount', '3609125.22', 'p.8 四、住房保障支出'],
      ['incomeTable.rows[0].children[0].children[2].amount', '3807295.58', 'p.9 2010350 事业运行'],
      ['expenditureTable.rows[0].children[0].children[0].project', '110000.00', 'p.11 2010301 行政运行 项目支出'],
      ['expenditureTable.total.basic', '24606775.35', 'p.12 合计 基本支出'],
      ['appropriationTable.expenditure[1].generalPublicBudget', '4213779.28', 'p.13 二、社会保障和就业支出'],
      ['functionalBreakdown.items[1].children[0].children[1].amount', '1763159.52', 'p.14 2080505'],
      ['functionalBreakdown.totalProject', '66410000.00', 'p.15 合计 项目支出'],
      ['basicExpenditureTable.rows[1].children[9].publicUse', '248117.54', 'p.19 30228 工会经费'],
      ['basicExpenditureTable.total.personnel', '22473997.81', 'p.19 合计 人员经费'],
      ['threePublicExpenses.outboundTravel.amount', '839.00', 'p.20 因公出国(境)费 839.00 (单位:万元)'],
      ['threePublicExpenses.unit', '万元', 'p.20 单位:万元'],
      ['otherMatters.institutionalOperating', '213.28', 'p.20 机关运行经费预算数 213.28 (单位:万元)'],
      ['otherMatters.unit', '万元', 'p.20 and p.21 state these in 万元'],
      ['otherMatters.procurement.services', '34', 'p.21 政府采购服务预算34万元'],
      ['explanations[0].figures[0].amount', '9101.68', 'p.6 收入预算9,101.68万元'],
      ['explanations[0].figures[0].unit', '万元', 'p.6 收入预算9,101.68万元'],
      ['explanations[0].figures[1].change', '2389.52', 'p.6 比2024年预算减少2,389.52万元'],
      ['otherMatters.performance.targets.projects', 11, 'p.21 编报绩效目标的项目11个'],
    ];
    for (const [path, figure, page] of expected) assert.equal(at(path), figure, `${path} (${page})`);
  });

  test('blank cells are absent, never 0', () => {
    assert.equal(at('functionalBreakdown.items[0].children[0].children[1].basic'), undefined, '2010302 基本支出 is blank');
    assert.equal(at('functionalBreakdown.items[1].project'), undefined, '208 项目支出 is blank');
    assert.equal(at('basicExpenditureTable.rows[0].publicUse'), undefined, '301 公用经费 is blank');
    assert.equal(at('incomeTable.total.institutionIncome'), undefined, '事业收入 is blank');
    assert.equal(at('appropriationTable.expenditureTotal.governmentFund'), undefined, '政府性基金预算 is blank');
    // p.8 prints 二、事业收入 … 四、其他收入 and 2. 政府性基金, 3. 国有资本经营预算 with blank amounts: their labels are kept, marked blank, without an amount.
    assert.deepEqual(
      disclosure.accountSummary!.income.map((line) => [line.label, line.amount, line.blank]),
      [
        ['财政拨款收入', '91016775.35', undefined],
        ['事业收入', undefined, true],
        ['事业单位经营收入', undefined, true],
        ['其他收入', undefined, true],
      ],
    );
    assert.deepEqual(
      disclosure.accountSummary!.income[0].children!.map((line) => [line.label, line.amount, line.blank]),
      [
        ['一般公共预算资金', '91016775.35', undefined],
        ['政府性基金', undefined, true],
        ['国有资本经营预算', undefined, true],
      ],
    );
  });

  test('the two fund tables are present and empty, with their notes', () => {
    assert.deepEqual(disclosure.governmentFundTable, { rows: [], remark: table(6).note });
    assert.deepEqual(disclosure.stateCapitalTable, { rows: [], remark: table(7).note });
  });

  test('表1 财务收支预算总表: every figure equals the transcription', () => {
    const printed = table(1);
    const summary = disclosure.accountSummary!;
    assert.equal(summary.income[0].label, '财政拨款收入');
    sameCell(printed.rows[0].income!['预算数'], summary.income[0].amount, '一、财政拨款收入');
    sameCell(printed.rows[1].income!['预算数'], summary.income[0].children![0].amount, '1. 一般公共预算资金');
    const expenditure = printed.rows.flatMap((row) => (row.expenditure ? [row.expenditure] : []));
    assert.equal(summary.expenditure.length, expenditure.length);
    expenditure.forEach((line, index) => {
      assert.equal(summary.expenditure[index].label, line['项目']!.replace(/^[一二三四五六七八九十]+、/, ''));
      sameCell(line['预算数'], summary.expenditure[index].amount, line['项目']!);
    });
    sameCell(printed.totalRow!.income!['预算数'], summary.incomeTotal, '收入总计');
    sameCell(printed.totalRow!.expenditure!['预算数'], summary.expenditureGrandTotal, '支出总计');
  });

  const codedTables: [number, string, Record<string, string>][] = [
    [2, 'incomeTable', { 合计: 'amount', 财政拨款收入: 'fiscalAppropriation', 事业收入: 'institutionIncome', 事业单位经营收入: 'operatingIncome', 其他收入: 'otherIncome' }],
    [3, 'expenditureTable', { 合计: 'amount', 基本支出: 'basic', 项目支出: 'project' }],
    [5, 'functionalBreakdown', { 合计: 'amount', 基本支出: 'basic', 项目支出: 'project' }],
    [8, 'basicExpenditureTable', { 合计: 'amount', 人员经费: 'personnel', 公用经费: 'publicUse' }],
  ];
  for (const [number, section, columns] of codedTables) {
    test(`表${number} ${table(number).title}: every row and cell equals the transcription`, () => {
      const printed = table(number);
      const fixture = at(section) as any;
      const rows = byCode(section === 'functionalBreakdown' ? fixture.items : fixture.rows);
      assert.deepEqual([...rows.keys()], printed.rows.map((row) => row.code), 'the same rows, in the same order');
      for (const row of printed.rows) {
        const actual = rows.get(row.code);
        assert.equal(actual.name, row.name, row.code);
        for (const [header, field] of Object.entries(columns)) sameCell(row.cells[header], actual[field], `${row.code} ${header}`);
      }
      for (const [header, field] of Object.entries(columns)) {
        const total = section === 'functionalBreakdown' ? fixture[{ amount: 'total', basic: 'totalBasic', project: 'totalProject' }[field]!] : fixture.total[field];
        sameCell(printed.totalRow!.cells[header], total, `合计 ${header}`);
      }
    });
  }

  test('表4 财政拨款收支预算总表: every figure equals the transcription', () => {
    const printed = table(4);
    const appropriation = disclosure.appropriationTable!;
    sameCell(printed.rows[0].income!['预算数'], appropriation.income.generalPublicBudget, '一、一般公共预算资金');
    sameCell(printed.rows[1].income!['预算数'], appropriation.income.governmentFund, '二、政府性基金');
    sameCell(printed.rows[2].income!['预算数'], appropriation.income.stateCapital, '三、国有资本经营预算');
    sameCell(printed.totalRow!.income!['预算数'], appropriation.incomeTotal, '收入总计');
    const fields = { 合计: 'amount', 一般公共预算: 'generalPublicBudget', 政府性基金预算: 'governmentFund', 国有资本经营预算: 'stateCapital' } as const;
    const expenditure = printed.rows.flatMap((row) => (row.expenditure ? [row.expenditure] : []));
    assert.equal(appropriation.expenditure.length, expenditure.length);
    expenditure.forEach((line, index) => {
      const actual = appropriation.expenditure[index];
      assert.equal(actual.name, line['项目']!.replace(/^[一二三四五六七八九十]+、/, ''));
      for (const [header, field] of Object.entries(fields)) sameCell(line[header], actual[field], `${line['项目']} ${header}`);
    });
    for (const [header, field] of Object.entries(fields)) {
      sameCell(printed.totalRow!.expenditure![header], appropriation.expenditureTotal?.[field], `支出总计 ${header}`);
    }
  });

  test('表9 “三公”经费和机关运行经费预算表 (printed in 万元): every figure with its printed digits, in 万元', () => {
    const [row] = table(9).rows;
    assert.equal(table(9).unit, '万元');
    const three = disclosure.threePublicExpenses!;
    assert.equal(three.unit, '万元');
    assert.equal(disclosure.otherMatters!.unit, '万元');
    sameCell(row.cells['合计'], three.total, '合计');
    sameCell(row.cells['因公出国(境)费'], three.outboundTravel.amount, '因公出国(境)费');
    sameCell(row.cells['公务接待费'], three.officialReception.amount, '公务接待费');
    sameCell(row.cells['机关运行经费预算数'], disclosure.otherMatters!.institutionalOperating, '机关运行经费预算数');
    // …and they are the same figures as the 元 the other tables would give (exactly).
    sameInYuan(row.cells['合计'], convertAmount(three.total, '万元', '元'), '合计 in 元');
    // The table leaves 公务用车购置及运行费 blank: absent (never 0); the text's 0万元 is a stated figure tied to no cell.
    assert.deepEqual([row.cells['小计'], row.cells['购置费'], row.cells['运行费']], [null, null, null]);
    assert.deepEqual(three.officialVehicles, {});
    assert.deepEqual(
      three.explanation!.figures!.filter((figure) => figure.text?.startsWith('公务用车')).map((figure) => [figure.amount, figure.unit, figure.ref]),
      [['0', '万元', undefined], ['0', '万元', undefined], ['0', '万元', undefined]],
    );
    assert.ok(transcription.text.otherMatters.threePublicExpenses.paragraphs[2].includes('公务用车购置及运行费0万元'));
  });

  test('the text parts: duties, composition, glossary, 编制说明 items, other matters', () => {
    const text = transcription.text;
    assert.deepEqual(disclosure.department.duties, text.duties.items);
    assert.deepEqual(disclosure.department.subordinateUnits, ['上海市普陀区交流服务中心']);
    assert.deepEqual(
      disclosure.glossary!.map(({ term, definition }) => [term, definition]),
      text.glossary.entries.map(({ term, definition }: { term: string; definition: string }) => [term, definition]),
    );
    // Each of the 12 numbered items of the 编制说明 sits on its 项 of the functional table, with its purpose as the note.
    const items = byCode(disclosure.functionalBreakdown!.items);
    for (const item of text.budgetExplanation.items) {
      const row = items.get(item.code);
      assert.equal(row.note, item.purpose, item.code);
      assert.ok(row.explanation.text[0].includes(item.subject) && row.explanation.text[0].includes(item.amountPrinted), item.code);
      // The text's 万元 figure is the table's 元 figure rounded to the text's precision.
      const places = item.amount.includes('.') ? item.amount.split('.')[1].length : 0;
      assert.equal(toDecimal(row.amount).div(10000).toFixed(places), item.amount, `${item.code}: ${row.amount} 元 ≈ ${item.amountPrinted}`);
    }
    const [budgetExplanation, project] = disclosure.explanations!;
    assert.deepEqual(budgetExplanation.text, text.budgetExplanation.paragraphs);
    assert.equal(project.title, text.projectExplanation.heading);
    assert.deepEqual(
      project.text,
      text.projectExplanation.sections.flatMap(({ heading, text: body }: { heading: string; text: string }) => [heading, body]),
    );
    const other = disclosure.otherMatters!;
    assert.deepEqual(other.procurement!.explanation!.text, text.otherMatters.procurement.paragraphs);
    assert.deepEqual(other.assets!.explanation!.text, text.otherMatters.assets.paragraphs);
    assert.equal(other.assets!.asOf, '2024-08-31');
    assert.equal(other.assets!.vehicles.total, 0);
    assert.equal(other.assets!.vehicles.byCategory.length, 8);
    assert.equal(other.assets!.plannedPurchases!.equipmentOver1m, 0);
    assert.deepEqual(other.performance!.targets, { projects: 11, amount: '6626' });
    assert.deepEqual(disclosure.threePublicExpenses!.explanation!.text, text.otherMatters.threePublicExpenses.paragraphs);
  });
});
