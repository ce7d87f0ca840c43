/**
 * What a table is made of, as plain data: columns, rows and cells. View
 * models build these (no lit, no DOM); only table.ts turns them into markup.
 */

export interface Column {
  label: string;
  numeric?: boolean;
  /**
   * The column holds different quantities, one per row (the 数值 column of
   * a key–value table: a count, an amount, a rate, a score): each figure
   * keeps its own published decimals, and the column has no common rule.
   * Otherwise every figure of a numeric column shows the column's decimals
   * (decimals.ts).
   */
  mixed?: boolean;
}

/**
 * A cell as data: plain text, or a figure with what the template must add to
 * it: the "(计算值)" mark of a computed figure, a completion bar, or a "—"
 * whose reason screen readers hear. A figure or a rate is a number cell
 * (right-aligned, tabular figures), and so is text in a numeric column.
 */
export type Cell =
  | string
  | { kind: 'figure'; text: string; computed: boolean }
  | { kind: 'rate'; text: string; computed: boolean; points: string }
  | { kind: 'dash'; reason: string }
  /** A blank cell; screen readers hear why (`not-published`: the document gives no figure; `not-applicable`: none belongs there). */
  | { kind: 'blank'; reason: 'not-published' | 'not-applicable' };

/** A blank cell whose reason screen readers hear. */
export const NOT_PUBLISHED: Cell = { kind: 'blank', reason: 'not-published' };
export const NOT_APPLICABLE: Cell = { kind: 'blank', reason: 'not-applicable' };

/** The language of the published data strings (names, notes): the documents are Chinese. */
export const DATA_LANG = 'zh-CN';

export interface Row {
  /** Stable key for Lit's repeat and for tests (`data-key`). */
  key: string;
  /** 0 for a top line, 1 for its children, … */
  level: number;
  label: string;
  /** True when `label` is a published data string (Chinese), not a catalogue word: it is marked lang="zh-CN". */
  labelFromData?: boolean;
  /** JSON path of the figures the row shows (e.g. "accountSummary.income.total"): a cross-check warning on it marks the row. */
  path?: string | readonly string[];
  code?: string;
  /** The published explanation, shown under the label. */
  note?: string;
  /** A short mark after the label (e.g. "计算值"), with its meaning for screen readers. */
  mark?: { text: string; description: string };
  cells: Cell[];
  /** `total` and `subtotal` rows are marked; a `zero-rows` row says how many zero lines were collapsed. */
  kind?: 'total' | 'subtotal' | 'zero-rows';
  /** True when every amount of the row is zero: it may be collapsed under `hide-zero`. */
  zero?: boolean;
}

/** Drops zero rows and says how many went, when `hideZero` is set. */
export function collapseZeroRows(rows: readonly Row[], hideZero: boolean): { rows: readonly Row[]; hidden: number } {
  if (!hideZero) return { rows, hidden: 0 };
  const shown = rows.filter((row) => !row.zero || row.kind !== undefined);
  return { rows: shown, hidden: rows.length - shown.length };
}

