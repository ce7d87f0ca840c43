/**
 * What the view models of the classified-table elements share (no lit, no
 * DOM): the shape the elements' base (HierarchyElement) renders — charts as
 * data, the table, a statement, the remark — and the start every model of a
 * table by function class makes (收入决算表, 支出决算表): the table, its
 * amount column, the total and the summary's opening sentence.
 */
import type { DisclosureKind } from '../disclosure/index.js';
import type { RenderContext } from '../element/context.js';
import type { CompositionSegment } from '../charts/composition-layout.js';
import type { GroupedBarsLayout } from '../charts/layout.js';
import { toDecimal } from '../money.js';
import { buildFunctionTable, columnTotal, type HierarchyModel } from './hierarchy.js';

/**
 * A chart as data: its id within the element ("chart", "split"), its title, and what its renderer draws;
 * `summary` where the chart has a description of its own (two charts of one section say different things),
 * else the section's summary describes it.
 */
export type SectionChart<Data> = { id: string; title: string; summary?: string } & Data;
/** A composition bar (parts of a whole); `empty`: why no part is drawn, where it is not that every part is 0. */
export type CompositionChart = SectionChart<{ segments: CompositionSegment[]; empty?: string }>;
/** Grouped bars (series side by side for each group). */
export type GroupedBarsChart = SectionChart<{ layout: GroupedBarsLayout }>;

/** The model of a section shown as charts, then a classified table, then the remark the document prints. */
export interface SectionModel<Chart = never> {
  /** The classified table; undefined when the section is published empty. */
  hierarchy?: HierarchyModel;
  /** The charts, in order; none drawn: the summary is said as text. */
  charts?: Chart[];
  /** The charts' description, generated from the figures. */
  summary?: string;
  /** Published (Chinese) names the summary and the charts' labels quote (the 类): marked lang="zh-CN" in another language. */
  names?: readonly string[];
  /** A sentence shown instead of a table published empty. */
  statement?: string;
  /** The remark under the table, as published. */
  remark?: string;
  /** What the document says a figure covers (人员经费 主要包括…), as published, each with what it is about. */
  includes?: { label: string; text: string }[];
}

/** The first of `items` with the largest amount (compared exactly), or undefined when there are none. */
export function largest<T>(items: readonly T[], amountOf: (item: T) => string): T | undefined {
  return items.reduce<T | undefined>((best, item) => (best === undefined || toDecimal(amountOf(item)).gt(toDecimal(amountOf(best))) ? item : best), undefined);
}

/** The words a table by function class has in the catalogue (incomeBreakdown, expenditureBreakdown). */
interface FunctionSectionWords {
  table: (unit: string) => string;
  amount: Record<DisclosureKind, string>;
  summary: (year: string, label: string, money: string) => string;
}

/**
 * A table by function class (类 / 款 / 项) with 合计 and the `keys` columns
 * the disclosure fills: the section, the classified table, the 合计 column's
 * total (published, else summed when every row has it; undefined otherwise, and the summary then says it is not
 * published) and the summary's opening
 * ("2024年度本年收入合计1,234.56万元").
 */
export function functionSection(
  context: RenderContext,
  section: 'incomeTable' | 'expenditureTable',
  words: FunctionSectionWords,
  keys: Parameters<typeof buildFunctionTable>[4],
) {
  const { catalogue, format, disclosure } = context;
  const table = disclosure[section]!;
  const amountLabel = words.amount[disclosure.kind];
  const hierarchy = buildFunctionTable(context, table, words.table(format.unitLabel), amountLabel, keys, section);
  // Undefined when the document publishes no 合计 and a row is blank: the summary says it is not published.
  const total = columnTotal(table, 'amount');
  const summary = words.summary(catalogue.element.year(disclosure.fiscalYear), amountLabel, total === undefined ? catalogue.element.notPublished : format.money(total));
  return { table, hierarchy, total, summary };
}
