/**
 * The documented column rule (components/core/table/decimals.ts), for tests
 * only: every figure of a numeric column is shown with the column's
 * published precision — the most decimals any figure of the column has —
 * by adding zeros at the end; nothing is rounded, no published digit is
 * dropped. A published "0" in a column of x.xx shows "0.00"; "234.5" beside
 * "12,345.67" shows "234.50". The expected value of a test stays the figure
 * transcribed by hand from the document; this only shows it under the rule.
 * (Written independently of the code under test, on purpose.)
 */

/** A hand-transcribed published figure ("0", "1.6", "94.97%", "-4.7") as its column shows it with `decimals` decimals. */
export function padToColumn(published: string, decimals: number): string {
  const match = /^(-?[\d,]+)(?:\.(\d*))?(%?)$/.exec(published);
  if (!match) throw new Error(`padToColumn: not a figure: ${published}`);
  const given = match[2] ?? '';
  if (given.length > decimals) throw new Error(`padToColumn: ${published} has more than ${decimals} decimals: a column shows every published digit`);
  return decimals === 0 ? published : `${match[1]}.${given.padEnd(decimals, '0')}${match[3]}`;
}

/**
 * True when `cell` shows `published` under the column rule: the same figure
 * with zeros added at the end up to the cell's decimals (which are the
 * column's: test/elements/column-decimals.test.ts checks that every cell of
 * a column has the same), never fewer digits than published.
 */
export function showsUnderColumnRule(cell: string, published: string): boolean {
  const match = /^-?[\d,]+(?:\.(\d+))?%?$/.exec(cell);
  if (!match) return false;
  const decimals = match[1]?.length ?? 0;
  const given = /\.(\d*)/.exec(published)?.[1]?.length ?? 0;
  return decimals >= given && cell === padToColumn(published, decimals);
}
