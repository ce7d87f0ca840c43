/**
 * Spreadsheets built in the test (XLSX with fflate, CSV, TSV) holding the
 * same figures as the planning-resources PDF's tables (transcribed by hand
 * from its text) import to the same sections as the PDF.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { importDisclosure, ImportError, type ImportResult } from '../../components/import/index.js';
import { columnName } from '../../components/import/sheet/grid.js';
import { sharedFile } from './import-helpers.js';

type Sheet = { name: string; rows: string[][]; merges?: string[] };

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A minimal XLSX: shared strings for text, numbers as numbers, merged ranges. */
function xlsx(sheets: Sheet[]): Uint8Array {
  const strings: string[] = [];
  const index = (text: string) => (strings.includes(text) ? strings.indexOf(text) : strings.push(text) - 1);
  const files: Record<string, Uint8Array> = {};
  sheets.forEach((sheet, n) => {
    const rows = sheet.rows
      .map((row, r) => {
        const cells = row
          .map((cell, c) => {
            if (cell === '') return '';
            const ref = `${columnName(c)}${r + 1}`;
            return /^-?\d+(?:\.\d+)?$/.test(cell) && !/^\d{3,7}$/.test(cell) ? `<c r="${ref}"><v>${cell}</v></c>` : `<c r="${ref}" t="s"><v>${index(cell)}</v></c>`;
          })
          .join('');
        return `<row r="${r + 1}">${cells}</row>`;
      })
      .join('');
    const merges = sheet.merges?.length ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>` : '';
    files[`xl/worksheets/sheet${n + 1}.xml`] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData>${merges}</worksheet>`);
  });
  files['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
      .map((sheet, n) => `<sheet name="${escape(sheet.name)}" sheetId="${n + 1}" r:id="rId${n + 1}"/>`)
      .join('')}</sheets></workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map((_, n) => `<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${n + 1}.xml"/>`)
      .join('')}</Relationships>`,
  );
  files['xl/sharedStrings.xml'] = strToU8(`<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings.map((text) => `<si><t>${escape(text)}</t></si>`).join('')}</sst>`);
  files['[Content_Types].xml'] = strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  return zipSync(files);
}

// 收入支出决算总表 (two sides), 支出决算表 (合计 row) and 一般公共预算财政拨款支出决算表, as printed in the PDF.
const summaryRows: string[][] = [
  ['2024年度收入支出决算总表', '2024年度收入支出决算总表', '2024年度收入支出决算总表', '2024年度收入支出决算总表'],
  ['编制部门：上海市普陀区规划和自然资源局', '', '', '单位：万元'],
  ['项目', '决算数', '项目', '决算数'],
  ['一、一般公共预算财政拨款收入', '9746.50', '一、一般公共服务支出', ''],
  ['二、政府性基金预算财政拨款收入', '', '八、社会保障和就业支出', '754.75'],
  ['三、国有资本经营预算财政拨款收入', '', '九、卫生健康支出', '236.63'],
  ['四、上级补助收入', '', '十一、城乡社区支出', '3845.25'],
  ['五、事业收入', '', '十八、自然资源海洋气象等支出', '4461.67'],
  ['六、经营收入', '', '十九、住房保障支出', '461.08'],
  ['本年收入合计', '9746.50', '本年支出合计', '9759.38'],
  ['使用非财政拨款结余', '', '结余分配', ''],
  ['年初结转和结余', '112.88', '年末结转和结余', '100.00'],
  ['总计', '9859.38', '总计', '9859.38'],
  ['注：本表反映部门本年度的总收支和年末结转结余情况。'],
];
const expenditureRows: string[][] = [
  ['支出决算表'],
  ['', '', '', '', '单位：万元'],
  ['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'],
  ['', '合计', '9759.38', '5377.64', '4381.74'],
];
const generalRows: string[][] = [
  ['一般公共预算财政拨款支出决算表', '', '', '', ''],
  ['', '', '', '', '单位：万元'],
  ['功能分类科目编码', '科目名称', '合计', '基本支出', '项目支出'],
  ['208', '社会保障和就业支出', '754.75', '754.75', '0.00'],
  ['20805', '行政事业单位养老支出', '754.75', '754.75', '0.00'],
  ['2080501', '行政单位离退休', '54.53', '54.53', '0.00'],
  ['2080502', '事业单位离退休', '28.11', '28.11', '0.00'],
  ['2080505', '机关事业单位基本养老保险缴费支出', '446.11', '446.11', '0.00'],
  ['2080506', '机关事业单位职业年金缴费支出', '225.12', '225.12', '0.00'],
  ['2080599', '其他行政事业单位养老支出', '0.88', '0.88', '0.00'],
  ['210', '卫生健康支出', '236.64', '236.64', '0.00'],
  ['21011', '行政事业单位医疗', '236.64', '236.64', '0.00'],
  ['2101101', '行政单位医疗', '40.35', '40.35', '0.00'],
  ['2101102', '事业单位医疗', '196.29', '196.29', '0.00'],
  ['212', '城乡社区支出', '3832.36', '1572.70', '2259.65'],
  ['21201', '城乡社区管理事务', '1092.80', '1084.02', '8.77'],
  ['2120101', '行政运行', '1092.80', '1084.02', '8.77'],
  ['21202', '城乡社区规划与管理', '2739.56', '488.68', '2250.88'],
  ['2120201', '城乡社区规划与管理', '2739.56', '488.68', '2250.88'],
  ['220', '自然资源海洋气象等支出', '4461.67', '2339.58', '2122.09'],
  ['22001', '自然资源事务', '4461.67', '2339.58', '2122.09'],
  ['2200150', '事业运行', '4416.67', '2339.58', '2077.09'],
  ['2200199', '其他自然资源事务支出', '45.00', '0.00', '45.00'],
  ['221', '住房保障支出', '461.08', '461.08', '0.00'],
  ['22102', '住房改革支出', '461.08', '461.08', '0.00'],
  ['2210201', '住房公积金', '289.59', '289.59', '0.00'],
  ['2210203', '购房补贴', '171.49', '171.49', '0.00'],
  ['合计', '合计', '9746.50', '5364.75', '4381.74'],
  ['注：本表反映部门本年度一般公共预算财政拨款支出情况。'],
];

let pdf: { disclosure: ImportResult['disclosure'] };
/**
 * The PDF's items also carry what its 情况说明 says of each 项 (年初预算, 完成率, 主要用于, the paragraph itself), and
 * 表五 its 年初预算 and 完成率 from 说明五; the workbook holds the tables only (with their 注：本表反映… notes).
 */
const tablesOnly = <T,>(value: T): T =>
  JSON.parse(
    JSON.stringify(value, (key, field) =>
      key === 'explanation' ||
      (['budget', 'completionRate', 'reason', 'totalBudget', 'totalCompletionRate'].includes(key) && typeof field === 'string') ||
      (key === 'note' && typeof field === 'string' && !field.startsWith('注'))
        ? undefined
        : field,
    ),
  );
before(async () => {
  const imported = await importDisclosure(new Uint8Array(readFileSync(sharedFile('corpus/putuo-planning-resources-2024-final-accounts.pdf'))));
  pdf = { disclosure: tablesOnly(imported.disclosure) };
});

/** A section without its 情况说明: a spreadsheet holds the tables, not the narrative the PDF adds. */
function withoutExplanation<T>(section: T): T {
  if (!section || typeof section !== 'object') return section;
  const { explanation: _explanation, ...rest } = section as Record<string, unknown>;
  return rest as T;
}

test('an XLSX workbook (one table per sheet, merged title and total cells) imports to the same sections as the PDF', async () => {
  const workbook = xlsx([
    { name: '表一', rows: summaryRows, merges: ['A1:D1'] },
    { name: '表三', rows: expenditureRows },
    { name: '表五', rows: generalRows, merges: ['A1:E1', 'A28:B28'] },
  ]);
  const { disclosure, report } = await importDisclosure(workbook);
  assert.equal(report.source, 'sheet');
  assert.equal(disclosure.fiscalYear, 2024);
  assert.equal(disclosure.department.name, '上海市普陀区规划和自然资源局');
  assert.deepEqual(disclosure.functionalBreakdown, withoutExplanation(pdf.disclosure.functionalBreakdown));
  assert.deepEqual(disclosure.accountSummary, withoutExplanation(pdf.disclosure.accountSummary));
  const traced = report.figures.find((figure) => figure.path === 'functionalBreakdown.total');
  assert.deepEqual(traced?.at, { kind: 'sheet', sheet: '表五', cell: 'C28' });
});

test('several tables on one sheet, recognised by their titles; CSV and TSV alike', async () => {
  const rows = [...summaryRows, [], ...expenditureRows, [], ...generalRows];
  const workbook = xlsx([{ name: '决算', rows }]);
  const fromXlsx = await importDisclosure(workbook);
  assert.deepEqual(fromXlsx.disclosure.functionalBreakdown, withoutExplanation(pdf.disclosure.functionalBreakdown));
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const csv = rows.map((row) => row.map(quote).join(',')).join('\r\n');
  const fromCsv = await importDisclosure(new TextEncoder().encode(`\uFEFF${csv}`), { fileName: 'tables.csv' });
  assert.deepEqual(fromCsv.disclosure.functionalBreakdown, withoutExplanation(pdf.disclosure.functionalBreakdown));
  assert.deepEqual(fromCsv.disclosure.accountSummary, withoutExplanation(pdf.disclosure.accountSummary));
  const tsv = rows.map((row) => row.join('\t')).join('\n');
  const fromTsv = await importDisclosure(tsv);
  assert.deepEqual(fromTsv.disclosure.functionalBreakdown, withoutExplanation(pdf.disclosure.functionalBreakdown));
});

test('a damaged workbook is a clear error, not a crash', async () => {
  const workbook = xlsx([{ name: '表五', rows: generalRows }]);
  await assert.rejects(importDisclosure(workbook.slice(0, workbook.length - 40)), (error: unknown) => error instanceof ImportError && error.code === 'corrupt' && /电子表格/.test(error.localised['zh-CN']));
});
