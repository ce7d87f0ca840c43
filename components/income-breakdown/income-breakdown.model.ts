/**
 * The view model of <income-breakdown>: plain data (no lit, no DOM), built
 * once per data, unit or language change. The classified table comes from
 * core/table/hierarchy.ts; this file adds the columns of 收入决算表 and the
 * composition of income by source.
 */
import type { RenderContext } from '../core/element/context.js';
import { toDecimal } from '../core/money.js';
import { buildFunctionTable, columnTotal, type HierarchyModel } from '../core/table/hierarchy.js';
import { layoutComposition, type CompositionSegment } from '../core/charts/composition-layout.js';

/** The source columns of 收入决算表, in the document's order. */
export const INCOME_SOURCES = ['fiscalAppropriation', 'superiorSubsidy', 'institutionIncome', 'operatingIncome', 'affiliateRemittance', 'otherIncome'] as const;

export interface IncomeBreakdownModel {
  hierarchy: HierarchyModel;
  /** Income of the year by source, for the composition bar (empty when no source column is filled). */
  segments: CompositionSegment[];
  /** The chart's description, generated from the figures. */
  summary: string;
  /** The remark under the table, as published. */
  remark?: string;
}

export function buildIncomeBreakdownModel(context: RenderContext): IncomeBreakdownModel {
  const { catalogue, format, disclosure } = context;
  const table = disclosure.incomeTable!;
  const words = catalogue.incomeBreakdown;
  const amountLabel = words.amount[disclosure.kind];
  const hierarchy = buildFunctionTable(context, table, words.table(format.unitLabel), amountLabel, INCOME_SOURCES);

  const parts = INCOME_SOURCES.flatMap((key) => {
    const amount = columnTotal(table, key);
    return amount === undefined ? [] : [{ key, label: catalogue.columns[key], amount }];
  });
  const segments = layoutComposition(parts, format, catalogue);
  const total = columnTotal(table, 'amount') ?? '0';
  let summary = words.summary(catalogue.element.year(disclosure.fiscalYear), amountLabel, format.money(total));
  if (segments.length === 1) summary += words.summaryAll(segments[0]!.label);
  else if (segments.length > 1) {
    const largest = segments.reduce((best, segment) => (toDecimal(segment.amount).gt(toDecimal(best.amount)) ? segment : best));
    summary += words.summaryLargest(largest.label, largest.money, largest.share);
  }
  summary += words.summaryEnd;
  return { hierarchy, segments, summary, remark: table.remark };
}
