/**
 * The view model of <expenditure-breakdown>: plain data (no lit, no DOM),
 * built once per data, unit or language change. The classified table comes
 * from core/table/hierarchy.ts; this file adds the columns of 支出决算表 and
 * the chart of basic against project expenditure by 类.
 */
import { inSectionUnit, type RenderContext } from '../core/element/context.js';
import { isZero } from '../core/money.js';
import { amountOf, columnTotal, type HierarchyModel } from '../core/table/hierarchy.js';
import { functionSection, largest, type GroupedBarsChart, type SectionModel } from '../core/table/section-model.js';
import { seriesFigures } from '../core/charts/series-figures.js';
import { layoutGroupedBars, type BarGroup } from '../core/charts/layout.js';

/** The columns of 支出决算表 after 本年支出合计, in the document's order. */
export const EXPENDITURE_KINDS = ['basic', 'project', 'remittanceToSuperior', 'operating', 'affiliateSubsidy'] as const;
/** The kinds the chart compares. */
const CHART_KINDS = ['basic', 'project'] as const;

/** The table, and basic against project expenditure for each 类 as grouped bars: none when neither column is filled or every bar is 0. */
export interface ExpenditureBreakdownModel extends SectionModel<GroupedBarsChart> {
  hierarchy: HierarchyModel;
  charts: [] | [GroupedBarsChart];
  summary: string;
}

export function buildExpenditureBreakdownModel(given: RenderContext): ExpenditureBreakdownModel {
  // A table printed in its own unit (`unit` on the section): its amounts are converted from that unit.
  const context = inSectionUnit(given, given.disclosure.expenditureTable?.unit);
  const { catalogue, format } = context;
  const words = catalogue.expenditureBreakdown;
  const { table, hierarchy, total, summary: opening } = functionSection(context, 'expenditureTable', words, EXPENDITURE_KINDS);

  const totalOf = (key: string) => columnTotal(table, key);
  // One display rule per series (a column of the table: core/charts/series-figures.ts).
  const series = CHART_KINDS.map((key) => seriesFigures(format, hierarchy.roots.flatMap((node) => amountOf(node.item, key) ?? [])));
  const groups: BarGroup[] = hierarchy.roots.map((node) => ({
    key: node.id,
    label: node.label,
    bars: CHART_KINDS.flatMap((key, index) => {
      const amount = amountOf(node.item, key);
      const name = catalogue.columns[key];
      const figures = series[index]!;
      return amount === undefined ? [] : [{ series: index + 1, seriesLabel: name, amount, value: figures.amount(amount), label: words.markValue(node.label, name, figures.money(amount)) }];
    }),
  }));
  const drawn = groups.some((group) => group.bars.some((bar) => !isZero(bar.amount)));

  let summary = opening;
  const basic = totalOf('basic');
  const project = totalOf('project');
  if (basic !== undefined && project !== undefined) summary += words.summaryParts(format.money(basic), format.money(project));
  const first = largest(hierarchy.roots, (node) => amountOf(node.item, 'amount') ?? '0');
  const largestAmount = first ? amountOf(first.item, 'amount') : undefined;
  if (first && largestAmount !== undefined && total !== undefined && !isZero(largestAmount) && hierarchy.roots.length > 1) {
    summary += words.summaryLargest(first.label, format.money(largestAmount), format.share(largestAmount, total) ?? '');
  }
  summary += words.summaryEnd;
  const charts: ExpenditureBreakdownModel['charts'] = drawn ? [{ id: 'chart', title: words.chartTitle(format.unitLabel), layout: layoutGroupedBars(groups) }] : [];
  return { hierarchy, charts, summary, names: hierarchy.roots.map((node) => node.label), remark: table.remark };
}
