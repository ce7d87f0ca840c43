/**
 * The view model of <three-public-expenses>: plain data (no lit, no DOM),
 * built once per data, unit, language or option change. The template
 * (three-public-expenses.ts) only turns it into markup.
 */
import type { PublishedChange, ThreePublicAmounts, ThreePublicExpenses } from '../core/disclosure/index.js';
import { inSectionUnit, type RenderContext } from '../core/element/context.js';
import type { Formatter } from '../core/format.js';
import { formatAmount, type Catalogue } from '../core/locale/index.js';
import { changeBetween, isZero, toDecimal } from '../core/money.js';
import { completionRate } from '../core/figures.js';
import { changeClause, joinClauses } from '../core/sentences.js';
import { NOT_PUBLISHED, type Cell, type Column, type Row } from '../core/table/rows.js';
import { seriesFigures } from '../core/charts/series-figures.js';
import { layoutGroupedBars, type BarGroup, type GroupedBarsLayout } from '../core/charts/layout.js';

/** The lines of the table, in order; also the keys of `previousYear` and `budget`. */
const LINES = ['total', 'outboundTravel', 'officialReception', 'officialVehicles', 'vehiclePurchase', 'vehicleOperation'] as const;
type LineKey = (typeof LINES)[number] & keyof ThreePublicAmounts;
/** The three parts the chart compares. */
export const CHART_PARTS = ['outboundTravel', 'officialReception', 'officialVehicles'] as const;

/** A derived figure, formatted, and whether the library computed it (else it is published). */
interface Figure {
  text: string;
  computed: boolean;
}

/** One line of the table: its amounts as published and what is derived from them. */
interface Line {
  key: LineKey;
  label: string;
  /** Absent when the table leaves the cell blank (not published). */
  current?: string;
  previous?: string;
  budget?: string;
  /** The change from the previous year: the signed amount, published or computed, and its percent ('—' when the previous year was 0). */
  change?: { amount: string; computed: boolean; percent?: Figure | '—' };
  /** The completion rate ('—' against a budget of 0). */
  rate?: Figure | '—';
}

export interface ThreePublicModel {
  allZero: boolean;
  /** The zero statement, or the summary that describes the chart. */
  statement: string;
  /** The year-on-year sentence of the total and each part; empty when there is none. */
  changes: string;
  /** The parts' changes without the total's, for below the chart (whose summary says the total's). */
  partChanges: string;
  columns: Column[];
  rows: Row[];
  /** What a "—" in the table means. */
  notes: string[];
  counts: Row[];
  /** Undefined when there is nothing but zeros to draw. */
  groups?: GroupedBarsLayout;
  /** The smallest and largest bar, formatted in the table's unit, for the chart's screen-reader section. */
  range?: [string, string];
}

/** The model of the whole element. */
export function buildThreePublicModel(given: RenderContext): ThreePublicModel {
  const expenses = given.disclosure.threePublicExpenses!;
  // A table printed in its own unit (a budget's in 万元) is converted from it, exactly.
  const context = inSectionUnit(given, expenses.unit);
  const { catalogue, format, disclosure } = context;
  const words = catalogue.threePublic;
  const { outboundTravel, officialReception, officialVehicles } = expenses;
  const year = catalogue.element.year(disclosure.fiscalYear);
  const previousYear = catalogue.element.year(disclosure.fiscalYear - 1);
  const amounts: Record<LineKey, string | undefined> = {
    total: expenses.total,
    outboundTravel: outboundTravel.amount,
    officialReception: officialReception.amount,
    officialVehicles: officialVehicles.amount,
    vehiclePurchase: officialVehicles.purchase,
    vehicleOperation: officialVehicles.operation,
  };
  // change and completionRate are published for the total and the three parts only.
  const publishedChange = expenses.change as Partial<Record<LineKey, PublishedChange>> | undefined;
  const publishedRate = expenses.completionRate as Partial<Record<LineKey, string>> | undefined;
  const lines = LINES.map((key): Line => {
    const line = { key, label: words[key], current: amounts[key], previous: expenses.previousYear?.[key], budget: expenses.budget?.[key] };
    return { ...line, change: changeOf(line, publishedChange?.[key], format), rate: rateOf(line, publishedRate?.[key], format) };
  });
  const allZero = lines.every((line) => line.current === undefined || isZero(line.current));

  // The sentences: the change of the total and of each part, and the statement (or the chart's summary).
  const wording = (subject: string, change: NonNullable<Line['change']>) =>
    changeClause({ catalogue, format, fiscalYear: disclosure.fiscalYear }, subject, change.amount, typeof change.percent === 'object' ? change.percent.text : undefined);
  const total = lines[0]!;
  const groups = barGroups(lines, [year, previousYear, words.budget], context);
  const statement = words.statement({
    budget: disclosure.kind === 'budget',
    year,
    money: format.money(total.current!),
    parts: allZero
      ? undefined
      : // A part the table leaves blank is not named (never given as 0): the table says it is not published.
        CHART_PARTS.filter((key) => amounts[key] !== undefined)
          .map((key) => words.part(words[key], format.money(amounts[key]!)))
          .join(catalogue.listSeparator),
    change: total.change && wording(words.changeSubject, total.change),
    completion: typeof total.rate === 'object' ? words.completion(total.rate.text) : undefined,
  });

  return {
    allZero,
    statement,
    changes: joinClauses(
      lines.filter((line) => line.change && !line.key.startsWith('vehicle')).map((line) => wording(line.label, line.change!)),
      catalogue,
    ),
    // The chart's summary (the statement) already says the total's change: below the chart, only the parts'.
    partChanges: joinClauses(
      lines.filter((line) => line !== total && line.change && !line.key.startsWith('vehicle')).map((line) => wording(line.label, line.change!)),
      catalogue,
    ),
    ...amountsTable(lines, officialReception.foreignAmount, context),
    counts: countRows(expenses, words),
    groups,
    range: groups && rangeOf(groups, format),
  };
}

/** The smallest and largest bar, formatted (with the section's unit: a budget's table is in 万元). */
function rangeOf(layout: GroupedBarsLayout, format: Formatter): [string, string] | undefined {
  const amounts = layout.placed.map(({ bar }) => bar.amount).sort((a, b) => toDecimal(a).cmp(toDecimal(b)));
  return amounts.length > 0 ? [format.money(amounts[0]!), format.money(amounts[amounts.length - 1]!)] : undefined;
}

/** The table of amounts: a column for each figure some line has, the foreign-affairs reception under 公务接待费, and what each "—" means. */
function amountsTable(lines: readonly Line[], foreign: string | undefined, context: RenderContext): Pick<ThreePublicModel, 'columns' | 'rows' | 'notes'> {
  const { catalogue, format, disclosure } = context;
  const words = catalogue.threePublic;
  const figure = (value: Figure | '—' | undefined, reason: string) => (value === '—' ? dashCell(reason) : value && figureCell(value));
  const columns = (
    [
      // A blank in the table is a dash said to be not published (as 总表's blank lines), never 0.00.
      [catalogue.element.year(disclosure.fiscalYear), (line) => (line.current === undefined ? dashCell(catalogue.element.notPublished) : format.amount(line.current))],
      [catalogue.element.year(disclosure.fiscalYear - 1), (line) => line.previous && format.amount(line.previous)],
      [words.change, (line) => line.change && figureCell({ text: format.amount(line.change.amount), computed: line.change.computed })],
      [words.changePercent, (line) => figure(line.change?.percent, words.previousZero)],
      [words.budget, (line) => line.budget && format.amount(line.budget)],
      [words.completionRate, (line) => figure(line.rate, words.budgetZero)],
    ] as [string, (line: Line) => Cell | undefined][]
  ).filter(([, cell]) => lines.some((line) => cell(line) !== undefined));
  const rows = lines.map(
    (line): Row => ({
      key: line.key,
      level: line.key.startsWith('vehicle') ? 1 : 0,
      label: line.label,
      kind: line.key === 'total' ? 'subtotal' : undefined,
      path: ['', 'previousYear.', 'budget.'].map((field) => `threePublicExpenses.${field}${line.key}`),
      zero: line.current !== undefined && [line.current, line.previous, line.budget].every((amount) => amount === undefined || isZero(amount)),
      cells: columns.map(([, cell]) => cell(line) ?? NOT_PUBLISHED),
    }),
  );
  if (foreign !== undefined) {
    const cells = columns.map((_, index): Cell => (index === 0 ? format.amount(foreign) : NOT_PUBLISHED));
    rows.splice(3, 0, { key: 'foreignReception', level: 1, label: words.foreignReception, cells, zero: isZero(foreign) });
  }
  const reasons = lines.flatMap((line) => [line.change?.percent === '—' ? words.previousZero : '', line.rate === '—' ? words.budgetZero : '', line.current === undefined ? catalogue.element.notPublished : '']);
  return {
    columns: [{ label: catalogue.element.item }, ...columns.map(([label]) => ({ label, numeric: true }))],
    rows,
    notes: [...new Set(reasons)].filter(Boolean).map(words.dashNote),
  };
}

/** The counts behind the amounts, as published, a row each. */
function countRows({ outboundTravel, officialReception, officialVehicles }: ThreePublicExpenses, words: Catalogue['threePublic']): Row[] {
  return (
    [
      ['delegations', outboundTravel.delegations],
      ['travelPersons', outboundTravel.persons],
      ['receptionBatches', officialReception.batches],
      ['receptionPersons', officialReception.persons],
      ['foreignBatches', officialReception.foreignBatches],
      ['foreignPersons', officialReception.foreignPersons],
      ['purchasedCount', officialVehicles.purchasedCount],
      ['fleetAtYearEnd', officialVehicles.fleetAtYearEnd],
    ] as const
  )
    .filter(([, count]) => count !== undefined)
    .map(([key, count]): Row => ({ key, level: 0, label: words.counts[key], cells: [formatAmount(String(count))] }));
}

/**
 * For each part in the chart, a bar for this year, the previous year and the budget, where given (series 1–3);
 * a part with no figure at all (a blank cell) has no group; undefined when every bar is 0.
 */
function barGroups(lines: readonly Line[], names: readonly string[], { catalogue, format }: RenderContext): GroupedBarsLayout | undefined {
  const drawn = lines.filter((line) => (CHART_PARTS as readonly string[]).includes(line.key));
  const amountsOf = (line: Line) => [line.current, line.previous, line.budget];
  // One display rule per series (this year, last year, budget), as each is a column of the table (core/charts/series-figures.ts).
  const series = [0, 1, 2].map((index) => seriesFigures(format, drawn.flatMap((line) => amountsOf(line)[index] ?? [])));
  const groups: BarGroup[] = drawn
    .map((line) => ({
      key: line.key,
      label: line.label,
      bars: amountsOf(line).flatMap((amount, index) => {
        const name = names[index]!;
        const figures = series[index]!;
        return amount === undefined
          ? []
          : [{ series: index + 1, seriesLabel: name, amount, value: figures.amount(amount), label: catalogue.threePublic.markValue(line.label, name, figures.money(amount)) }];
      }),
    }))
    .filter((group) => group.bars.length > 0);
  return groups.some((group) => group.bars.some((bar) => !isZero(bar.amount))) ? layoutGroupedBars(groups) : undefined;
}

/** The change from the previous year: as published where it is, else computed (and marked so) when the previous year is given. */
function changeOf({ current, previous }: Pick<Line, 'current' | 'previous'>, published: PublishedChange | undefined, format: Formatter): Line['change'] {
  if (current === undefined && !published) return undefined;
  const computed = previous === undefined || current === undefined ? undefined : changeBetween(current, previous);
  const amount = published?.amount ?? computed?.amount;
  if (amount === undefined) return undefined;
  const percent: Figure | '—' | undefined =
    published?.percent !== undefined
      ? { text: format.percent(published.percent), computed: false }
      : previous === undefined || computed === undefined
        ? undefined
        : isZero(previous)
          ? '—'
          : { text: format.share(computed!.amount, previous)!, computed: true };
  return { amount, computed: !published, percent };
}

/** The completion rate by the one rule (core/figures.ts); '—' against a budget of 0. */
function rateOf({ current, budget }: Pick<Line, 'current' | 'budget'>, published: string | undefined, format: Formatter): Line['rate'] {
  if (current === undefined) return undefined;
  const rate = completionRate(current, budget, published);
  if (rate === undefined) return undefined;
  if (rate === 'no-budget') return '—';
  return { text: format.percent(rate.points), computed: rate.computed };
}

function figureCell(figure: Figure): Cell {
  return figure.computed ? { kind: 'figure', text: figure.text, computed: true } : figure.text;
}

/** "—" where a rate has no base, with the reason for screen readers (the note under the table gives it to everyone). */
function dashCell(reason: string): Cell {
  return { kind: 'dash', reason };
}
