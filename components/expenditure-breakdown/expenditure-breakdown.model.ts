/**
 * The view model of <expenditure-breakdown>: plain data (no lit, no DOM),
 * built once per data, unit or language change. The classified table comes
 * from core/table/hierarchy.ts; this file adds the columns of 支出决算表 and
 * the chart of basic against project expenditure by 类.
 */
import type { RenderContext } from '../core/element/context.js';
import { isZero, toDecimal } from '../core/money.js';
import { amountOf, buildFunctionTable, columnTotal, type HierarchyModel } from '../core/table/hierarchy.js';
import { layoutGroupedBars, type BarGroup, type GroupedBarsLayout } from '../core/charts/layout.js';

/** The columns of 支出决算表 after 本年支出合计, in the document's order. */
export const EXPENDITURE_KINDS = ['basic', 'project', 'remittanceToSuperior', 'operating', 'affiliateSubsidy'] as const;
/** The kinds the chart compares. */
const CHART_KINDS = ['basic', 'project'] as const;

export interface ExpenditureBreakdownModel {
  hierarchy: HierarchyModel;
  /** Basic and project expenditure for each 类; undefined when neither column is filled or every bar is 0. */
  chart?: GroupedBarsLayout;
  /** The chart's description, generated from the figures. */
  summary: string;
  /** The remark under the table, as published. */
  remark?: string;
}

export function buildExpenditureBreakdownModel(context: RenderContext): ExpenditureBreakdownModel {
  const { catalogue, format, disclosure } = context;
  const table = disclosure.expenditureTable!;
  const words = catalogue.expenditureBreakdown;
  const amountLabel = words.amount[disclosure.kind];
  const hierarchy = buildFunctionTable(context, table, words.table(format.unitLabel), amountLabel, EXPENDITURE_KINDS);

  const totalOf = (key: string) => columnTotal(table, key);
  const groups: BarGroup[] = hierarchy.roots.map((node) => ({
    key: node.id,
    label: node.label,
    bars: CHART_KINDS.flatMap((key, index) => {
      const amount = amountOf(node.item, key);
      const name = catalogue.columns[key];
      return amount === undefined ? [] : [{ series: index + 1, seriesLabel: name, amount, value: format.amount(amount), label: words.markValue(node.label, name, format.money(amount)) }];
    }),
  }));
  const drawn = groups.some((group) => group.bars.some((bar) => !isZero(bar.amount)));

  const total = totalOf('amount') ?? '0';
  let summary = words.summary(catalogue.element.year(disclosure.fiscalYear), amountLabel, format.money(total));
  const basic = totalOf('basic');
  const project = totalOf('project');
  if (basic !== undefined && project !== undefined) summary += words.summaryParts(format.money(basic), format.money(project));
  const largest = hierarchy.roots.reduce<(typeof hierarchy.roots)[number] | undefined>(
    (best, node) => (!best || toDecimal(amountOf(node.item, 'amount') ?? '0').gt(toDecimal(amountOf(best.item, 'amount') ?? '0')) ? node : best),
    undefined,
  );
  const largestAmount = largest ? amountOf(largest.item, 'amount') : undefined;
  if (largest && largestAmount !== undefined && !isZero(largestAmount) && hierarchy.roots.length > 1) {
    summary += words.summaryLargest(largest.label, format.money(largestAmount), format.share(largestAmount, total) ?? '');
  }
  summary += words.summaryEnd;
  return { hierarchy, chart: drawn ? layoutGroupedBars(groups) : undefined, summary, remark: table.remark };
}
