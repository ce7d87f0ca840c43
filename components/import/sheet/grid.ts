/**
 * A spreadsheet grid (rows of cell texts, merged ranges already spread) to
 * tables: a row holding a standard title starts a table; header rows follow
 * until the first row with a figure; a column is a code, label or figure
 * column by what its body holds; a label column after figure columns starts
 * the second side of a two-sided table.
 */
import type { ImportedTable, ReadDocument, SourceRef, TableColumn, TextCell, TextLine } from '../types.js';
import { isAmountText, isCodeText, tightenCjk } from '../text.js';
import { matchTitle } from '../tables/titles.js';

export interface GridSheet {
  name?: string;
  /** rows[r][c]: the cell's text ('' when blank). */
  rows: string[][];
}

export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export function readGrid(sheets: readonly GridSheet[]): ReadDocument {
  const tables: ImportedTable[] = [];
  const text: TextLine[] = [];
  for (const sheet of sheets) {
    const ref = (row: number, column: number): SourceRef => (sheet.name === undefined ? { kind: 'sheet', cell: `${columnName(column)}${row + 1}` } : { kind: 'sheet', sheet: sheet.name, cell: `${columnName(column)}${row + 1}` });
    const rows = sheet.rows.map((row) => row.map((cell) => tightenCjk(String(cell ?? ''))));
    let start = -1;
    const flush = (end: number) => {
      if (start >= 0) tables.push(buildTable(rows, start, end, ref));
      start = -1;
    };
    for (let r = 0; r < rows.length; r++) {
      const cells = rows[r]!.filter((cell) => cell.length > 0);
      // A merged title spreads over its columns: the same text in every cell of the row.
      const distinct = [...new Set(cells)];
      if (distinct.length === 1 && matchTitle(distinct[0]!)) {
        flush(r);
        start = r;
        continue;
      }
      if (start < 0 && cells.length > 0) text.push({ text: cells.join(' '), at: ref(r, rows[r]!.findIndex((cell) => cell.length > 0)) });
    }
    flush(rows.length);
  }
  return { source: 'sheet', tables, text };
}

function buildTable(rows: string[][], start: number, end: number, ref: (row: number, column: number) => SourceRef): ImportedTable {
  const titleRow = rows[start]!;
  const titleColumn = titleRow.findIndex((cell) => cell.length > 0);
  const title = titleRow[titleColumn]!;
  const table: ImportedTable = { title, titleAt: ref(start, titleColumn), columns: [], rows: [], notes: [], unplaced: [] };
  const year = /((?:19|20)\d{2})\s*年/.exec(title);
  if (year) table.year = Number(year[1]);
  const width = Math.max(0, ...rows.slice(start, end).map((row) => row.length));
  const header: number[] = [];
  const body: number[] = [];
  for (let r = start + 1; r < end; r++) {
    const row = rows[r]!;
    const joined = row.join('');
    if (!joined) continue;
    const unit = /单位[:：]\s*(万元|元)/.exec(joined);
    const department = /编制(?:部门|单位)[:：]\s*([^\s单]+)/.exec(row.find((cell) => /编制/.test(cell)) ?? '');
    if (unit || department) {
      if (unit) table.unit = unit[1] as '元' | '万元';
      if (department) table.department = department[1];
      continue;
    }
    if (/^(?:注|说明)[:：]/.test(joined)) {
      table.notes.push({ text: joined, at: ref(r, row.findIndex((cell) => cell.length > 0)) });
      continue;
    }
    const figure = row.some((cell) => isAmountText(cell) || isCodeText(cell));
    const item = row.some((cell) => /^(?:[一二三四五六七八九十]+、|\d+[.．、]\D)/.test(cell));
    if (body.length === 0 && !figure && !item) header.push(r);
    else body.push(r);
  }
  const roles: TableColumn['role'][] = [];
  for (let c = 0; c < width; c++) {
    const cells = body.map((r) => rows[r]![c] ?? '').filter((cell) => cell.length > 0);
    const codes = cells.filter((cell) => isCodeText(cell)).length;
    const amounts = cells.filter((cell) => isAmountText(cell) && !isCodeText(cell)).length;
    const words = cells.length - codes - amounts;
    roles.push(codes > 0 && codes >= amounts && codes >= words ? 'code' : words > amounts ? 'label' : amounts > 0 ? 'value' : header.some((r) => /合计|支出|收入|数|费/.test(rows[r]![c] ?? '')) ? 'value' : 'label');
  }
  let group = 0;
  let seenValue = false;
  const columns: TableColumn[] = roles.map((role, c) => {
    if (role !== 'value' && seenValue) {
      group++;
      seenValue = false;
    }
    if (role === 'value') seenValue = true;
    const texts = header.map((r) => rows[r]![c] ?? '').filter((text) => text.length > 0);
    return { role, group, header: role === 'value' ? texts.filter((text, index) => texts.indexOf(text) === index) : [] };
  });
  // One code and one label column per side, as the PDF reader makes them: extra label columns join into the label.
  const layout: TableColumn[] = [];
  const sources: number[][] = [];
  for (let side = 0; side <= group; side++) {
    const inSide = columns.map((column, index) => ({ column, index })).filter(({ column }) => column.group === side);
    layout.push({ role: 'code', group: side, header: [] });
    sources.push(inSide.filter(({ column }) => column.role === 'code').map(({ index }) => index));
    layout.push({ role: 'label', group: side, header: [] });
    sources.push(inSide.filter(({ column }) => column.role === 'label').map(({ index }) => index));
    for (const { column, index } of inSide.filter(({ column }) => column.role === 'value')) {
      layout.push(column);
      sources.push([index]);
    }
  }
  table.columns = layout;
  for (const r of body) {
    const row = rows[r]!;
    // A merged cell spread over the code and name columns ("合计") is a label, once.
    const moved: { c: number; text: string }[][] = layout.map(() => []);
    const partsOf = sources.map((indices, index) => {
      const parts = indices.map((c) => ({ c, text: row[c] ?? '' })).filter((part) => part.text.length > 0);
      if (layout[index]!.role !== 'code') return parts;
      const labelIndex = layout.findIndex((column) => column.role === 'label' && column.group === layout[index]!.group);
      moved[labelIndex]!.push(...parts.filter((part) => !isCodeText(part.text)));
      return parts.filter((part) => isCodeText(part.text));
    });
    const cells: (TextCell | undefined)[] = partsOf.map((own, index) => {
      const parts = [...moved[index]!, ...own].filter((part, position, all) => all.findIndex((other) => other.text === part.text) === position);
      if (parts.length === 0) return undefined;
      return { text: parts.map((part) => part.text).join(''), at: ref(r, parts[0]!.c) };
    });
    table.rows.push({ cells, at: ref(r, 0) });
  }
  return table;
}
