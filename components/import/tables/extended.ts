/**
 * The sections of the extended contract (the nine tables of a 决算 and the
 * budget table set): 收入决算表 → incomeTable, 支出决算表 → expenditureTable,
 * 财政拨款收入支出决算总表 → appropriationTable, 基本支出决算表 →
 * basicExpenditureTable, the fund tables → governmentFundTable /
 * stateCapitalTable. Used only when the contract in this build knows those
 * sections (see `contractHasTables` in map.ts), so the importer works with
 * version 1 and lights up when the extended contract is merged.
 */
import type { ImportedTable, TextCell } from '../types.js';
import type { EXPENDITURE_LINE_PARTS } from '../../core/disclosure/contract.js';
import { figureIn, hasFigures, rowsOf, type RowView } from './rows.js';
import { amountOf } from '../text.js';
import { FUNCTION_CLASS_CODES } from '../narrative/narrative.js';

type Json = Record<string, unknown>;
export type Trace = (path: string, value: string | number, table: ImportedTable, row: RowView | undefined, column: string | undefined, cell: TextCell) => void;

/** Reads the columns named in `columns` (header word → field) from one row. */
function columnsOf(row: RowView, columns: readonly [RegExp, string][], table: ImportedTable, path: string, trace: Trace): Json {
  const out: Json = {};
  for (const [pattern, field] of columns) {
    const figure = figureIn(row, pattern);
    if (!figure || out[field] !== undefined) continue;
    out[field] = figure.amount;
    trace(`${path}.${field}`, figure.amount, table, row, figure.column, figure.cell);
  }
  return out;
}

/** When the first figure column's header was not read, its figure is the row's 合计 (the standard tables' first figure column). */
function headerlessAmount(view: RowView, figures: Json, field: string, table: ImportedTable, path: string, trace: Trace): void {
  if (!field || figures[field] !== undefined) return;
  const first = view.values[0];
  if (!first || first.column.header.length > 0 || !first.cell) return;
  const amount = amountOf(first.cell.text);
  if (amount === undefined) return;
  figures[field] = amount;
  trace(`${path}.${field}`, amount, table, view, '', first.cell);
}

/** Rows by code (3/5/7 digits, or economic 3/5) as a tree; the 合计 row apart. */
function treeOf(table: ImportedTable, columns: readonly [RegExp, string][], base: string, trace: Trace, required = 'amount'): { rows: Json[]; total?: Json } {
  const rows: Json[] = [];
  let total: Json | undefined;
  const stack: { code: string; row: Json; path: string }[] = [];
  for (const view of rowsOf(table)) {
    if (!view.code && /^(?:合计|总计)$/.test(view.key)) {
      const figures = columnsOf(view, columns, table, `${base}.total`, trace);
      headerlessAmount(view, figures, required, table, `${base}.total`, trace);
      if (Object.keys(figures).length > 0) total = figures;
      continue;
    }
    if (!view.code) continue;
    while (stack.length > 0 && !view.code.startsWith(stack[stack.length - 1]!.code)) stack.pop();
    const parent = stack[stack.length - 1];
    const siblings = parent ? ((parent.row.children as Json[]) ??= []) : rows;
    const path = parent ? `${parent.path}.children[${siblings.length}]` : `${base}.rows[${siblings.length}]`;
    const figures = columnsOf(view, columns, table, path, trace);
    headerlessAmount(view, figures, required, table, path, trace);
    if (required && figures[required] === undefined) continue;
    const row: Json = { code: view.code, name: view.label, ...figures };
    siblings.push(row);
    stack.push({ code: view.code, row, path });
  }
  return total === undefined ? { rows } : { rows, total };
}

const remarkOf = (table: ImportedTable) => table.notes.map((cell) => cell.text).find((text) => /^说明[:：]|故本表|本表为空表|本表无数据/.test(text));

/** The income sources, as 收入决算表's columns and the 收入支出决算总表's income lines name them. */
export const INCOME_SOURCE_LABELS: [RegExp, string][] = [
  [/^财政拨款收入$/, 'fiscalAppropriation'],
  [/^上级补助收入$/, 'superiorSubsidy'],
  [/^事业收入$/, 'institutionIncome'],
  [/^(?:事业单位)?经营收入$/, 'operatingIncome'],
  [/^附属单位上缴收入$/, 'affiliateRemittance'],
  [/^其他收入$/, 'otherIncome'],
];
const INCOME_COLUMNS: [RegExp, string][] = [[/^(?:本年收入合计|合计)$/, 'amount'], ...INCOME_SOURCE_LABELS];
const EXPENDITURE_COLUMNS: [RegExp, string][] = [
  [/^(?:本年支出合计|合计)$/, 'amount'],
  [/^基本支出$/, 'basic'],
  [/^项目支出$/, 'project'],
  [/^上缴上级支出$/, 'remittanceToSuperior'],
  [/^经营支出$/, 'operating'],
  [/^对附属单位补助支出$/, 'affiliateSubsidy'],
];
const FUND_COLUMNS: [RegExp, string][] = [
  [/^合计$/, 'amount'],
  [/^一般公共预算(?:财政拨款)?$/, 'generalPublicBudget'],
  [/^政府性基金预算(?:财政拨款)?$/, 'governmentFund'],
  [/^国有资本经营预算(?:财政拨款)?$/, 'stateCapital'],
];
const ECONOMIC_COLUMNS: [RegExp, string][] = [
  [/^(?:决算数|合计|预算数)$/, 'amount'],
  [/^人员经费$/, 'personnel'],
  [/^公用经费$/, 'publicUse'],
];

export function incomeTable(table: ImportedTable | undefined, trace: Trace): Json | undefined {
  if (!table || !hasFigures(table)) return undefined;
  const { rows, total } = treeOf(table, INCOME_COLUMNS, 'incomeTable', trace);
  const out: Json = total ? { total, rows } : { rows };
  const remark = remarkOf(table);
  if (remark) out.remark = remark;
  return out;
}

export function expenditureTable(table: ImportedTable | undefined, trace: Trace): Json | undefined {
  if (!table || !hasFigures(table)) return undefined;
  const { rows, total } = treeOf(table, EXPENDITURE_COLUMNS, 'expenditureTable', trace);
  const out: Json = total ? { total, rows } : { rows };
  const remark = remarkOf(table);
  if (remark) out.remark = remark;
  return out;
}

/** 政府性基金 / 国有资本经营预算 tables: a table published empty is `rows: []` with its 说明. */
export function fundFlowTable(table: ImportedTable | undefined, base: string, budget: boolean, trace: Trace): Json | undefined {
  if (!table) return undefined;
  const remark = remarkOf(table);
  if (!hasFigures(table)) return remark ? { rows: [], remark } : { rows: [] };
  // Columns in the printed order: 年初结转和结余, 本年收入, 本年支出 (合计, 基本支出, 项目支出), 年末结转和结余.
  const columns: [RegExp, string][] = budget
    ? [
        [/^合计$/, 'expenditure'],
        [/^基本支出$/, 'basic'],
        [/^项目支出$/, 'project'],
      ]
    : [
        [/年初结转/, 'openingBalance'],
        [/^本年收入$/, 'income'],
        [/^(?:本年支出|合计)$/, 'expenditure'],
        [/^基本支出$/, 'basic'],
        [/^项目支出$/, 'project'],
        [/年末结转/, 'closingBalance'],
      ];
  const { rows, total } = treeOf(table, columns, base, trace, '');
  const out: Json = total ? { total, rows } : { rows };
  if (remark) out.remark = remark;
  return out;
}

/** 财政拨款收入支出决算总表 / 财政拨款收支预算总表. */
export function appropriationTable(table: ImportedTable | undefined, trace: Trace): Json | undefined {
  if (!table || !hasFigures(table)) return undefined;
  const income: Json = {};
  const out: Json = { income, expenditure: [] };
  const expenditure = out.expenditure as Json[];
  let opening: Json | undefined;
  for (const row of rowsOf(table, 0)) {
    const figure = figureIn(row);
    if (/^年初财政拨款结转和结余$/.test(row.key)) {
      opening = {};
      if (figure) {
        opening.amount = figure.amount;
        trace('appropriationTable.openingBalance.amount', figure.amount, table, row, figure.column, figure.cell);
      }
      continue;
    }
    if (!figure) continue;
    const field = /^一般公共预算/.test(row.key) ? 'generalPublicBudget' : /^政府性基金/.test(row.key) ? 'governmentFund' : /^国有资本经营/.test(row.key) ? 'stateCapital' : /^本年收入合计$/.test(row.key) ? 'amount' : /^(?:收入)?总计$/.test(row.key) ? 'incomeTotal' : undefined;
    if (!field) continue;
    if (field === 'incomeTotal') {
      out.incomeTotal = figure.amount;
      trace('appropriationTable.incomeTotal', figure.amount, table, row, figure.column, figure.cell);
    } else if (opening) {
      opening[field] = figure.amount;
      trace(`appropriationTable.openingBalance.${field}`, figure.amount, table, row, figure.column, figure.cell);
    } else {
      income[field] = figure.amount;
      trace(`appropriationTable.income.${field}`, figure.amount, table, row, figure.column, figure.cell);
    }
  }
  if (opening && Object.keys(opening).length > 0) out.openingBalance = opening;
  for (const row of rowsOf(table, 1)) {
    const name = row.key;
    const key = /^本年支出合计$/.test(name) ? 'currentYearExpenditure' : /^年末财政拨款结转和结余$/.test(name) ? 'closingBalance' : /^(?:支出)?总计$/.test(name) ? 'expenditureTotal' : undefined;
    if (key) {
      const figures = columnsOf(row, FUND_COLUMNS, table, `appropriationTable.${key}`, trace);
      if (Object.keys(figures).length > 0) out[key] = figures;
      continue;
    }
    const path = `appropriationTable.expenditure[${expenditure.length}]`;
    // A row whose name was not read is left out (its figures are reported as not understood by the caller).
    if (!name || figureIn(row) === undefined) continue;
    const figures = columnsOf(row, FUND_COLUMNS, table, path, trace);
    if (figures.amount === undefined) continue;
    const item: Json = { name, ...figures };
    const code = row.code ?? FUNCTION_CLASS_CODES[name.replace(/支出$/, '')];
    expenditure.push(code ? { code, ...item } : item);
  }
  const remark = remarkOf(table);
  if (remark) out.remark = remark;
  return out;
}

/** 一般公共预算财政拨款基本支出决算表 (both code/name/amount groups) / 经济分类预算表. */
export function economicTable(table: ImportedTable | undefined, trace: Trace): Json | undefined {
  if (!table || !hasFigures(table)) return undefined;
  const rows: Json[] = [];
  const total: Json = {};
  const stack: { code: string; row: Json; path: string }[] = [];
  // Two groups side by side (301, 303 | 302, 310) are read a side at a time: the classes are taken in code order, as
  // the classification lists them, each with its items in the order printed, so that each figure's path is its own.
  const classOf = (view: RowView) => view.code?.slice(0, 3) ?? '';
  const views = rowsOf(table);
  const classOrder = [...new Set(views.map(classOf).filter(Boolean))].sort();
  const byClass = (view: RowView) => (view.code ? classOrder.indexOf(classOf(view)) : -1);
  const ordered = views.filter((view) => !view.code).concat(views.filter((view) => view.code).sort((a, b) => byClass(a) - byClass(b)));
  for (const view of ordered) {
    if (!view.code) {
      const field = /^人员经费合计$/.test(view.key) ? 'personnel' : /^(?:日常)?公用经费合计$/.test(view.key) ? 'publicUse' : undefined;
      if (field) {
        const figure = figureIn(view);
        if (figure) {
          total[field] = figure.amount;
          trace(`basicExpenditureTable.total.${field}`, figure.amount, table, view, figure.column, figure.cell);
        }
      } else if (/^合计$/.test(view.key)) {
        Object.assign(total, columnsOf(view, ECONOMIC_COLUMNS, table, 'basicExpenditureTable.total', trace));
      }
      continue;
    }
    while (stack.length > 0 && !view.code.startsWith(stack[stack.length - 1]!.code)) stack.pop();
    const parent = stack[stack.length - 1];
    const siblings = parent ? ((parent.row.children as Json[]) ??= []) : rows;
    const path = parent ? `${parent.path}.children[${siblings.length}]` : `basicExpenditureTable.rows[${siblings.length}]`;
    const row: Json = { code: view.code, name: view.label, ...columnsOf(view, ECONOMIC_COLUMNS, table, path, trace) };
    siblings.push(row);
    stack.push({ code: view.code, row, path });
  }
  const out: Json = Object.keys(total).length > 0 ? { total, rows } : { rows };
  const remark = remarkOf(table);
  if (remark) out.remark = remark;
  return out;
}

/**
 * The columns a 单位预算's 财务收支预算总表 prints beside each expenditure line's 合计 (基本支出: 人员经费, 公用经费;
 * 项目支出), by their last header.
 */
export const EXPENDITURE_PART_COLUMNS: readonly (readonly [RegExp, (typeof EXPENDITURE_LINE_PARTS)[number]])[] = [
  [/^人员经费$/, 'personnel'],
  [/^公用经费$/, 'publicUse'],
  [/^项目支出$/, 'project'],
];

/**
 * The expenditure side of 收入支出决算总表 / 财务收支预算总表: function 类 with their published figure, and, where the
 * table prints them, their 人员经费, 公用经费 and 项目支出 (a blank cell is left out).
 */
export function functionLines(table: ImportedTable, trace: Trace, base: string, start: number): Json[] {
  const lines: Json[] = [];
  for (const row of rowsOf(table, 1)) {
    if (!/^(?:[一二三四五六七八九十]+、)/.test(row.label)) continue;
    const figure = figureIn(row);
    if (!figure) continue;
    const code = FUNCTION_CLASS_CODES[row.key.replace(/支出$/, '')];
    const line: Json = code ? { code, label: row.key, amount: figure.amount } : { label: row.key, amount: figure.amount };
    const path = `${base}[${start + lines.length}]`;
    trace(`${path}.amount`, figure.amount, table, row, figure.column, figure.cell);
    for (const [header, field] of EXPENDITURE_PART_COLUMNS) {
      const part = figureIn(row, header);
      if (!part || part.cell === figure.cell) continue;
      line[field] = part.amount;
      trace(`${path}.${field}`, part.amount, table, row, part.column, part.cell);
    }
    lines.push(line);
  }
  return lines;
}
