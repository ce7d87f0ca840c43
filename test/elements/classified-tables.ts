import { expect } from '@open-wc/testing';
/**
 * Helpers for the tests of the classified tables (收入 / 支出 / 基金 / 基本支出):
 * the hand transcriptions of the PDFs, row by row, as expected values.
 */
import { loadJson, plain } from './harness.js';

export const planningPath = 'test/fixtures/putuo-planning-resources-2024.json';
export const budgetPath = 'test/fixtures/putuo-district-office-2025-budget.json';
const transcriptionOf = (name: string) => `test/fixtures/transcriptions/${name}.tables.json`;

export interface TranscribedRow {
  code: string | null;
  name: string | null;
  /** Cell text by column heading, as transcribed (null for a blank cell). */
  cells: Record<string, string | null>;
}

/** Table `number` of a transcription, its rows with cells by heading. */
export async function transcribedTable(name: 'putuo-planning-resources-2024' | 'putuo-district-office-2025-budget', number: number): Promise<TranscribedRow[]> {
  const document = await loadJson(transcriptionOf(name));
  const table = document.tables.find((candidate: { number: number }) => candidate.number === number);
  const columns: string[] | undefined = table.cellColumns;
  return (table.rows ?? []).map((row: { code: string | null; name: string | null; cells: unknown }) => ({
    code: row.code,
    name: row.name,
    cells: Array.isArray(row.cells) ? Object.fromEntries(columns!.map((column, index) => [column, (row.cells as (string | null)[])[index]])) : (row.cells as Record<string, string | null>),
  }));
}

/** "9759.38" → "9,759.38", as the elements group digits. */
export function grouped(amount: string): string {
  const [whole, fraction] = amount.split('.');
  return whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction === undefined ? '' : `.${fraction}`);
}

/** The element's first table as { heading → cell text } per row, keyed by the row header's text. */
export function renderedRows(element: Element): Map<string, Record<string, string>> {
  const table = element.shadowRoot!.querySelector('table')!;
  const headings = [...table.tHead!.rows[0]!.cells].map((cell) => plain(cell.textContent).trim());
  const rows = new Map<string, Record<string, string>>();
  // A cell's text without the screen reader's generic reason for a blank (the table's own dash reason stays).
  const seen = (cell: Element | undefined) => {
    if (!cell) return '';
    const copy = cell.cloneNode(true) as Element;
    copy.querySelectorAll('.blank-reason').forEach((hidden) => hidden.remove());
    return plain(copy.textContent).replace(/\s+/g, ' ').trim();
  };
  for (const row of [...table.tBodies[0]!.rows, ...(table.tFoot ? [...table.tFoot.rows] : [])]) {
    const head = row.cells[0]!;
    const code = head.querySelector('.code');
    const label = head.querySelector('.label');
    // The row header's code and name (its note is a description, not part of it); the whole text for 合计.
    const header = label ? plain(`${code?.textContent ?? ''}${label.textContent ?? ''}`).replace(/\s+/g, ' ').trim() : seen(head);
    rows.set(header, Object.fromEntries(headings.slice(1).map((heading, index) => [heading, seen(row.cells[index + 1])])));
  }
  return rows;
}

/** The rendered row of a transcribed row: by code and name (其中： before a nested row), or 合计. */
export function rowFor(rows: Map<string, Record<string, string>>, row: TranscribedRow): Record<string, string> | undefined {
  const label = `${row.code ?? ''}${row.name ?? ''}`;
  return rows.get(label) ?? rows.get(`其中：${label}`);
}

/** Every transcribed row is shown, each printed figure exactly (digits grouped as the elements group them), each blank cell without a figure. */
export function expectTranscribedRows(rows: Map<string, Record<string, string>>, transcribed: readonly TranscribedRow[]): void {
  for (const row of transcribed) {
    const shown = rowFor(rows, row);
    expect(shown, `${row.code} ${row.name}`).to.not.equal(undefined);
    for (const [heading, value] of Object.entries(row.cells)) {
      if (value === null) expect(shown![heading] ?? '', `${row.name} ${heading} is blank`).to.not.match(/\d/);
      else expect(shown![heading], `${row.name} ${heading}`).to.equal(grouped(value));
    }
  }
}
