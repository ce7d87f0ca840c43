/**
 * Chart data shared by every chart, without markup (no lit, no DOM, no d3):
 * series numbering and the grouped bars' data. The composition bars' layout,
 * which needs d3-hierarchy, is in composition-layout.ts.
 */

export const SERIES_COUNT = 6;

/** Series numbers cycle 1–6. */
export function seriesOf(index: number): number {
  return (index % SERIES_COUNT) + 1;
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
