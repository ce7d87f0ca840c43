/**
 * The view model of <income-breakdown>: plain data (no lit, no DOM), built
 * once per data, unit or language change. The classified table comes from
 * core/table/hierarchy.ts; this file adds the columns of 收入决算表 and the
 * composition of income by source.
 */
import { inSectionUnit, type RenderContext } from '../core/element/context.js';
import { columnTotal, columnTotalUnknown, type HierarchyModel } from '../core/table/hierarchy.js';
import { functionSection, largest, type CompositionChart, type SectionModel } from '../core/table/section-model.js';
import { layoutComposition } from '../core/charts/composition-layout.js';

/** The source columns of 收入决算表, in the document's order. */
export const INCOME_SOURCES = ['fiscalAppropriation', 'superiorSubsidy', 'institutionIncome', 'operatingIncome', 'affiliateRemittance', 'otherIncome'] as const;

/** The table, and one chart: income of the year by source (a bar with no parts when no source column is filled). */
export interface IncomeBreakdownModel extends SectionModel<CompositionChart> {
  hierarchy: HierarchyModel;
  charts: [CompositionChart];
  summary: string;
}

export function buildIncomeBreakdownModel(given: RenderContext): IncomeBreakdownModel {
  // A table printed in its own unit (`unit` on the section): its amounts are converted from that unit.
  const context = inSectionUnit(given, given.disclosure.incomeTable?.unit);
  const { catalogue, format } = context;
  const words = catalogue.incomeBreakdown;
  const { table, hierarchy, summary: opening } = functionSection(context, 'incomeTable', words, INCOME_SOURCES);

  const parts = INCOME_SOURCES.flatMap((key) => {
    const amount = columnTotal(table, key);
    return amount === undefined ? [] : [{ key, label: catalogue.columns[key], amount }];
  });
  // A source whose 合计 is unknown (not published, and a row left blank) leaves the whole unknown: no bar of
  // shares is drawn then (the chart says it has no figures to draw), and the summary says only what is published.
  const unknown = INCOME_SOURCES.some((key) => columnTotalUnknown(table, key));
  const segments = unknown ? [] : layoutComposition(parts, format, catalogue);
  let summary = opening;
  const first = largest(segments, (segment) => segment.amount);
  if (segments.length === 1) summary += words.summaryAll(segments[0]!.label);
  else if (first) summary += words.summaryLargest(first.label, first.money, first.share);
  summary += words.summaryEnd;
  return { hierarchy, charts: [{ id: 'chart', title: words.chartTitle, segments, ...(unknown ? { empty: words.sourcesUnknown } : {}) }], summary, remark: table.remark };
}
