/**
 * One display rule per column, as a finance table has it: every figure of a
 * numeric column shows the same number of decimals — the column's published
 * precision, i.e. the most decimals any of its figures has (for a converted
 * unit, the unit's decimals after the conversion's trailing zeros are
 * trimmed, see format.ts) — so that the decimal points line up (with tabular
 * numerals and right alignment). Only zeros are added at the end of a figure
 * that has fewer decimals: a published figure keeps every digit, nothing is
 * rounded, and the value shown is exactly the published one ("0" in a column
 * of x.xx shows "0.00").
 */
import type { Cell, Column, Row } from './rows.js';

/** "1,234.5", "-15", "94.97%": a figure this module may pad; anything else is left alone. */
const FIGURE = /^(-?[\d,]*\d)(?:\.(\d+))?(%?)$/;

/** The decimals of a figure's text, or undefined when the text is not a plain figure. */
export function decimalsOf(text: string): number | undefined {
  const match = FIGURE.exec(text);
  return match ? (match[2]?.length ?? 0) : undefined;
}

/** The figure with zeros added at the end up to `places` decimals ("0" → "0.00", "64%" → "64.00%"); never shortened. */
export function padFigure(text: string, places: number): string {
  const match = FIGURE.exec(text);
  if (!match) return text;
  const decimals = match[2] ?? '';
  if (decimals.length >= places) return text;
  return `${match[1]}.${decimals.padEnd(places, '0')}${match[3]}`;
}

const textOf = (cell: Cell): string | undefined => (typeof cell === 'string' ? cell : cell.kind === 'figure' || cell.kind === 'rate' ? cell.text : undefined);

const withText = (cell: Cell, text: string): Cell => (typeof cell === 'string' ? text : cell.kind === 'figure' || cell.kind === 'rate' ? { ...cell, text } : cell);

/**
 * Per numeric column (cell index `i` belongs to `columns[i + 1]`;
 * `columns[0]` is the row header), the most decimals any figure of `rows` has.
 * A `mixed` column (different quantities, one per row) has no common rule.
 */
export function columnDecimals(columns: readonly Column[], rows: Iterable<Row>): Map<number, number> {
  const places = new Map<number, number>();
  for (const row of rows) {
    row.cells.forEach((cell, index) => {
      const column = columns[index + 1];
      if (!column?.numeric || column.mixed) return;
      const text = textOf(cell);
      const decimals = text === undefined ? undefined : decimalsOf(text);
      if (decimals !== undefined) places.set(index, Math.max(places.get(index) ?? 0, decimals));
    });
  }
  return places;
}

/** The rows with every figure padded to its column's decimals (`places` from columnDecimals). */
export function padRows(rows: readonly Row[], places: ReadonlyMap<number, number>): Row[] {
  return rows.map((row) => {
    if (row.cells.length === 0) return row;
    let changed = false;
    const cells = row.cells.map((cell, index) => {
      const wanted = places.get(index);
      const text = textOf(cell);
      if (wanted === undefined || text === undefined) return cell;
      const padded = padFigure(text, wanted);
      if (padded === text) return cell;
      changed = true;
      return withText(cell, padded);
    });
    return changed ? { ...row, cells } : row;
  });
}
