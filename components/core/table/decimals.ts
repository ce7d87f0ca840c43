/**
 * One display rule per column, as a finance table has it: every figure of a
 * numeric column shows the same number of decimals, so the decimal points
 * line up (with tabular numerals and right alignment). Only zeros are added
 * at the end of a figure that has fewer decimals than the column's most
 * precise figure: a published figure keeps every digit, nothing is rounded.
 */
import type { Cell, Column, Row } from './rows.js';

/** "1,234.5", "-15", "94.97%": a figure this module may pad; anything else is left alone. */
const FIGURE = /^(-?[\d,]*\d)(?:\.(\d+))?(%?)$/;

const decimalsOf = (text: string): number | undefined => {
  const match = FIGURE.exec(text);
  return match ? (match[2]?.length ?? 0) : undefined;
};

const pad = (text: string, places: number): string => {
  const match = FIGURE.exec(text);
  if (!match) return text;
  const decimals = match[2] ?? '';
  if (decimals.length >= places) return text;
  return `${match[1]}.${decimals.padEnd(places, '0')}${match[3]}`;
};

const textOf = (cell: Cell): string | undefined => (typeof cell === 'string' ? cell : cell.kind === 'dash' ? undefined : cell.text);

const withText = (cell: Cell, text: string): Cell => (typeof cell === 'string' ? text : cell.kind === 'dash' ? cell : { ...cell, text });

/**
 * The rows with every figure of each numeric column padded to the column's
 * largest number of decimals (body and footer together: one column, one rule).
 * `columns[0]` is the row header; cell `i` belongs to `columns[i + 1]`.
 */
export function alignColumnDecimals(columns: readonly Column[], ...groups: (readonly Row[])[]): Row[][] {
  const places = new Map<number, number>();
  for (const rows of groups) {
    for (const row of rows) {
      row.cells.forEach((cell, index) => {
        if (!columns[index + 1]?.numeric) return;
        const text = textOf(cell);
        const decimals = text === undefined ? undefined : decimalsOf(text);
        if (decimals !== undefined) places.set(index, Math.max(places.get(index) ?? 0, decimals));
      });
    }
  }
  return groups.map((rows) =>
    rows.map((row) =>
      row.cells.length === 0
        ? row
        : {
            ...row,
            cells: row.cells.map((cell, index) => {
              const wanted = places.get(index);
              const text = textOf(cell);
              return wanted === undefined || text === undefined ? cell : withText(cell, pad(text, wanted));
            }),
          },
    ),
  );
}
