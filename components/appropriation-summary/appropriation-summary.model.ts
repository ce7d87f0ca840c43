/**
 * The view model of <appropriation-summary>: plain data (no lit, no DOM),
 * built once per data, unit or language change. Both sides of
 * 财政拨款收入支出决算总表 (表四) in the document's row order: income by fund,
 * 本年收入合计, 年初财政拨款结转和结余 by fund, 总计; expenditure by function 类
 * with 合计 and the three funds side by side (core/table/hierarchy.ts),
 * 本年支出合计, 年末财政拨款结转和结余, 总计.
 */
import type { AppropriationTable, FundColumns } from '../core/disclosure/index.js';
import { inSectionUnit, type RenderContext } from '../core/element/context.js';
import { sumOfEvery } from '../core/figures.js';
import { amountOf, buildHierarchy, totalRow, type HierarchyModel } from '../core/table/hierarchy.js';
import type { Cell, Column, Row } from '../core/table/rows.js';

/** The three funds, in the document's order. */
export const FUNDS = ['generalPublicBudget', 'governmentFund', 'stateCapital'] as const;

export interface AppropriationSummaryModel {
  income: { caption: string; columns: Column[]; rows: Row[] };
  /** The expenditure side: rows by function, with 本年支出合计, 年末结转和结余 and 总计 as its footer. */
  hierarchy: HierarchyModel;
}

/** Where 财政拨款收入支出决算总表 is in the disclosure. */
const BASE = 'appropriationTable';

export function buildAppropriationSummaryModel(given: RenderContext): AppropriationSummaryModel {
  // A table printed in its own unit (`unit` on the section): its amounts are converted from that unit.
  const context = inSectionUnit(given, given.disclosure.appropriationTable?.unit);
  const { catalogue, format, disclosure } = context;
  const table = disclosure.appropriationTable!;
  const words = catalogue.appropriationSummary;
  const funds = words.funds[disclosure.kind];
  const finalAccounts = disclosure.kind === 'final-accounts';
  const blank: Cell = { kind: 'dash', reason: catalogue.tables.blank };
  const cell = (amount: string | undefined): Cell => (amount === undefined ? blank : format.amount(amount));

  // Income: 一、二、三 by fund; 本年收入合计; 年初财政拨款结转和结余 and its 一、二、三; 总计.
  // Each row carries the JSON path of its figure (a cross-check warning on it marks the row).
  const fundRows = (prefix: string, field: 'income' | 'openingBalance', columns: FundColumns | undefined, level: number): Row[] =>
    FUNDS.map((fund, index) => ({ key: `${prefix}.${fund}`, level, label: words.numbered(index, funds[fund]), cells: [cell(columns?.[fund])], path: `${BASE}.${field}.${fund}` }));
  const incomeFunds = FUNDS.map((fund) => table.income[fund]);
  const rows: Row[] = fundRows('income', 'income', table.income, 0);
  if (table.income.amount !== undefined || finalAccounts) {
    rows.push({ ...figureRow(context, 'income.currentYear', words.currentYearIncome, table.income.amount, incomeFunds, 'subtotal'), path: `${BASE}.income.amount` });
  }
  const openingShown = table.openingBalance !== undefined || finalAccounts;
  if (openingShown) {
    rows.push({ key: 'opening', level: 0, label: words.openingBalance, cells: [cell(table.openingBalance?.amount)], path: `${BASE}.openingBalance.amount` });
    rows.push(...fundRows('opening', 'openingBalance', table.openingBalance, 1));
  }
  // 总计 = 本年收入 + 年初结转和结余, where the table has that line: computed only when both are known.
  const currentIncome = table.income.amount ?? sumOfEvery(incomeFunds);
  const incomeParts = openingShown ? [currentIncome, table.openingBalance?.amount] : [currentIncome];
  rows.push({ ...figureRow(context, 'income.total', words.incomeTotal[disclosure.kind], table.incomeTotal, incomeParts, 'total'), path: `${BASE}.incomeTotal` });

  // Expenditure: rows by function with 合计 and the three funds side by side.
  const keys = ['amount', ...FUNDS];
  const hierarchy = buildHierarchy(context, {
    caption: words.expenditureTable(format.unitLabel),
    nameLabel: words.item,
    columns: [{ key: 'amount', label: catalogue.tables.total }, ...FUNDS.map((fund) => ({ key: fund, label: funds[fund] }))],
    alwaysShown: keys,
    rows: table.expenditure,
    totalLabel: words.currentYearExpenditure,
    path: `${BASE}.expenditure`,
  });
  hierarchy.footer = expenditureFooter(context, table, keys);
  return {
    income: {
      caption: words.incomeTable(format.unitLabel),
      columns: [{ label: words.item }, { label: words.actual[disclosure.kind], numeric: true }],
      rows,
    },
    hierarchy,
  };
}

/** 本年支出合计 (published, else the rows' sum marked computed), 年末财政拨款结转和结余, 总计. */
function expenditureFooter(context: RenderContext, table: AppropriationTable, keys: readonly string[]): Row[] {
  const { catalogue, disclosure } = context;
  const words = catalogue.appropriationSummary;
  const footer: Row[] = [];
  if (table.currentYearExpenditure !== undefined || disclosure.kind === 'final-accounts') {
    footer.push({ ...totalRow(context, words.currentYearExpenditure, table.currentYearExpenditure, table.expenditure, keys, 'expenditure.currentYear', `${BASE}.currentYearExpenditure`), kind: 'subtotal' });
  }
  const closingShown = table.closingBalance !== undefined || disclosure.kind === 'final-accounts';
  if (closingShown) {
    footer.push({ ...totalRow(context, words.closingBalance, table.closingBalance, [], keys, 'closing', `${BASE}.closingBalance`), kind: undefined });
  }
  // 总计: as published, else 本年支出合计 + 年末结转和结余 (where the table has that line), each column computed
  // only when every part of it is known.
  const current = table.currentYearExpenditure ?? sumsOf(table.expenditure, keys);
  const parts = closingShown ? [current, table.closingBalance ?? {}] : [current];
  footer.push(totalRow(context, words.expenditureTotal[disclosure.kind], table.expenditureTotal, parts, keys, 'expenditure.total', `${BASE}.expenditureTotal`));
  return footer;
}

/** Each column's sum over the rows, where every row gives it (a blank is not 0). */
function sumsOf(rows: readonly object[], keys: readonly string[]): Record<string, string> {
  const sums: Record<string, string> = {};
  for (const key of keys) {
    const sum = sumOfEvery(rows.map((row) => amountOf(row, key)));
    if (sum !== undefined) sums[key] = sum;
  }
  return sums;
}

/** A row of one figure: published, else the parts' sum marked computed when every part is known, else a dash. */
function figureRow(context: RenderContext, key: string, label: string, published: string | undefined, parts: readonly (string | undefined)[], kind: Row['kind']): Row {
  const { format, catalogue } = context;
  const sum = published === undefined ? sumOfEvery(parts) : undefined;
  let value: Cell;
  if (published !== undefined) value = format.amount(published);
  else if (sum !== undefined) value = { kind: 'figure', text: format.amount(sum), computed: true };
  else value = { kind: 'dash', reason: catalogue.tables.blank };
  return { key, level: 0, label, kind, cells: [value] };
}
