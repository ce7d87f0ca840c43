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
import { publishedOrSum } from '../core/figures.js';
import { amountOf, buildHierarchy, totalRow, type HierarchyModel } from '../core/table/hierarchy.js';
import type { Cell, Column, Row } from '../core/table/rows.js';

/** The three funds, in the document's order. */
export const FUNDS = ['generalPublicBudget', 'governmentFund', 'stateCapital'] as const;

export interface AppropriationSummaryModel {
  income: { caption: string; columns: Column[]; rows: Row[] };
  /** The expenditure side: rows by function, with 本年支出合计, 年末结转和结余 and 总计 as its footer. */
  hierarchy: HierarchyModel;
}

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
  const fundRows = (prefix: string, columns: FundColumns | undefined, level: number): Row[] =>
    FUNDS.map((fund, index) => ({ key: `${prefix}.${fund}`, level, label: words.numbered(index, funds[fund]), cells: [cell(columns?.[fund])] }));
  const incomeFunds = FUNDS.map((fund) => table.income[fund]).filter((amount): amount is string => amount !== undefined);
  const rows: Row[] = fundRows('income', table.income, 0);
  if (table.income.amount !== undefined || finalAccounts) {
    rows.push(figureRow(context, 'income.currentYear', words.currentYearIncome, table.income.amount, incomeFunds, 'subtotal'));
  }
  if (table.openingBalance !== undefined || finalAccounts) {
    rows.push({ key: 'opening', level: 0, label: words.openingBalance, cells: [cell(table.openingBalance?.amount)] });
    rows.push(...fundRows('opening', table.openingBalance, 1));
  }
  const currentIncome = table.income.amount ?? (incomeFunds.length > 0 ? publishedOrSum(undefined, incomeFunds).amount : undefined);
  const incomeParts = [currentIncome, table.openingBalance?.amount].filter((amount): amount is string => amount !== undefined);
  rows.push(figureRow(context, 'income.total', words.incomeTotal[disclosure.kind], table.incomeTotal, incomeParts, 'total'));

  // Expenditure: rows by function with 合计 and the three funds side by side.
  const keys = ['amount', ...FUNDS];
  const hierarchy = buildHierarchy(context, {
    caption: words.expenditureTable(format.unitLabel),
    nameLabel: words.item,
    columns: [{ key: 'amount', label: catalogue.tables.total }, ...FUNDS.map((fund) => ({ key: fund, label: funds[fund] }))],
    alwaysShown: keys,
    rows: table.expenditure,
    totalLabel: words.currentYearExpenditure,
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
    footer.push({ ...totalRow(context, words.currentYearExpenditure, table.currentYearExpenditure, table.expenditure, keys, 'expenditure.currentYear'), kind: 'subtotal' });
  }
  if (table.closingBalance !== undefined || disclosure.kind === 'final-accounts') {
    footer.push({ ...totalRow(context, words.closingBalance, table.closingBalance, [], keys, 'closing'), kind: undefined });
  }
  // 总计: as published, else 本年支出合计 + 年末结转和结余 where either is given.
  const current = table.currentYearExpenditure ?? sumsOf(table.expenditure, keys);
  const parts = [current, table.closingBalance ?? {}];
  footer.push(totalRow(context, words.expenditureTotal[disclosure.kind], table.expenditureTotal, parts, keys, 'expenditure.total'));
  return footer;
}

/** Each column's sum over the rows, where any row gives it. */
function sumsOf(rows: readonly object[], keys: readonly string[]): Record<string, string> {
  const sums: Record<string, string> = {};
  for (const key of keys) {
    const parts = rows.map((row) => amountOf(row, key)).filter((amount): amount is string => amount !== undefined);
    if (parts.length > 0) sums[key] = publishedOrSum(undefined, parts).amount;
  }
  return sums;
}

/** A row of one figure: published, else the parts' sum marked computed, else a dash. */
function figureRow(context: RenderContext, key: string, label: string, published: string | undefined, parts: readonly string[], kind: Row['kind']): Row {
  const { format, catalogue } = context;
  let value: Cell;
  if (published !== undefined) value = format.amount(published);
  else if (parts.length > 0) value = { kind: 'figure', text: format.amount(publishedOrSum(undefined, parts).amount), computed: true };
  else value = { kind: 'dash', reason: catalogue.tables.blank };
  return { key, level: 0, label, kind, cells: [value] };
}
