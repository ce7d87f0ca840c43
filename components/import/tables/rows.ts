/** Reading rows of a recognised table: label, code and the figure under a header, with provenance. */
import type { ImportedTable, TableColumn, TextCell } from '../types.js';
import { amountOf, labelKey } from '../text.js';

export interface RowView {
  table: ImportedTable;
  group: number;
  label: string;
  /** The label without enumerator and white space, for matching. */
  key: string;
  code?: string;
  labelCell?: TextCell;
  /** The value cells of this row's side, with their columns. */
  values: { column: TableColumn; cell: TextCell | undefined }[];
}

export function rowsOf(table: ImportedTable, group?: number): RowView[] {
  const views: RowView[] = [];
  for (const row of table.rows) {
    const groups = new Set(table.columns.map((column) => column.group));
    for (const side of groups) {
      if (group !== undefined && side !== group) continue;
      let label: TextCell | undefined;
      let code: TextCell | undefined;
      const values: RowView['values'] = [];
      table.columns.forEach((column, index) => {
        if (column.group !== side) return;
        const cell = row.cells[index];
        if (column.role === 'label') label = cell;
        else if (column.role === 'code') code = cell;
        else values.push({ column, cell });
      });
      if (!label && !code && values.every((value) => !value.cell)) continue;
      const view: RowView = { table, group: side, label: label?.text ?? '', key: labelKey(label?.text ?? ''), values };
      if (code) view.code = code.text;
      if (label) view.labelCell = label;
      views.push(view);
    }
  }
  return views;
}

/** The figure in the column whose header matches (the last header word first), or the only figure of the side. */
export function figureIn(row: RowView, header?: RegExp): { amount: string; cell: TextCell; column: string } | undefined {
  const candidates = header
    ? row.values.filter((value) => value.column.header.length > 0 && header.test(value.column.header[value.column.header.length - 1]!))
    : row.values;
  const found = (header && candidates.length === 0 ? [] : candidates).find((value) => value.cell && amountOf(value.cell.text) !== undefined);
  if (!found?.cell) return undefined;
  return { amount: amountOf(found.cell.text)!, cell: found.cell, column: found.column.header.join(' / ') };
}

/** Whether any cell of the table holds a figure. */
export function hasFigures(table: ImportedTable): boolean {
  return table.rows.some((row) => row.cells.some((cell, index) => table.columns[index]?.role === 'value' && cell !== undefined && amountOf(cell.text) !== undefined));
}
