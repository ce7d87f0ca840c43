/**
 * The hand transcriptions of the six budget PDFs (test/fixtures/transcriptions/)
 * are the importer's expected values (issue 16), so a typo in them would make a
 * correct importer fail or a wrong one pass. This suite checks them the way a
 * reader checks the printed tables: every 类 / 款 is the sum of its children,
 * every row's 合计 = 基本支出 + 项目支出, the 合计 row is the sum of the 类, and the
 * 财政拨款收支预算总表 agrees with the 一般公共预算支出功能分类预算表.
 *
 * The PDFs themselves are not perfect: the differences they really print were
 * found by hand and are listed below; the suite expects exactly those.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sumOf, toDecimal } from '../../components/core/money.js';

const DIRECTORY = 'test/fixtures/transcriptions';

type Cells = Record<string, string | null>;
interface CodedRow {
  codeParts: (string | null)[];
  code: string;
  name: string;
  cells: Cells;
}
interface FunctionTable {
  title: string;
  unit: string;
  rows: CodedRow[];
  totalRow: { label: string; cells: Cells };
}
interface SideRow {
  income: Cells | null;
  expenditure: Cells | null;
}
interface SummaryTable {
  title: string;
  unit: string;
  rows: SideRow[];
  totalRow: SideRow;
}

const read = (file: string) => JSON.parse(readFileSync(`${DIRECTORY}/${file}`, 'utf8'));

/** The two key tables of each budget PDF, from its key-tables file or from the full transcription. */
const documents: Record<string, { summary: SummaryTable; functional: FunctionTable }> = {};
for (const stem of [
  'putuo-district-office-unit-2025-budget',
  'putuo-commerce-2025-budget',
  'putuo-commerce-unit-2025-budget',
  'putuo-wanli-street-2024-budget',
  'putuo-wanli-street-2025-budget',
]) {
  const keyTables = read(`${stem}.key-tables.json`);
  documents[stem] = { summary: keyTables.fiscalAppropriationSummary, functional: keyTables.generalPublicBudgetByFunction };
}
const full = read('putuo-district-office-2025-budget.tables.json');
documents['putuo-district-office-2025-budget'] = {
  summary: full.tables.find((table: { number: number }) => table.number === 4),
  functional: full.tables.find((table: { number: number }) => table.number === 5),
};

/** A blank cell counts as no amount. */
const figure = (cell: string | null | undefined) => toDecimal(cell ?? '0');
const withoutNumbering = (label: string) => label.replace(/^[一二三四五六七八九十]+、/, '');

/** Every relation of the two tables that does not hold, as "where: printed ≠ computed". */
function differences(stem: string): string[] {
  const { summary, functional } = documents[stem];
  const found: string[] = [];
  const report = (where: string, printed: string | null, parts: (string | null)[]) => {
    const computed = sumOf(parts.map(figure));
    if (!figure(printed).eq(computed)) found.push(`${stem} ${where}: ${printed} ≠ ${computed.toFixed()}`);
  };
  const columns = ['合计', '基本支出', '项目支出'];
  for (const row of functional.rows) {
    const childLength = row.code.length === 3 ? 5 : 7;
    const children = functional.rows.filter((other) => other.code.length === childLength && other.code.startsWith(row.code));
    if (children.length > 0) {
      for (const column of columns) report(`${row.code} ${column} vs its children`, row.cells[column], children.map((child) => child.cells[column]));
    }
    report(`${row.code} 合计 vs 基本支出 + 项目支出`, row.cells['合计'], [row.cells['基本支出'], row.cells['项目支出']]);
  }
  const classes = functional.rows.filter((row) => row.code.length === 3);
  for (const column of columns) report(`合计 row ${column} vs the 类`, functional.totalRow.cells[column], classes.map((row) => row.cells[column]));
  report('合计 row 合计 vs 基本支出 + 项目支出', functional.totalRow.cells['合计'], [functional.totalRow.cells['基本支出'], functional.totalRow.cells['项目支出']]);

  const lines = summary.rows.flatMap((row) => (row.expenditure ? [row.expenditure] : []));
  const income = summary.rows.flatMap((row) => (row.income ? [row.income] : []));
  report('总表 收入总计 vs the income lines', summary.totalRow.income!['预算数'], income.map((line) => line['预算数']));
  for (const column of ['合计', '一般公共预算', '政府性基金预算', '国有资本经营预算']) {
    report(`总表 支出总计 ${column} vs the lines`, summary.totalRow.expenditure![column], lines.map((line) => line[column]));
  }
  report('总表 收入总计 vs 支出总计', summary.totalRow.income!['预算数'], [summary.totalRow.expenditure!['合计']]);
  // The 总表's lines are the functional table's 类, in order, on the general public budget.
  assert.deepEqual(
    lines.map((line) => withoutNumbering(line['项目']!)),
    classes.map((row) => row.name),
    `${stem}: the 总表's expenditure lines are the functional table's 类`,
  );
  lines.forEach((line, index) => {
    report(`总表 ${line['项目']} 一般公共预算 vs 功能分类 ${classes[index].code}`, line['一般公共预算'], [classes[index].cells['合计']]);
    report(`总表 ${line['项目']} 合计 vs 一般公共预算 + 基金 + 国资`, line['合计'], [line['一般公共预算'], line['政府性基金预算'], line['国有资本经营预算']]);
  });
  report('总表 支出总计 一般公共预算 vs 功能分类 合计', summary.totalRow.expenditure!['一般公共预算'], [functional.totalRow.cells['合计']]);
  return found;
}

/** Found by hand, reading the printed tables (see putuo-district-office-2025-budget.differences.md and each file's arithmeticNotes). */
const expected: Record<string, string[]> = {
  'putuo-district-office-2025-budget': [],
  'putuo-district-office-unit-2025-budget': [],
  'putuo-commerce-2025-budget': [],
  'putuo-commerce-unit-2025-budget': [],
  'putuo-wanli-street-2024-budget': [],
  'putuo-wanli-street-2025-budget': [
    // 212 城乡社区支出 prints 154,369,326; its 款 as printed sum to 154,369,327, because…
    'putuo-wanli-street-2025-budget 212 合计 vs its children: 154369326 ≠ 154369327',
    // …21201 城乡社区管理事务 prints 94,995,790 where its 项 and its 基本 + 项目 both give 94,995,789.
    'putuo-wanli-street-2025-budget 21201 合计 vs its children: 94995790 ≠ 94995789',
    'putuo-wanli-street-2025-budget 21201 合计 vs 基本支出 + 项目支出: 94995790 ≠ 94995789',
  ],
};

describe('hand transcriptions of the budget PDFs', () => {
  for (const stem of Object.keys(expected)) {
    test(`${stem}: the key tables add up, except for exactly the differences the PDF prints`, () => {
      const { summary, functional } = documents[stem];
      assert.match(summary.title, /财政拨款收支预算总表$/);
      assert.match(functional.title, /一般公共预算支出功能分类预算表$/);
      assert.equal(summary.unit, '元');
      assert.equal(functional.unit, '元');
      assert.deepEqual(differences(stem), expected[stem]);
    });
  }

  test('every amount is written as printed without thousands separators, every code joins its printed parts', () => {
    for (const [stem, { summary, functional }] of Object.entries(documents)) {
      const cells = [
        ...functional.rows.flatMap((row) => Object.values(row.cells)),
        ...Object.values(functional.totalRow.cells),
        ...summary.rows.flatMap((row) => [row.income?.['预算数'], ...Object.entries(row.expenditure ?? {}).filter(([key]) => key !== '项目').map(([, value]) => value)]),
      ];
      for (const cell of cells) if (cell != null) assert.match(cell, /^\d+(\.\d{2})?$/, `${stem}: ${cell}`);
      for (const row of functional.rows) assert.equal(row.code, row.codeParts.filter((part) => part !== null).join(''), `${stem}: ${row.code}`);
    }
  });
});
