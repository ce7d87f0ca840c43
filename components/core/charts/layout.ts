/**
 * Chart data shared by every chart, without markup (no lit, no DOM, no d3):
 * series numbering and the grouped bars' data. The composition bars' layout,
 * which needs d3-hierarchy, is in composition-layout.ts.
 */
import { isZero, maxDecimalPlaces, sumOf, toDecimal } from '../money.js';

export const SERIES_COUNT = 6;

/** Series numbers cycle 1–6. */
export function seriesOf(index: number): number {
  return (index % SERIES_COUNT) + 1;
}

/**
 * A chart of many parts draws its largest CHART_TOP and one "其他 N 项" mark
 * for the rest (when more than one part would be in it): the composition bars
 * (composition-layout.ts) and <functional-breakdown>'s bars. Every part stays
 * in the element's table.
 */
export const CHART_TOP = 8;

/**
 * More than `top` + 1 items: the `top` largest by amount (largest first) and
 * the rest, with the rest's exact sum (as many decimals as the most precise of
 * them has). Otherwise undefined: every item is drawn, in its own order.
 */
export function largestAndRest<T>(items: readonly T[], amountOf: (item: T) => string, top = CHART_TOP): { largest: T[]; rest: T[]; restAmount: string } | undefined {
  if (items.length <= top + 1) return undefined;
  // A stable sort: equal amounts keep the published order.
  const byAmount = [...items].sort((a, b) => toDecimal(amountOf(b)).cmp(toDecimal(amountOf(a))));
  const rest = byAmount.slice(top);
  const amounts = rest.map(amountOf);
  return { largest: byAmount.slice(0, top), rest, restAmount: sumOf(amounts).toFixed(maxDecimalPlaces(amounts)) };
}

export interface GroupedBar {
  /** Series number (1–6): its colour and pattern. */
  series: number;
  /** The series' name, shown before the bar ("2023年度"). */
  seriesLabel: string;
  /** The amount as a decimal string: geometry only. */
  amount: string;
  /** The figure shown after the bar, formatted ("12.00"). */
  value: string;
  /** The mark's accessible name ("公务接待费 2023年度：8.60万元"). */
  label: string;
}

export interface BarGroup {
  key: string;
  label: string;
  bars: readonly GroupedBar[];
}

/**
 * Row height of the grouped bars, in em of the chart's font (14 px at the
 * default text size: a row is 45.5 px, so each bar's hit area, a whole row,
 * is a 44 × 44 px touch target at least); rows a group's label takes (the
 * styles place the plot after them; a label of two lines fits in one row).
 */
export const BAR_ROW = 3.25;
export const BAR_LABEL_ROWS = 1;
/** The shortest bar a non-zero amount gets, in percent of the bar column, so that it stays visible. */
const MIN_BAR_PERCENT = 0.5;

/** The grouped bars laid out: each bar with its row in the plot and its length in percent of the bar column. */
export interface GroupedBarsLayout {
  groups: readonly BarGroup[];
  placed: readonly { bar: GroupedBar; row: number; length: number }[];
  /** Rows of the plot, which starts at the first group's first bar, after that group's label. */
  rows: number;
}

/** Places every bar on one scale (geometry only: every figure shown is the bar's formatted text). */
export function layoutGroupedBars(groups: readonly BarGroup[]): GroupedBarsLayout {
  let rows = -BAR_LABEL_ROWS;
  const rowsOf = groups.flatMap((group) => {
    rows += BAR_LABEL_ROWS;
    return group.bars.map((bar) => ({ bar, row: rows++ }));
  });
  const extent = Math.max(0, ...rowsOf.map(({ bar }) => toDecimal(bar.amount).toNumber()));
  const placed = rowsOf.map(({ bar, row }) => ({
    bar,
    row,
    length: isZero(bar.amount) ? 0 : Math.max(MIN_BAR_PERCENT, (toDecimal(bar.amount).toNumber() / extent) * 100),
  }));
  return { groups, placed, rows };
}

/**
 * About how wide a label is, in em of its font, without a DOM: CJK and
 * full-width signs 1em, digits and Latin letters about 0.6em, separators
 * less; invisible bidi marks nothing. A slight overestimate, for reserving
 * room beside bars so that a figure drawn after its bar is never clipped.
 */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const char of text) {
    if (/[\u2066-\u2069\u200e\u200f]/.test(char)) continue;
    if (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(char)) width += 1;
    else if (/[.,:;·' ]/.test(char)) width += 0.34;
    else if (char === '%') width += 0.9;
    else width += 0.62;
  }
  return width;
}
